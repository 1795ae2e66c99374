# TCP Playground: las palabras de la página, en español. Tiene las mismas
# claves y las mismas variables que en.ftl. Las reglas del motor y los
# motivos de envío están en rules.es.ftl; las frases del RFC, en rfc.ftl.

## Lo que se le dice a la aplicación (las palabras del RFC)

signal-refused = conexión rechazada
signal-reset = conexión reiniciada
signal-closing = la conexión se está cerrando
signal-timed-out = se agotó el tiempo de espera de la conexión
signal-does-not-exist = la conexión no existe
signal-already-exists = la conexión ya existe
signal-error-closing = la conexión se está cerrando
signal-insufficient-resources = recursos insuficientes

## Números

num-outside = { $n } ({ $relative ->
        [1] número real, fuera de la ventana
       *[other] fuera de la ventana
    })
num-no-isn = { $n } (número real: todavía no hay ISN)
num-relative = { $n } (relativo)
num-relative-real = { $n } (relativo; real { $real })

## Extremos, llamadas, temporizadores y ajustes

side-client = cliente
side-server = servidor
who-wire = red
who-setting = ajuste
call-listen = LISTEN (OPEN pasivo)
call-connect = CONNECT (OPEN activo)
call-send = SEND de { $len } { $len ->
        [one] byte
       *[other] bytes
    }
call-close = CLOSE
call-abort = ABORT
call-read = RECEIVE de hasta { $len } { $len ->
        [one] byte
       *[other] bytes
    }
call-read-all = RECEIVE de todo lo que espera
timer-retransmission = temporizador de retransmisión
timer-time-wait = temporizador de TIME-WAIT
timer-delayed-ack = temporizador de ACK retrasado
timer-zero-window-probe = temporizador de sondeo de ventana cero
timer-sws-override = temporizador de anulación de SWS
setting-isn = el próximo ISN del { $side } será { $n }
setting-window = la ventana de recepción del { $side } ahora es de { $n } bytes
setting-mss = el segmento más grande (MSS) ahora es de { $n } bytes
setting-msl = el tiempo de vida máximo de un segmento (MSL) ahora es { $d }; TIME-WAIT dura el doble
setting-rto = el tiempo de espera de retransmisión inicial (RTO) ahora es { $d }
setting-latency = la red ahora tarda { $d } en cada sentido
setting-retries = ahora un segmento se retransmite como máximo { $n } { $n ->
        [one] vez
       *[other] veces
    }
setting-rfc5961 = protección del RFC 5961 (ACK de desafío) { $on ->
        [1] activada
       *[other] desactivada
    }
setting-auto = { $on ->
        [1] el { $side } vuelve a enviar sus segmentos por sí solo
       *[other] Modo manual activado para el { $side }: cada segmento que forma espera en su bandeja de salida
    }
setting-autoread = { $on ->
        [1] la aplicación del { $side } lee cada byte en cuanto llega
       *[other] la aplicación del { $side } solo lee cuando se le pide: los datos esperan en su búfer de recepción
    }
setting-delayed-ack = { $on ->
        [1] ahora ambos TCP retrasan sus ACK (como mucho 200 ms, y nunca más allá de un segundo segmento de datos)
       *[other] ahora ambos TCP confirman cada segmento de inmediato
    }
setting-mss-option = { $on ->
        [1] los SYN llevan ahora la opción MSS, y cada TCP envía como mucho el MSS que anunció su par (536 bytes si no anunció ninguno)
       *[other] los SYN ya no llevan la opción MSS; cada TCP envía hasta el ajuste mss
    }
setting-nagle = { $on ->
        [1] el { $side } usa ahora el algoritmo de Nagle: mientras haya datos sin confirmar, los segmentos pequeños esperan
       *[other] el { $side } ya no usa el algoritmo de Nagle: los segmentos pequeños no esperan el ACK de los datos anteriores
    }
setting-loss = la red ahora pierde el { $n } % de los segmentos que envían los TCP
setting-seed = los números aleatorios ahora salen de la semilla { $n }

## El registro de eventos

ev-call = la aplicación llama a { $call }
ev-sent = #{ $id } envía { $seg } — { $reason }
ev-released = #{ $id } envía { $seg } (liberado de la bandeja de salida) — { $reason }
ev-injected = #{ $id } segmento hecho a mano, como si viniera del { $from }: { $seg }
ev-duplicate = #{ $id } copia de #{ $of } en la red: { $seg }
ev-queued = retiene en su bandeja de salida: { $seg } — { $reason }
ev-discarded = segmento de la bandeja de salida descartado: { $seg }
ev-delivered = #{ $id } llega al { $to }
ev-lost = #{ $id } se pierde
ev-lost-random = #{ $id } se pierde (pérdida aleatoria)
ev-lost-wire-full = #{ $id } se pierde: la red ya lleva { $max } segmentos
ev-delayed = #{ $id } se retrasa: ahora llega en el instante { $time }
ev-timer = vence el { $timer }
ev-signal = se avisa a la aplicación: “{ $signal }”
ev-received = { $len } { $len ->
        [one] byte entregado
       *[other] bytes entregados
    } a la aplicación

## El panel de un extremo

ep-title-client = Cliente
ep-title-server = Servidor
ep-region = extremo { $side }
ep-calls = aplicación del { $side }
ep-listen = Escuchar
ep-listen-help = OPEN pasivo: esperar una conexión
ep-connect = Conectar
ep-connect-help = OPEN activo: envía un SYN
ep-close = Cerrar
ep-close-help = CLOSE: un FIN tras los datos en cola
ep-abort = Abortar
ep-abort-help = ABORT: un RST
ep-send = Enviar
ep-send-label = Texto que envía el { $side }, o un número de bytes
ep-send-placeholder = texto o un número
ep-send-empty = Primero escribe un texto para que lo envíe el { $side }.
ep-bytes = Enviar bytes
ep-bytes-help = Enviar tantos bytes como diga el campo (texto de relleno), p. ej. 5000 para llenar una ventana
ep-bytes-empty = Escribe cuántos bytes, al menos 1.
ep-tcb = Variables del TCB
ep-tcb-deleted = TCB borrado: sus últimos valores
ep-no-tcb = Sin TCB: este extremo todavía no tiene conexión, así que no tiene números de secuencia.
ep-not-chosen = todavía sin elegir
ep-not-known = todavía desconocido (no llegó el SYN del otro extremo)
ep-changed = { " " }(cambió)
tcb-iss = número de secuencia inicial de envío
tcb-irs = número de secuencia inicial de recepción (el ISS del otro extremo)
tcb-snd-una = el más antiguo sin confirmar
tcb-snd-nxt = el siguiente por enviar
tcb-snd-wnd = la ventana del otro extremo
tcb-rcv-nxt = el siguiente esperado
tcb-rcv-wnd = nuestra ventana
ep-sent = Enviado
ep-sent-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }{ $queued ->
        [0] {""}
       *[other] { " " }({ $queued } a la espera de la ventana)
    }
ep-received = Recibido
ep-received-none = nada todavía
ep-received-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }: “{ $text }”
ep-told = Se avisó a la aplicación:
ep-timers-title = Temporizadores en marcha:
ep-timers = temporizadores en marcha
ep-timer-left = { $timer }: quedan { $left }
ep-manual = Manual: retener en la bandeja de salida cada segmento que forme este TCP
ep-receive = Búfer de recepción
ep-autoread = Lectura automática: la aplicación lee los datos en cuanto llegan
ep-autoread-help = Desactivada: los datos que llegan esperan en el búfer hasta que pulses Leer, y la ventana se reduce a medida que se llena.
ep-buffer-meter = búfer de recepción del { $side }
ep-buffer-fill = { $n } de { $size } { $size ->
        [one] byte espera
       *[other] bytes esperan
    } a ser leídos
ep-read = Leer
ep-read-label = Bytes que lee la aplicación del { $side } (vacío: todos)
ep-read-placeholder = todos
ep-read-bad = «{ $value }» no es un número de bytes: escribe un número entero, al menos 1.
sp-title = Espacios de números de secuencia
sp-send = Envío: los números de este TCP (RFC 9293, figura 3)
sp-recv = Recepción: los números del otro extremo (RFC 9293, figura 4)
sp-no-send = Todavía no hay nada que dibujar: este TCP no ha elegido su ISS.
sp-no-recv = Todavía no hay nada que dibujar: el SYN del otro extremo no ha llegado.
sp-acked = confirmados: { $n }
sp-acked-syn = confirmados: { $n } (el SYN{ $data ->
        [0] {""}
       *[other] {" "}y { $data } bytes
    })
sp-acked-syn-fin = confirmados: { $n } (el SYN{ $data ->
        [0] {""}
       *[other] , { $data } bytes
    } y el FIN)
sp-flight = enviados, sin confirmar: { $n }
sp-retransmitted = de ellos, reenviados tras un tiempo de espera: { $n }
sp-beyond-window = de ellos, más allá del borde de la ventana (enviados antes de que el otro extremo la redujera, o un FIN): { $n }
sp-usable = se pueden enviar ya: { $n }
sp-probe = de ellos, una sonda de ventana cero, más allá del borde: { $n }
sp-usable-shut = se pueden enviar ya: 0 ({ $why })
sp-window-shut = pueden llegar: 0 ({ $why })
sp-shut-no-connection = no hay conexión
sp-shut-time-wait = TIME-WAIT: la conexión terminó; solo puede llegar aún el FIN del otro extremo enviado de nuevo
sp-shut-opening = el acuerdo en tres pasos aún no ha terminado
sp-shut-fin-sent = este TCP ya envió su FIN: no hay más datos
sp-shut-fin-received = llegó el FIN del otro extremo: no hay más datos
sp-not-yet = todavía no se pueden enviar (más allá de la ventana){ $queued ->
        [0] {""}
       *[other] ; { $queued } { $queued ->
            [one] byte espera
           *[other] bytes esperan
        } a ser enviados
    }
sp-read = recibidos y leídos: { $n }
sp-waiting = recibidos, esperando en el búfer: { $n }
sp-window = pueden llegar (RCV.WND): { $n }
sp-held = llegaron antes de tiempo, guardados hasta que se llene el hueco: { $n }
sp-not-offered = libres, todavía no ofrecidos (evitar la ventana tonta): { $n }
sp-beyond = más allá de la ventana: se rechazarían
ep-outbox = Bandeja de salida
ep-outbox-empty = Vacía. El estado ya cambió como si cada segmento se hubiera enviado.
ep-outbox-more = …y { $n } más en espera (se listan los primeros en salir).
ep-outbox-send = Enviar
ep-outbox-edit = Editar…
ep-outbox-discard = Descartar

## El registro de eventos

explain-region = Por qué
explain-newest = Por qué: el paso más reciente
explain-selected = Por qué: el evento que seleccionaste
explain-none = Aquí se explica cada regla que aplican los extremos, en el momento en que ocurre.
explain-lost = El segmento nunca llega, y su emisor aún no puede saberlo.
explain-rfc = Lo que dice el RFC 9293
log-region = Registro de eventos
log-title = Qué pasó y por qué
log-forgotten = Los primeros { $n } eventos se olvidaron para ahorrar memoria; los más recientes están todos aquí.
log-rule-id = Id de la regla, para las comprobaciones de las lecciones: { $id }

## El diagrama de escalera

ladder-label = Diagrama de escalera: la línea de tiempo del cliente a la izquierda, la del servidor a la derecha; cada flecha es un segmento
ladder-rows-label = Las filas de la escalera a la vista, de la más antigua a la más reciente
ladder-svg-label = Los segmentos entre las dos líneas de tiempo; los mismos eventos, con sus motivos, están en «Qué pasó y por qué».
ladder-empty = Los segmentos aparecerán aquí como flechas entre las dos líneas de tiempo.
ladder-waiting = La escalera y los dos extremos muestran el momento anterior al trabajo en curso; se ponen al día cuando el trabajo termina.
ladder-forgotten = los eventos más antiguos se olvidaron para ahorrar memoria; la sesión en sí se conserva
ladder-tag-retransmission = (retransmisión { $n })
ladder-tag-injected = (hecho a mano)
ladder-tag-released = (de la bandeja de salida)
ladder-tag-copy = (copia de #{ $of })
ladder-arrives = llega { $flags }
ladder-arrives-accepted = llega { $flags }: aceptado
ladder-arrives-ignored = llega { $flags }: ignorado
ladder-arrives-reset = llega { $flags }: respondido con RST
ladder-arrives-challenged = llega { $flags }: ACK de desafío
ladder-arrives-refused = llega { $flags }: no aceptable, se envía un ACK
ladder-call-refused = rechazada: «{ $signal }»
ladder-lost = perdido
ladder-lost-random = perdido (pérdida aleatoria)
ladder-lost-wire-full = perdido (la red está llena)
ladder-to-outbox = a la bandeja de salida: { $flags }
ladder-discarded = sacado de la bandeja de salida: { $flags }
ladder-capture-number = n.º { $n }

## Avisos y anuncios

source-saved = La sesión guardada
source-link = La sesión compartida
source-file = El archivo importado
announce-state = { $side }: de { $from } a { $to }
notice-told = Se avisa a la aplicación del { $side }: “{ $signal }”.
notice-challenge-complete = ✓ «{ $name }» está completado. ¡Bien hecho!
notice-nothing-scheduled = No hay nada programado: ningún segmento en tránsito, ningún temporizador en marcha.
notice-no-timer = No hay ningún temporizador en marcha.
notice-scenario-unreadable = No se pudo leer el escenario: línea { $line }, columna { $col }: { $message }
notice-restore-unreadable = { $source } no se pudo leer (línea { $line }, columna { $col }: { $message }); se conserva tu sesión actual.
notice-restore-newer = { $source } se hizo con un TCP Playground más nuevo (formato de escenario { $format }), que esta versión ({ $version }) no puede leer; ábrelo en la versión más nueva. Se conserva tu sesión actual.
notice-restore-stops = { $source } se detiene en la línea { $line }: { $message }. Todo lo anterior a esa línea se reprodujo.
sim-no-segment = no hay ningún segmento número { $n } en tránsito
sim-no-segment-dir = el { $from } no tiene ningún segmento número { $n } en tránsito
sim-no-outgoing = la bandeja de salida del { $side } no tiene ningún segmento número { $n }
sim-too-many-events = más de { $max } eventos en un solo paso: los extremos parecen responderse sin fin
sim-session-full = la sesión llegó a su límite de { $max } eventos; empieza una nueva para continuar
sim-wire-full = la red ya lleva { $max } segmentos, el máximo que admite
notice-dismiss = Cerrar este mensaje
replay-progress = { $source }: abriendo, { $done } de { $total } pasos…
replay-stop = Detener aquí
long-progress = Ejecutando «{ $statement }»: { $events } eventos hasta ahora…
long-stop = Detener y deshacer este paso
busy-refused = No se hizo: nada más se ejecuta hasta que esto termine. Espera, o detenlo.
notice-step-stopped = Detenido tras { $events } eventos; ese paso se deshizo.
notice-replay-stopped = { $source } se detuvo tras { $done } de { $total } pasos; lo ejecutado está aquí.
param-embed = embed=“{ $value }” debería ser 1 o 0
param-mode = mode=“{ $value }” debería ser readonly o interactive
param-panel = panels: no existe el panel “{ $value }” (conocidos: { $known })
param-scale = scale=“{ $value }” debería ser un tamaño de texto de 0.75 a 2, como 1.5
param-lang = lang=“{ $value }” no es una etiqueta de idioma como fr o pt-BR
param-lang-narration = lang=“{ $value }”: la narración de una lección se muestra en este idioma cuando la lección la incluye; las palabras del propio playground están en inglés (tiene { $known }).
param-unknown = el parámetro de URL “{ $value }” no es uno que el playground conozca (embed, lesson, panels, mode, lang, scale, id, parent)

## El compositor de segmentos

composer-region = Compositor de segmentos
composer-title = Crea un segmento
composer-title-edit = Editar antes de enviar
composer-from = Desde
composer-client-to-server = cliente → servidor
composer-server-to-client = servidor → cliente
composer-flags = Indicadores (flags)
composer-field-seq = Número de secuencia
composer-field-ack = Número de acuse de recibo
composer-field-win = Ventana
composer-relative-to = relativo al ISS del { $side }
composer-real-no-isn = número real: el { $side } todavía no tiene ISS
composer-real = número real de 32 bits
composer-real-no-connection = número real: el { $side } no tiene conexión (un SYN inicia un nuevo espacio de secuencia)
composer-ack-unused = número real; sin el indicador ACK el receptor lo ignora
composer-ack-none = la sugerencia no lleva ACK: escribe un número
composer-typed-mark = lo escribiste tú
composer-typed = Lo que escribiste vuelve a la sugerencia tras tu próxima acción.
composer-options = Opciones: { $options } (se envían mientras SYN esté marcado, como las lleva el SYN del propio TCP)
composer-payload = Carga útil
composer-payload-none = (ninguna)
composer-explain-edit = Estás editando un segmento que formó el TCP del { $side }. Su estado ya cambió cuando el TCP lo formó; tu edición solo cambia lo que sale a la red.
composer-explain-raw-syn = Este es un segmento en bruto: el { $side } sigue en CLOSED y no sabrá que envió un SYN. Para abrir una conexión de la forma normal, pulsa Conectar en el { $side } (ese SYN cambia su estado a SYN-SENT).
composer-explain-raw = Este es un segmento en bruto: sale a la red como si lo hubiera enviado el { $side }, pero el TCP del { $side } no lo sabe, así que su estado y sus números no cambian.
composer-send-edited = Enviar el segmento editado
composer-put-on-wire = Poner en la red
composer-cancel = Cancelar
composer-refill = Restablecer los números correctos
composer-refill-help = lo que enviaría ahora un TCP correcto en este extremo
composer-too-big = { $field }: como máximo { $max }, se encontró { $found }
composer-empty = { $field }: vacío; escribe un número de 0 a { $max }
composer-not-a-number = { $field }: se esperaba un número de 0 a { $max } (o hexadecimal con 0x), se encontró “{ $found }”
composer-payload-too-big = Carga útil: como máximo { $max } bytes, se encontró { $found }
composer-notice = Compositor: { $message }

## La página

app-title = TCP Playground
lang-label = Idioma
confirm-reset = ¿Empezar una sesión nueva? Esta se guarda aparte tal como se guardó por última vez: «↩ Sesión anterior» la recupera, hasta que empieces otra.
confirm-reset-lost = ¿Empezar una sesión nueva? Esta se perderá: no está guardada en este navegador (usa antes Exportar para conservarla).
welcome-title = ¿Eres nuevo aquí?
welcome-text = Pulsa Escuchar en el servidor y luego Conectar en el cliente. Después entrega los segmentos uno a uno desde “En la red”, o pulsa ▶ Reproducir. O elige una lección del menú Lección.
welcome-keys = Teclado: Tab llega primero a los enlaces «Saltar a…»; ← y → se mueven entre las llamadas de un extremo, ↑ y ↓ a las del otro extremo, y entre las pestañas; N avanza al siguiente evento, Espacio reproduce o pausa, Ctrl+Z deshace.
welcome-close = Entendido
lazy-failed = No se pudo cargar esta parte del playground: comprueba la conexión.
lazy-retry = Reintentar
about-version = TCP Playground { $version } · software libre con licencia MIT o Apache-2.0
text-size = Texto grande
text-size-help = Texto más grande para un proyector o una pantalla pequeña
skip-label = Saltar a
skip-client = Saltar a las llamadas del cliente
skip-server = Saltar a las llamadas del servidor
skip-view = Saltar a la escalera y el diagrama de estados
skip-wire = Saltar a los segmentos en el cable
skip-log = Saltar al registro de eventos
tabs-label = Vistas
tab-ladder = Escalera
tab-diagram = Diagrama de estados
graphs-open = Gráficas en el tiempo
param-lesson = lesson=“{ $value }” no es una lección incluida ni la ruta de un archivo como lessons/week5.scn; el playground empieza vacío.
param-lesson-site = lesson=“{ $value }” no está en este sitio: el archivo de una lección debe servirse desde el mismo sitio que el playground. Ponlo a su lado, o usa un enlace de lección de “Escribir una lección”.
param-id = id= debe tener de 1 a { $max } caracteres sin saltos de línea; los mensajes a la página no llevan id
param-parent = parent=“{ $value }” no es un origen como https://moodle.example.edu; los mensajes van a cualquier página que incruste el playground
notice-lesson-network = No se pudo cargar la lección { $url }: no hubo respuesta (¿estás sin conexión?). Vuelve a intentarlo con conexión.
notice-lesson-missing = No se pudo cargar la lección { $url }: el servidor respondió { $status } (404 significa que ese archivo no existe). Revisa la dirección.
notice-lesson-too-large = La lección { $url } ocupa más de { $max } bytes, el máximo para una lección.
notice-lesson-not-text = La lección { $url } no es un archivo de texto.
notice-lesson-unparsable = No se pudo leer la lección { $url }: línea { $line }, columna { $col }: { $message }
notice-lesson-link-unreadable = No se puede abrir la lección de este enlace: { $why }. Se conserva tu propia sesión.
notice-address = La dirección de la página tiene un problema: { $problem }.
notice-share-unreadable = No se puede abrir este enlace compartido: { $why }. Se conserva tu propia sesión.
notice-no-lesson = No hay ninguna lección llamada “{ $name }”; elige una del menú Lección.
export-range = t = { $from } a { $to }{ $partial ->
        [1] { " " }(la parte conservada de la sesión)
       *[other] {""}
    }
notice-unfinished = Tu sesión guardada no terminó de abrirse la última vez (quizá es demasiado larga para este dispositivo), así que el playground empieza de cero. Se conserva: «Sesión anterior» la vuelve a abrir.
earlier-session = ↩ Sesión anterior
earlier-session-help = Volver a la sesión que tenías antes de esta (esta se conserva en su lugar)
share-bad-chars = el enlace está dañado: contiene caracteres que un enlace compartido nunca tiene
share-old-browser = este navegador no puede desempaquetarlo; un navegador de 2023 o posterior sí puede
share-cut = el enlace está dañado o cortado: su sesión no se puede desempaquetar
share-not-text = la sesión del enlace no es texto

## En la red

wire-region = Segmentos en la red
wire-title = En la red
wire-empty = No hay nada en tránsito.
wire-more = …y { $n } más en tránsito (los más antiguos aparecen primero).
wire-payload = «{ $text }» ({ $n } { $n ->
        [one] byte
       *[other] bytes
    })
wire-between = { $n } más en tránsito entre estos dos
wire-released = (liberado a mano)
wire-injected = (hecho a mano: el estado del emisor no cambió)
wire-copy = (copia de #{ $of })
wire-arrives-in = llega en { $time }
wire-deliver = Entregar ahora
wire-drop = Perder
wire-duplicate = Duplicar
wire-delay = Retrasar +500 ms

## Los nombres de los pasos de la línea de tiempo

step-start = inicio
step-lesson = un paso de la lección
step-selector = segmento número { $n } en la red
step-selector-dir = segmento número { $n } del { $from } en la red
step-call = el { $side } llama a { $call }
step-deliver = se entregó { $seg }
step-drop = se perdió { $seg }
step-duplicate = se duplicó { $seg }
step-delay = se retrasó { $seg } en { $d }
step-inject = un segmento hecho a mano desde el { $side }
step-release = el { $side } envió un segmento de su bandeja de salida
step-discard = el { $side } descartó un segmento de su bandeja de salida
step-advance = El tiempo avanzó { $d }
step-run = se ejecutó hasta que no quedó nada por ocurrir, o { $d } como mucho
step-several = { $count } acciones
step-several-time = { $count } acciones; el tiempo avanzó { $d }

## La barra superior

controls-label = Controles de la simulación
controls-clock = reloj simulado
controls-time = tiempo
controls-play = ▶ Reproducir
controls-pause = ❚❚ Pausa
controls-step = Avanzar al siguiente evento
controls-next-in = siguiente evento en { $time }
controls-nothing-scheduled = nada programado
controls-next-timer = Saltar al siguiente temporizador
controls-speed = Velocidad
controls-history = Historial
controls-undo = ↶ Deshacer
controls-redo = ↷ Rehacer
controls-timeline = Línea de tiempo: salta a cualquier momento anterior
controls-step-of = historial { $n } de { $of } · { $label }
controls-back-at = historial: de vuelta en { $n } de { $of } · actúa para crear una rama desde aquí
controls-lesson = Lección
controls-lesson-help = Cargar una lección o un escenario
controls-choose = Elegir…
controls-lessons = Lecciones
controls-challenges = Retos
controls-scenarios = Más escenarios (una regla cada uno)
controls-relative = números de secuencia relativos
controls-more = Más ▾
controls-own-lesson = En curso: { $title }
controls-share = Compartir
controls-share-help = un enlace que vuelve a abrir exactamente esta sesión
controls-export = Exportar ▾
controls-export-session = Sesión (.scn)
controls-export-svg = Diagrama de escalera (.svg)
controls-export-png = Diagrama de escalera (.png)
controls-export-slide = Diagrama como diapositiva (PNG, 16:9)
controls-print = Imprimir una hoja de trabajo…
controls-export-pcap = Captura para Wireshark (.pcapng)
controls-import = Importar .scn
controls-import-help = abrir un escenario, una sesión guardada o una captura de paquetes
controls-reset = Reiniciar

## Ajustes

settings-title = Ajustes
settings-hint = Rellena lo que quieras cambiar; los campos vacíos se quedan como están. Las duraciones se escriben así: 250ms, 1s o 2m.
settings-apply = Aplicar
settings-random = aleatorio
settings-error = { $field }: { $message }
settings-seed = Semilla (ISN aleatorios y pérdidas)
settings-client-isn = ISN del cliente (próximo SYN)
settings-server-isn = ISN del servidor (próximo SYN)
settings-latency = Latencia (en un sentido)
settings-loss = Pérdida aleatoria (%)
settings-rto = RTO inicial
settings-msl = MSL (TIME-WAIT = 2 × MSL)
settings-mss = MSS (bytes)
settings-client-window = Ventana del cliente
settings-server-window = Ventana del servidor
settings-retries = Reintentos antes de abandonar
settings-rfc5961 = ACK de desafío del RFC 5961 (on/off)
settings-delayed-ack = ACK retrasados, como hacen las pilas reales (on/off)

## Lecciones

lesson-lesson = Lección
lesson-challenge = Reto
lesson-goal-reached = ✓ Objetivo cumplido. Prueba otro reto o sigue explorando.
lesson-end = Llegaste al final de la lección. Todo sigue funcionando: sigue experimentando o elige otra lección.
lesson-end-embed = Llegaste al final de la lección. Todo sigue funcionando: sigue experimentando aquí o continúa con la página de tu curso.
lesson-start = Pulsa «Siguiente paso» para ejecutar el primer paso; su explicación aparecerá aquí, junto a lo que hizo.
lesson-preview = A continuación:
lesson-next = Siguiente paso ▸
lesson-hint = Mostrar una pista ({ $n } de { $of })
lesson-leave-challenge = Abandonar el reto
lesson-take-over = Tomar el control (salir de la lección)
lesson-untitled = Una lección sin título
lesson-whole = El texto completo ({ $n } { $n ->
        [one] carácter
       *[other] caracteres
    })
lesson-task = Tu tarea:
lesson-goals = alcanza { $goals }.
lesson-progress = Paso { $n } de { $of } de la lección
lesson-checks = Comprobaciones: { $passed } correctas, { $failed } fallidas.
lesson-checks-all = ✓ { $n ->
        [one] La comprobación es correcta
       *[other] Las { $n } comprobaciones son correctas
    }.

## El diagrama de estados (RFC 9293, Figura 5)

diagram-label = Diagrama de estados de una conexión TCP (RFC 9293, Figura 5)
diagram-help = C marca el estado del cliente y S el del servidor; la transición que cada uno acaba de recorrer se dibuja en negrita con su causa. Además, desde cualquier estado se puede pasar a CLOSED por un RST, un ABORT o un tiempo agotado. Haz clic en un estado o en una flecha para ver su explicación.
diagram-edge-help = Antes de la / está el evento; después, lo que hace TCP; x significa que no se envía nada.
diagram-edge-label = { $text }: { $from } a { $to }{ $taken ->
        [0] {""}
        [1] { " " }(el { $who } acaba de recorrerla)
       *[other] { " " }(la acaban de recorrer: { $who })
    }
diagram-state-label = { $state }{ $client ->
        [1] , el cliente está aquí
       *[other] {""}
    }{ $server ->
        [1] , el servidor está aquí
       *[other] {""}
    }
edge-closed-listen = OPEN pasivo / crear TCB
edge-closed-syn-sent = OPEN activo / crear TCB, snd SYN
edge-listen-syn-received = rcv SYN / snd SYN,ACK
edge-listen-syn-sent = SEND / snd SYN
edge-listen-closed = CLOSE / borrar TCB
edge-syn-received-listen = rcv RST (tras un OPEN pasivo)
edge-syn-sent-syn-received = rcv SYN / snd SYN,ACK
edge-syn-sent-closed = CLOSE / borrar TCB
edge-syn-received-established = rcv ACK del SYN / x
edge-syn-sent-established = rcv SYN,ACK / snd ACK
edge-syn-received-fin-wait-1 = CLOSE / snd FIN
edge-established-fin-wait-1 = CLOSE / snd FIN
edge-established-close-wait = rcv FIN / snd ACK
edge-fin-wait-1-fin-wait-2 = rcv ACK del FIN / x
edge-fin-wait-1-closing = rcv FIN / snd ACK
edge-fin-wait-1-time-wait = rcv FIN + ACK del FIN / snd ACK
edge-fin-wait-2-time-wait = rcv FIN / snd ACK
edge-close-wait-last-ack = CLOSE / snd FIN
edge-closing-time-wait = rcv ACK del FIN / x
edge-last-ack-closed = rcv ACK del FIN / x
edge-time-wait-closed = tiempo agotado = 2 MSL / borrar TCB
state-closed = No hay ninguna conexión: no existe TCB. A todo lo que llega (salvo un RST) se le responde con un RST.
state-listen = Esperando una solicitud de conexión de cualquier TCP remoto (tras un OPEN pasivo).
state-syn-sent = Nuestro SYN ya se envió; esperando un SYN que le corresponda (y el ACK del nuestro).
state-syn-received = Se recibió un SYN y se envió el nuestro; esperando el ACK de nuestro SYN.
state-established = Una conexión abierta: los datos recibidos se pueden entregar al usuario. Es el estado normal de la fase de transferencia de datos.
state-fin-wait-1 = Nuestro FIN ya se envió; esperando su ACK o el FIN del otro extremo.
state-fin-wait-2 = Nuestro FIN está confirmado; esperando el FIN del otro extremo. Todavía podemos recibir datos.
state-close-wait = El otro extremo envió su FIN; esperando a que nuestra propia aplicación haga CLOSE. Todavía podemos enviar datos.
state-closing = Los dos extremos enviaron su FIN casi al mismo tiempo; esperando el ACK del nuestro.
state-last-ack = El otro extremo cerró primero y nosotros enviamos nuestro FIN; esperando su ACK.
state-time-wait = Esperando 2 × MSL para poder reenviar nuestro último ACK si se pierde, y para que los duplicados viejos desaparezcan antes de que la misma conexión pueda volver a existir.

# The lesson editor ("Write a lesson").
editor-title = Escribir una lección
editor-back = Volver al playground
editor-help = Escribe la lección en el lenguaje de escenarios (la guía para docentes del README lo explica): las líneas say narran, las líneas entre ellas forman un paso, las líneas expect comprueban. Los errores se subrayan mientras escribes. Comprueba la lección entera, pruébala en el playground y copia el código que la pone en tu página del curso. Tu texto se guarda en este navegador.
editor-template = Partir de una lección incluida:
editor-replace = ¿Reemplazar tu texto por esta lección? Guarda el tuyo como archivo antes si quieres conservarlo.
editor-download = Guardar como archivo
editor-text = Texto de la lección
editor-error = Línea { $line }, columna { $col }: { $message }
editor-ok = Sin errores: la lección se lee bien.

# A name in a check that no rule or signal has (in the editor and in notices;
# the text before it says the line and column).
scenario-unknown-rule = ninguna regla tiene el id o la sección «{ $found }». { $then }
scenario-unknown-signal = ninguna señal se llama «{ $found }». { $then }
scenario-rule-ids = Cada línea de «Qué pasó y por qué» muestra el id de su regla al abrirla.
scenario-signals = Las señales son las palabras del RFC: { $signals }.
scenario-did-you-mean = ¿Quisiste decir { $n ->
        [1] { $a }
        [2] { $a } o { $b }
       *[other] { $a }, { $b } o { $c }
    }?

editor-check = Comprobar la lección entera
editor-try = Probarla en el playground
editor-results = Resultado de la comprobación
editor-checking = Comprobando…
editor-no-checks = La lección llegó al final; no tiene ningún expect ni goal que comprobar.
editor-passed = correcta
editor-failed = fallida: { $why }
editor-line = Línea { $line }
editor-embed-title = Código para incrustar
editor-embed-url = Dirección de tu archivo de lección, si lo pones junto al playground (opcional):
editor-embed-fragment = Este código lleva la lección entera, así que no hay nada que alojar. Pégalo en el HTML de tu página del curso.
editor-embed-file = Este código nombra tu archivo: ponlo en esta dirección, relativa a la página del playground.
editor-copy = Copiar el código para incrustar
editor-more-errors = ({ $n ->
        [one] otra línea tiene un error
       *[other] otras { $n } líneas tienen errores
    }: cada uno está subrayado.)
editor-solution = Las líneas { $from } a { $to } van después del primer goal del reto: son tu solución. El comprobador las ejecuta (termina con expect goal para probar que el reto tiene solución); el alumnado nunca.
editor-stale = Cambiaste el texto desde esta comprobación: vuelve a comprobar para ver resultados que le correspondan.
editor-embed-id = Un nombre para este iframe en sus mensajes a tu página (id=, opcional):
editor-embed-parent = La dirección de tu sitio del curso, para que solo él reciba los mensajes (parent=, opcional):
controls-write = Escribir una lección

## Packet captures
source-capture = La captura
controls-capture = Abrir captura
controls-capture-help = abrir una captura de Wireshark o tcpdump (.pcap, .pcapng) y ver los estados de ambos extremos; también puedes soltar el archivo en la página

# TCP Playground: las palabras de la página, en español. Tiene las mismas
# claves y las mismas variables que en.ftl. Las reglas del motor y los
# motivos de envío están en rules.es.ftl; las frases del RFC, en rfc.ftl.

## Extremos, llamadas, temporizadores y ajustes

side-client = cliente
side-server = servidor
who-setting = ajuste
setting-seed = los números aleatorios ahora salen de la semilla { $n }

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
ep-bytes = Enviar bytes
ep-bytes-help = Enviar tantos bytes como diga el campo (texto de relleno), p. ej. 5000 para llenar una ventana
ep-no-tcb = Sin TCB: este extremo todavía no tiene conexión, así que no tiene números de secuencia.
ep-sent = Enviado
ep-sent-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }{ $queued ->
        [0] {""}
       *[other] { " " }({ $queued } a la espera de ser enviados)
    }
ep-received = Recibido
ep-received-none = nada todavía
ep-manual = Manual: retener en la bandeja de salida cada segmento que forme este TCP
ep-receive = Búfer de recepción
ep-autoread = Lectura automática: la aplicación lee los datos en cuanto llegan

## El registro de eventos

explain-region = Por qué
explain-newest = Por qué: el paso más reciente
explain-none = Aquí se explica cada regla que aplican los extremos, en el momento en que ocurre.
log-region = Registro de eventos
log-title = Qué pasó y por qué

## El diagrama de escalera

ladder-label = Diagrama de escalera: la línea de tiempo del cliente a la izquierda, la del servidor a la derecha; cada flecha es un segmento
ladder-rows-label = Las filas de la escalera a la vista, de la más antigua a la más reciente
ladder-svg-label = Los segmentos entre las dos líneas de tiempo; los mismos eventos, con sus motivos, están en «Qué pasó y por qué».
ladder-empty = Los segmentos aparecerán aquí como flechas entre las dos líneas de tiempo.

## Avisos y anuncios

source-saved = La sesión guardada
source-link = La sesión compartida
announce-state = { $side }: de { $from } a { $to }
notice-dismiss = Cerrar este mensaje
replay-progress = { $source }: abriendo, { $done } de { $total } pasos…
replay-stop = Detener aquí

## La página

app-title = TCP Playground
lang-label = Idioma
confirm-reset = ¿Empezar una sesión nueva? Esta se guarda aparte tal como se guardó por última vez: «↩ Sesión anterior» la recupera, hasta que empieces otra.
confirm-reset-lost = ¿Empezar una sesión nueva? Esta se perderá: no está guardada en este navegador (usa antes Exportar para conservarla).
welcome-title = ¿Eres nuevo aquí?
welcome-text = Pulsa Escuchar en el servidor y luego Conectar en el cliente. Después entrega los segmentos uno a uno desde “En la red”, o pulsa ▶ Reproducir. O elige una en “Elegir una lección…”.
welcome-keys = Teclado: Tab llega primero a los enlaces «Saltar a…»; ← y → se mueven entre las llamadas de un extremo, ↑ y ↓ a las del otro extremo, y entre las pestañas; N avanza al siguiente evento, Espacio reproduce o pausa, Ctrl+Z deshace.
welcome-close = Entendido
lazy-failed = No se pudo cargar esta parte del playground: comprueba la conexión.
lazy-retry = Reintentar
about-version = TCP Playground { $version } · software libre con licencia MIT o Apache-2.0
text-size = Texto grande
text-size-help = Texto más grande para un proyector o una pantalla pequeña
skip-label = Saltar a
skip-lesson = Saltar a la lección
skip-client = Saltar a las llamadas del cliente
skip-server = Saltar a las llamadas del servidor
skip-view = Saltar a la escalera y el diagrama de estados
skip-wire = Saltar a los segmentos en el cable
skip-log = Saltar al registro de eventos
tabs-label = Vistas
tab-ladder = Escalera
tab-diagram = Diagrama de estados
graphs-open = Gráficas en el tiempo
notice-lesson-link-unreadable = No se puede abrir la lección de este enlace: { $why }. Se conserva tu propia sesión.
notice-address = La dirección de la página tiene un problema: { $problem }.
notice-share-unreadable = No se puede abrir este enlace compartido: { $why }. Se conserva tu propia sesión.
notice-no-lesson = No hay ninguna lección llamada “{ $name }”; elige una en “Elegir una lección…”.
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

## La barra superior

controls-label = Controles de la simulación
controls-clock = reloj simulado
controls-time = tiempo
controls-play = ▶ Reproducir
controls-pause = ❚❚ Pausa
controls-step = Avanzar al siguiente evento
controls-nothing-scheduled = nada programado
controls-next-timer = Saltar al siguiente temporizador
controls-speed = Velocidad
controls-history = Historial
controls-undo = ↶ Deshacer
controls-redo = ↷ Rehacer
controls-timeline = Línea de tiempo: salta a cualquier momento anterior
controls-step-of = historial { $n } de { $of } · { $label }
controls-lesson = Lección
controls-lesson-help = Cargar una lección o un escenario
controls-choose = Elegir una lección…
controls-lessons = Lecciones
controls-challenges = Retos
controls-scenarios = Más escenarios (una regla cada uno)
controls-relative = números de secuencia relativos
controls-more = Más ▾
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

## Lecciones

lesson-untitled = Una lección sin título

## El diagrama de estados (RFC 9293, Figura 5)

controls-write = Escribir una lección

## Packet captures
controls-capture = Abrir captura
controls-capture-help = abrir una captura de Wireshark o tcpdump (.pcap, .pcapng) y ver los estados de ambos extremos; también puedes soltar el archivo en la página

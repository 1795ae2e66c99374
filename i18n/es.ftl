# TCP Playground: español (traducción del catálogo de referencia en inglés;
# tiene las mismas claves y las mismas variables que en.ftl).
#
# Reglas: `rule-ID` es la línea que muestra el registro, con los valores de
# esta instancia; su atributo `.plain` es una frase sencilla para un
# estudiante. Los números de secuencia llegan ya escritos en la numeración
# que eligió el estudiante.

## Reglas: llamadas de la aplicación (RFC 9293 §3.10.1–§3.10.5)

rule-open-active = OPEN activo en CLOSED: ISS = { $iss }, enviar <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1
    .plain = Este extremo inicia una conexión: elige su número de secuencia inicial y envía un SYN.
rule-open-passive = OPEN pasivo en CLOSED: esperar un SYN
    .plain = Este extremo espera a que alguien se conecte a él.
rule-open-active-from-listen = OPEN activo en LISTEN: la conexión pasa a ser activa; ISS = { $iss }, enviar SYN
    .plain = Un extremo que estaba esperando decide conectarse él mismo: envía su propio SYN.
rule-open-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = Ya existe una conexión, así que se rechaza un segundo OPEN.
rule-send-in-listen = SEND en LISTEN: la conexión pasa a ser activa (SYN enviado); los datos esperan a ESTABLISHED
    .plain = Enviar mientras espera convierte a este extremo en el que se conecta; los datos esperan hasta que la conexión esté abierta.
rule-send-queued = SEND antes de ESTABLISHED: los datos quedan en cola hasta que termine el acuerdo de tres vías
    .plain = La conexión aún no está abierta, así que los datos esperan en la cola de envío.
rule-send-segmentize = SEND: los datos se dividen en segmentos (como máximo MSS, dentro de la ventana del otro extremo) que llevan el ACK incorporado (piggybacking)
    .plain = Los datos se cortan en segmentos que caben en la ventana del otro extremo y se envían.
rule-send-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = TCP no puede enviar en este estado, así que la llamada se rechaza y nada cambia.
rule-close-listen = CLOSE en LISTEN: borrar el TCB
    .plain = Este extremo deja de esperar conexiones.
rule-close-syn-sent = CLOSE en SYN-SENT: borrar el TCB; no se envía nada
    .plain = Se abandona el intento de conexión antes de recibir respuesta; no se envía nada.
rule-close-syn-received = CLOSE en SYN-RECEIVED sin nada en cola: enviar FIN, pasar a FIN-WAIT-1
    .plain = Como no le queda nada por enviar, este extremo envía su FIN de inmediato.
rule-close-syn-received-queued = CLOSE en SYN-RECEIVED con datos en cola: el FIN espera a ESTABLISHED
    .plain = Todavía hay datos esperando, así que el FIN irá detrás de ellos cuando la conexión esté abierta.
rule-close-deferred-applies = el CLOSE que quedó en cola en SYN-RECEIVED se aplica ahora: FIN después de los datos en cola
    .plain = La conexión ya está abierta, así que el CLOSE pedido antes surte efecto.
rule-close-established = CLOSE en ESTABLISHED: FIN después de todos los datos en cola; pasar a FIN-WAIT-1
    .plain = Este extremo no tiene nada más que enviar: un FIN sigue a sus datos.
rule-close-close-wait = CLOSE en CLOSE-WAIT: FIN después de todos los datos en cola; pasar a LAST-ACK
    .plain = El otro extremo ya cerró; ahora este extremo también cierra y espera el último ACK.
rule-close-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = No hay nada que cerrar en este estado, así que la llamada se rechaza.
rule-abort-silent = ABORT en { $state }: borrar el TCB; no se envía nada
    .plain = Todavía no había nada sincronizado, así que abortar simplemente olvida la conexión.
rule-abort-reset = ABORT en { $state }: enviar <SEQ=SND.NXT><CTL=RST>, vaciar las colas, borrar el TCB
    .plain = Al abortar, se avisa al otro extremo con un RST y se descarta todo lo que estaba en cola.
rule-abort-closing = ABORT en { $state }: responder "ok", borrar el TCB
    .plain = La conexión ya se está cerrando, así que abortar simplemente la olvida, sin enviar un RST.
rule-abort-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = No hay ninguna conexión que abortar.

## Reglas: envío y temporizadores

rule-window-full = los datos esperan: la ventana del otro extremo está llena (SND.WND se agotó)
    .plain = El otro extremo no puede aceptar más datos por ahora, así que el resto espera.
rule-window-probe = la ventana del otro extremo lleva un RTO en cero: sondearla con un octeto de datos nuevos; próximo intento en { $next }
    .plain = La ventana del otro extremo está cerrada, así que este extremo envía un byte de vez en cuando para saber cuándo se vuelve a abrir.
rule-retransmit = vence el temporizador de retransmisión ({ $rto }): reenviar el segmento sin confirmar más antiguo (intento { $attempt }), duplicar el RTO a { $new_rto }
    .plain = No llegó ningún acuse de recibo a tiempo, así que se vuelve a enviar el segmento sin confirmar más antiguo y la siguiente espera es el doble de larga.
rule-give-up = vence el temporizador de retransmisión de un segmento ya reenviado { $retransmits } { $retransmits ->
        [one] vez
       *[other] veces
    }: abandonar
    .plain = El segmento se retransmitió demasiadas veces sin respuesta, así que se abandona la conexión.
rule-rto-after-syn-timeout = nuestro SYN agotó su tiempo de espera durante el acuerdo de tres vías, así que el RTO empieza en 3 s ahora que pueden fluir datos
    .plain = Como hubo que reenviar el SYN, el tiempo de espera para los datos empieza en 3 segundos.
rule-time-wait-timer = el temporizador de TIME-WAIT (2 × MSL = { $wait }) corre hasta { $until }
    .plain = Este extremo espera el doble del tiempo de vida máximo de un segmento, para poder reenviar un último ACK perdido y para que desaparezcan los segmentos viejos.
rule-time-wait-timeout = vence el tiempo de TIME-WAIT: pasaron 2 × MSL; borrar el TCB
    .plain = La espera terminó: la conexión desaparece definitivamente.

## Reglas: llega un segmento en CLOSED o LISTEN

rule-closed-rst = CLOSED: un RST entrante se descarta
    .plain = Aquí no hay ninguna conexión, y un RST nunca se responde.
rule-closed-reset-ack = CLOSED: aquí no hay conexión, así que se responde al segmento con <SEQ=SEG.ACK><CTL=RST> (SEQ = { $ack })
    .plain = Aquí nadie está escuchando, así que se responde al segmento con un reinicio (RST).
rule-closed-reset-no-ack = CLOSED: aquí no hay conexión, así que se responde al segmento con <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (SEG.SEQ = { $seq }, SEG.LEN = { $len })
    .plain = Aquí nadie está escuchando, así que se responde al segmento con un reinicio (RST).
rule-listen-rst = LISTEN, primera comprobación: un RST entrante se ignora
    .plain = Un extremo que escucha no tiene ninguna conexión que un RST pueda reiniciar.
rule-listen-ack = LISTEN, segunda comprobación: SEG.ACK = { $ack } no confirma nada que hayamos enviado; responder <SEQ=SEG.ACK><CTL=RST>
    .plain = Un extremo que escucha no ha enviado nada, así que un ACK tiene que ser un error: responde con un reinicio (RST).
rule-listen-syn = LISTEN, tercera comprobación: SYN → IRS = { $irs }, RCV.NXT = { $rcv_nxt }, ISS = { $iss }; enviar <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = Llega un SYN: este extremo anota el número inicial del otro extremo y responde con su propio SYN y un ACK.
rule-listen-other = LISTEN, cuarta comprobación: ni SYN, ni RST, ni ACK; descartar el segmento
    .plain = Solo un SYN puede iniciar una conexión, así que este segmento se descarta.
rule-syn-text-held = el texto o el FIN que venía con el SYN queda en cola hasta ESTABLISHED
    .plain = Los datos que venían con el SYN esperan hasta que la conexión esté abierta.

## Reglas: llega un segmento en SYN-SENT

rule-syn-sent-bad-ack-rst = SYN-SENT, primera comprobación: RST con un ACK inaceptable (SEG.ACK = { $ack }); descartarlo
    .plain = Este RST no responde a nuestro SYN, así que se ignora.
rule-syn-sent-bad-ack = SYN-SENT, primera comprobación: SEG.ACK = { $ack } no confirma nuestro SYN (hace falta ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }); enviar <SEQ=SEG.ACK><CTL=RST>
    .plain = El ACK no corresponde a nuestro SYN, así que se responde con un reinicio (RST).
rule-syn-sent-rst = SYN-SENT, segunda comprobación: RST que confirma nuestro SYN; la conexión se reinicia, borrar el TCB
    .plain = El otro extremo rechazó la conexión con un reinicio (RST).
rule-syn-sent-rst-no-ack = SYN-SENT, segunda comprobación: RST sin ACK; descartarlo
    .plain = Un RST que no confirma nuestro SYN podría ser falso, así que se ignora.
rule-syn-sent-syn-ack = SYN-SENT, cuarta comprobación: el SYN,ACK confirma nuestro SYN → IRS = { $irs }, RCV.NXT = { $rcv_nxt }, SND.UNA = { $snd_una }; enviar <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
    .plain = El otro extremo aceptó: este extremo anota su número inicial, la conexión queda abierta y envía el último ACK del acuerdo de tres vías.
rule-syn-ack-text = el SYN,ACK también trae texto o un FIN: un solo ACK, enviado a continuación, lo confirma todo
    .plain = El SYN,ACK también traía datos; un solo ACK responde a ambos.
rule-syn-sent-syn = SYN-SENT, cuarta comprobación: un SYN que no confirma nada nuestro, así que ambos extremos abrieron a la vez → IRS = { $irs }, RCV.NXT = { $rcv_nxt }; enviar <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = Ambos extremos enviaron un SYN al mismo tiempo (apertura simultánea); cada uno responde al del otro.
rule-syn-sent-other = SYN-SENT, quinta comprobación: ni SYN ni RST; descartar el segmento
    .plain = Mientras se espera un SYN, cualquier otra cosa se descarta.

## Reglas: llega un segmento en SYN-RECEIVED o en un estado sincronizado

rule-simultaneous-syn-ack = apertura simultánea (Figura 7): este SYN,ACK repite el SYN que ya tenemos; procesar su ACK
    .plain = En una apertura simultánea, el SYN,ACK del otro extremo repite un SYN ya contado; solo su ACK es nuevo.
rule-seq-unacceptable-rst = primera comprobación: SEG.SEQ = { $seq }, SEG.LEN = { $len } está fuera de la ventana de recepción (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd }); un RST se descarta en silencio
    .plain = Un reinicio (RST) de fuera de la ventana podría ser falso, así que se ignora sin responder.
rule-seq-unacceptable = primera comprobación: SEG.SEQ = { $seq }, SEG.LEN = { $len } está fuera de la ventana de recepción (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd }); enviar <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> y descartarlo
    .plain = El segmento es viejo o está fuera de la ventana: se descarta, y un ACK le dice al otro extremo qué se espera a continuación.
rule-time-wait-fin-again = TIME-WAIT: es otra vez su FIN (nuestro último ACK se perdió); confirmarlo y reiniciar el temporizador de 2 × MSL
    .plain = El otro extremo reenvió su FIN, así que nuestro último ACK se perdió: se envía de nuevo y se vuelve a esperar el tiempo completo.
rule-seq-trimmed = se recorta la parte del segmento que queda fuera de la ventana de recepción
    .plain = Solo se conserva lo que cabe en la ventana de recepción.
rule-rst-challenge = segunda comprobación: RST dentro de la ventana, pero SEG.SEQ = { $seq } no es exactamente RCV.NXT = { $rcv_nxt }; puede ser un ataque a ciegas, así que enviar un ACK de desafío y descartarlo
    .plain = Un reinicio (RST) debe llevar exactamente el número esperado; si no, puede ser un ataque, así que este extremo pregunta con un ACK de desafío.
rule-rst-syn-received-passive = segunda comprobación: RST en SYN-RECEIVED tras un OPEN pasivo; volver a LISTEN
    .plain = La conexión a medio abrir se reinicia, así que este extremo vuelve a escuchar.
rule-rst-syn-received-active = segunda comprobación: RST en SYN-RECEIVED tras un OPEN activo; la conexión fue rechazada
    .plain = El otro extremo rechazó la conexión.
rule-rst-reset = segunda comprobación: RST aceptable en { $state }; vaciar las colas, avisar al usuario, borrar el TCB
    .plain = El otro extremo reinició la conexión: se descarta todo y se avisa a la aplicación.
rule-rst-closing = segunda comprobación: RST aceptable en { $state }; borrar el TCB
    .plain = La conexión ya se estaba cerrando; el reinicio (RST) la termina ahora.
rule-syn-syn-received-passive = cuarta comprobación: un SYN nuevo en SYN-RECEIVED tras un OPEN pasivo; volver a LISTEN
    .plain = Un SYN nuevo significa que el intento anterior terminó, así que este extremo vuelve a escuchar.
rule-syn-challenge = cuarta comprobación: SYN en una conexión sincronizada; enviar un ACK de desafío y descartarlo
    .plain = Un SYN dentro de una conexión abierta puede ser un ataque o venir de un extremo que se reinició, así que este extremo responde con un ACK de desafío.
rule-syn-reset = cuarta comprobación: un SYN dentro de la ventana es un error (regla de RFC 793); enviar un RST, avisar al usuario, borrar el TCB
    .plain = Un SYN dentro de una conexión abierta es un error, así que la conexión se reinicia.
rule-ack-off = quinta comprobación: el bit ACK está desactivado; descartar el segmento
    .plain = Una vez conectados, todo segmento debe llevar un ACK; este no lo lleva, así que se descarta.
rule-syn-received-ack = quinta comprobación: SEG.ACK = { $ack } confirma nuestro SYN; SND.WND = { $wnd }, pasar a ESTABLISHED
    .plain = El otro extremo confirmó nuestro SYN: el acuerdo de tres vías está completo.
rule-syn-received-bad-ack = quinta comprobación: en SYN-RECEIVED, SEG.ACK = { $ack } no cumple SND.UNA < SEG.ACK =< SND.NXT ({ $snd_una }..{ $snd_nxt }]; enviar <SEQ=SEG.ACK><CTL=RST>
    .plain = El ACK no corresponde a nuestro SYN,ACK, así que se responde con un reinicio (RST).
rule-ack-challenge = quinta comprobación: SEG.ACK = { $ack } está fuera de SND.UNA − MAX.SND.WND =< SEG.ACK =< SND.NXT ({ $lowest } ..= { $snd_nxt }); enviar un ACK y descartar el segmento
    .plain = El número de ACK está lejos de todo lo enviado, así que este extremo responde con un ACK de desafío e ignora el segmento.
rule-ack-too-new = quinta comprobación: SEG.ACK = { $ack } confirma algo que aún no se envió (SND.NXT = { $snd_nxt }); enviar un ACK y descartar el segmento
    .plain = El otro extremo confirma datos que nunca se enviaron, así que este extremo le indica lo que realmente se envió.
rule-ack-new = quinta comprobación: ACK nuevo, SND.UNA = { $snd_una }
    .plain = El otro extremo confirmó más de nuestros datos; ya no hace falta guardarlos para reenviarlos.
rule-window-update = actualización de ventana: SND.WND = { $wnd }
    .plain = El otro extremo indica cuántos datos más puede aceptar ahora.
rule-fin-wait-1-acked = FIN-WAIT-1: nuestro FIN está confirmado; pasar a FIN-WAIT-2
    .plain = El otro extremo confirmó nuestro FIN; ahora este extremo espera el FIN del otro.
rule-fin-wait-2-acked = FIN-WAIT-2: todo lo que enviamos está confirmado; nuestro CLOSE terminó, esperando su FIN
    .plain = Todo lo enviado está confirmado; este extremo espera a que el otro cierre.
rule-closing-acked = CLOSING: nuestro FIN está confirmado; pasar a TIME-WAIT
    .plain = Los dos FIN están confirmados; este extremo espera en TIME-WAIT.
rule-closing-not-acked = CLOSING: el ACK no cubre nuestro FIN; ignorar el segmento
    .plain = Este ACK todavía no confirma nuestro FIN, así que no cambia nada.
rule-last-ack-acked = LAST-ACK: nuestro FIN está confirmado; borrar el TCB, pasar a CLOSED
    .plain = Llegó el último ACK: la conexión está cerrada.
rule-urg = sexto paso: URG está activado; el puntero urgente no se modela, los datos se entregan en orden
    .plain = El indicador urgente no se modela aquí; los datos se entregan como siempre.
rule-out-of-order = séptimo paso: el segmento empieza en { $seq }, más allá de RCV.NXT = { $rcv_nxt }; guardarlo hasta que se llene el hueco y enviar un ACK duplicado
    .plain = Llegaron datos después de un hueco: se guardan, y un ACK vuelve a pedir la parte que falta.
rule-text-after-fin = séptimo paso: un texto después de su FIN no puede ser válido; ignorarlo
    .plain = El otro extremo ya dijo que no tiene más datos, así que los datos nuevos se ignoran.
rule-deliver = séptimo paso: { $len } { $len ->
        [one] byte en orden, entregado
       *[other] bytes en orden, entregados
    } a la aplicación; RCV.NXT = { $rcv_nxt }
    .plain = Los datos llegaron en orden y se entregan a la aplicación.
rule-held-delivered = un segmento guardado ahora sigue a RCV.NXT (SHLD-31)
    .plain = El hueco se llenó, así que ahora se entregan los datos que llegaron antes de tiempo.
rule-fin = octavo paso: FIN → avisar al usuario "la conexión se está cerrando", RCV.NXT = { $rcv_nxt }, confirmarlo
    .plain = El otro extremo no tiene más datos que enviar; se avisa a la aplicación y se confirma el FIN.

## Por qué se envió un segmento

reason-active-open = OPEN activo: SYN con nuestro ISS
reason-send-in-listen = SEND en LISTEN vuelve activa la conexión: SYN
reason-answer-syn = responder al SYN: SYN,ACK con nuestro ISS, confirmando el suyo
reason-simultaneous-open = apertura simultánea: SYN,ACK
reason-data = { $len ->
        [0] CLOSE: FIN, no enviaremos más datos
       *[other] { $len } { $len ->
            [one] byte
           *[other] bytes
        } de datos{ $fin ->
            [1] , luego FIN
           *[other] {""}
        }
    }
reason-window-probe = sonda de ventana cero
reason-retransmission = retransmisión tras vencer el temporizador (intento { $attempt })
reason-abort = ABORT: reiniciar la conexión
reason-reset-no-connection = no hay conexión: reinicio
reason-reset-ack-in-listen = ACK en LISTEN: reinicio
reason-reset-bad-ack-syn-sent = ACK inaceptable en SYN-SENT: reinicio
reason-reset-bad-ack-syn-received = ACK inaceptable en SYN-RECEIVED: reinicio
reason-reset-syn-in-window = SYN dentro de la ventana: reinicio
reason-ack-handshake = confirmar su SYN: el acuerdo de tres vías está completo
reason-ack-unacceptable = el segmento no era aceptable: decirle al otro extremo qué esperamos
reason-challenge-rst = ACK de desafío (RFC 5961): un extremo legítimo responderá con un RST exacto
reason-challenge-syn = ACK de desafío (RFC 5961): un extremo que se reinició responderá con un RST
reason-challenge-ack = ACK de desafío (RFC 5961): el número de ACK está fuera de rango
reason-ack-too-new = el ACK era de datos que nunca se enviaron
reason-ack-out-of-order = segmento fuera de orden: volver a pedir RCV.NXT
reason-ack-data = confirmar los datos recibidos
reason-ack-fin = confirmar su FIN

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

num-outside = { $n } (fuera de la ventana)
num-no-isn = { $n } (número real: todavía no hay ISN)

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
timer-retransmission = temporizador de retransmisión
timer-time-wait = temporizador de TIME-WAIT
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
ev-delayed = #{ $id } se retrasa: ahora llega en el instante { $time }
ev-timer = vence el { $timer }
ev-timer-any = vence un temporizador
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
ep-send-label = Texto que enviará el { $side }
ep-send-placeholder = texto para enviar
ep-send-empty = Primero escribe un texto para que lo envíe el { $side }.
ep-tcb = Variables del TCB
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
ep-timers = temporizadores en marcha
ep-timer-left = { $timer }: quedan { $left }
ep-manual = Manual: retener en la bandeja de salida cada segmento que forme este TCP
ep-outbox = Bandeja de salida
ep-outbox-empty = Vacía. El estado ya cambió como si cada segmento se hubiera enviado.
ep-outbox-send = Enviar
ep-outbox-edit = Editar…
ep-outbox-discard = Descartar

## El registro de eventos

log-region = Registro de eventos
log-title = Qué pasó y por qué
log-forgotten = Los primeros { $n } eventos se olvidaron para ahorrar memoria; los más recientes están todos aquí.
log-rule-id = id de la regla: { $id } (para `expect SIDE rule`)

## El diagrama de escalera

ladder-label = Diagrama de escalera: la línea de tiempo del cliente a la izquierda, la del servidor a la derecha; cada flecha es un segmento
ladder-empty = Los segmentos aparecerán aquí como flechas entre las dos líneas de tiempo.
ladder-forgotten = los eventos más antiguos se olvidaron para ahorrar memoria; la sesión en sí se conserva
ladder-lost = perdido
ladder-lost-random = perdido (pérdida aleatoria)
ladder-to-outbox = a la bandeja de salida: { $flags }
ladder-discarded = descartado { $flags }
ladder-in-flight = #{ $id } { $seg } (en tránsito)

## Avisos y anuncios

source-saved = La sesión guardada
source-link = La sesión compartida
source-file = El archivo importado
announce-state = { $side }: de { $from } a { $to }
notice-told = Se avisa a la aplicación del { $side }: “{ $signal }”.
notice-challenge-complete = ✓ Reto completado: { $name }. ¡Bien hecho!
notice-lesson-check-failed = Línea { $line }: { $message }. (Si tomaste el control, ahora este es tu propio camino.)
notice-lesson-line = Línea { $line }: { $message }
notice-nothing-scheduled = No hay nada programado: ningún segmento en tránsito, ningún temporizador en marcha.
notice-no-timer = No hay ningún temporizador en marcha.
notice-scenario-unreadable = No se pudo leer el escenario: línea { $line }, columna { $col }: { $message }
notice-restore-unreadable = { $source } no se pudo leer (línea { $line }, columna { $col }: { $message }); se conserva tu sesión actual.
notice-restore-stops = { $source } deja de reproducirse en la línea { $line }: { $message }. Se conserva tu sesión actual.
param-embed = embed=“{ $value }” debería ser 1 o 0
param-mode = mode=“{ $value }” debería ser readonly o interactive
param-panel = panels: no existe el panel “{ $value }” (conocidos: { $known })
param-lang = lang=“{ $value }” no es un idioma disponible en el playground (conocidos: { $known })
param-unknown = el parámetro de URL “{ $value }” no es uno que el playground conozca (embed, lesson, panels, mode, lang)

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
confirm-reset = ¿Empezar una sesión nueva? La actual se perderá (usa antes Exportar para conservarla).
share-label = Enlace para compartir
share-explain = Cualquiera que abra este enlace verá exactamente esta sesión:
share-done = Listo
welcome-title = ¿Eres nuevo aquí?
welcome-text = Pulsa Escuchar en el servidor y luego Conectar en el cliente. Después entrega los segmentos uno a uno desde “En la red”, o pulsa ▶ Reproducir. O elige una lección del menú Lección.
tabs-label = Vistas
tab-ladder = Escalera
tab-diagram = Diagrama de estados
param-lesson = lesson=“{ $value }” no es una de las lecciones incluidas; el playground empieza vacío.
notice-address = La dirección de la página tiene un problema: { $problem }.
notice-share-unreadable = No se puede abrir este enlace compartido: { $why }. Se conserva tu propia sesión.
notice-no-lesson = No hay ninguna lección llamada “{ $name }”; elige una del menú Lección.
notice-png-rows = El PNG muestra las últimas { $rows } filas; la exportación SVG tiene la sesión completa.
notice-not-text = “{ $name }” no se pudo leer como texto.
share-bad-chars = el enlace está dañado: contiene caracteres que un enlace compartido nunca tiene
share-cut = el enlace está dañado o cortado: su sesión no se puede desempaquetar
share-not-text = la sesión del enlace no es texto

## En la red

wire-region = Segmentos en la red
wire-title = En la red
wire-empty = No hay nada en tránsito.
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
step-run = se ejecutó hasta que no quedó nada por ocurrir

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
controls-step-of = paso { $n }/{ $of } · { $label }
controls-back-at = de vuelta en el paso { $n }/{ $of } · actúa para crear una rama desde aquí
controls-lesson = Lección
controls-lesson-help = Cargar una lección o un escenario
controls-choose = Elegir…
controls-lessons = Lecciones
controls-challenges = Retos
controls-scenarios = Más escenarios (una regla cada uno)
controls-relative = números de secuencia relativos
controls-share = Compartir
controls-share-help = un enlace que vuelve a abrir exactamente esta sesión
controls-export = Exportar ▾
controls-export-session = Sesión (.scn)
controls-export-svg = Diagrama de escalera (.svg)
controls-export-png = Diagrama de escalera (.png)
controls-export-pcap = Captura para Wireshark (.pcap)
controls-import = Importar .scn
controls-import-help = abrir un escenario o una sesión guardada
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

## Lecciones

lesson-lesson = Lección
lesson-challenge = Reto
lesson-goal-reached = ✓ Objetivo cumplido. Prueba otro reto o sigue explorando.
lesson-end = Llegaste al final de la lección. Todo sigue funcionando: sigue experimentando o elige otra lección.
lesson-next = Siguiente paso ▸
lesson-hint = Mostrar una pista ({ $n } de { $of })
lesson-leave-challenge = Abandonar el reto
lesson-take-over = Tomar el control (salir de la lección)

## El diagrama de estados (RFC 9293, Figura 5)

diagram-label = Diagrama de estados de una conexión TCP (RFC 9293, Figura 5)
diagram-help = C marca el estado del cliente y S el del servidor; la transición que cada uno acaba de recorrer se dibuja en negrita con su causa. Además, desde cualquier estado se puede pasar a CLOSED por un RST, un ABORT o un tiempo agotado. Haz clic en un estado o en una flecha para ver su explicación.
diagram-edge-help = Antes de la / está el evento; después, lo que hace TCP; x significa que no se envía nada.
diagram-edge-label = { $from } a { $to }: { $text }{ $taken ->
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

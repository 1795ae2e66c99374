# TCP Playground: reglas del motor, motivos de cada segmento, textos del
# panel de una captura y lo que solo se dice cuando el estudiante actúa
# (guardar, importar, exportar, compartir), en español
# (se descargan después de la primera pantalla). Mismas claves y variables
# que rules.en.ftl.

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
rule-send-queued = SEND antes de ESTABLISHED: los datos quedan en cola hasta que termine el acuerdo en tres pasos
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
    .plain = No hay ninguna conexión que cerrar, o este lado ya pidió cerrarla, así que la llamada se rechaza.
rule-close-queued-sends = CLOSE en SYN-SENT: los SEND aún en cola ({ $bytes } bytes) reciben "error: { $error }"
    .plain = Los datos que la aplicación envió nunca salieron: CLOSE se lo dice en vez de olvidarlos.
rule-abort-queued-sends = ABORT: los SEND aún en cola ({ $bytes } bytes) reciben "{ $error }"
    .plain = Los datos que la aplicación envió nunca salieron: ABORT se lo dice en vez de olvidarlos.
rule-abort-silent = ABORT en { $state }: borrar el TCB; no se envía nada
    .plain = Todavía no había nada sincronizado, así que abortar simplemente olvida la conexión.
rule-abort-reset = ABORT en { $state }: enviar <SEQ=SND.NXT><CTL=RST>, vaciar las colas, borrar el TCB
    .plain = Al abortar, se avisa al otro extremo con un RST y se descarta todo lo que estaba en cola.
rule-abort-closing = ABORT en { $state }: responder "ok", borrar el TCB
    .plain = La conexión ya se está cerrando, así que abortar simplemente la olvida, sin enviar un RST.
rule-abort-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = No hay ninguna conexión que abortar.
rule-read = RECEIVE: la aplicación lee { $len } { $len ->
        [one] byte
       *[other] bytes
    } del búfer de recepción; quedan { $buffered } esperando
    .plain = La aplicación saca datos del búfer de recepción, lo que deja sitio para más.
rule-read-nothing = RECEIVE: no hay nada esperando en el búfer de recepción, así que la lectura no devuelve nada (aquí las lecturas nunca esperan)
    .plain = Todavía no hay datos que leer.
rule-read-refused = { $state } rechaza esta llamada: "error: { $error }"; nada cambia
    .plain = Esta conexión ya no puede entregar nada a la aplicación.
rule-window-held = SWS en el receptor: { $freed } { $freed ->
        [one] byte liberado
       *[other] bytes liberados
    }, menos que min(RCV.BUFF/2, MSS) = { $threshold }; RCV.NXT+RCV.WND se queda donde está
    .plain = Se liberó un poco de espacio, pero ofrecer una ventana diminuta invitaría a enviar segmentos diminutos, así que la ventana no cambia por ahora.
rule-window-opens = SWS en el receptor: el espacio libre alcanza min(RCV.BUFF/2, MSS) = { $threshold }; RCV.WND = RCV.BUFF − RCV.USER = { $rcv_wnd }, avisar al emisor
    .plain = Se liberó espacio suficiente: la ventana se abre y se avisa al emisor con una actualización de ventana.
rule-window-full = los datos esperan: la ventana del otro extremo está llena (SND.WND se agotó)
    .plain = El otro extremo no puede aceptar más datos por ahora, así que el resto espera.
rule-sws-hold = SWS en el emisor: la ventana utilizable es de { $usable } { $usable ->
        [one] byte
       *[other] bytes
    }, menos que un segmento completo (MSS = { $mss }) y menos que la mitad de la mayor ventana que ofreció el otro extremo ({ $threshold }), y esperan más datos: retenerlos
    .plain = Enviar ahora daría un segmento pequeño con más datos detrás, así que los datos esperan a que la ventana se abra más, o al temporizador de anulación.
rule-sws-override = anulación de SWS: los datos llevan { $wait } retenidos; enviar ya { $len } { $len ->
        [one] byte
       *[other] bytes
    }, un segmento más pequeño de lo que quiere la prevención de SWS, para no esperar para siempre a un receptor cuyo búfer se redujo
    .plain = Los datos no pueden esperar para siempre, así que lo que cabe sale ya, aunque sea poco.
rule-nagle-hold = Nagle: { $unacked } { $unacked ->
        [one] byte sigue
       *[other] bytes siguen
    } sin confirmar, y los { $queued } en cola no llenan un segmento completo (MSS = { $mss }): retenerlos hasta que llegue el ACK o se llene un segmento
    .plain = Los datos pequeños se juntan en un solo segmento mientras los anteriores siguen en camino.
rule-window-probe = la ventana del otro extremo lleva un RTO en cero: sondearla con un octeto de datos nuevos; próximo intento en { $next }
    .plain = La ventana del otro extremo está cerrada, así que este extremo envía un byte de vez en cuando para saber cuándo se vuelve a abrir.
rule-probe-again = la ventana del otro extremo se reabrió mientras el octeto de nuestra sonda, rechazado por la ventana cerrada, espera: reenviarlo ahora, antes que los datos que lo siguen
    .plain = La ventana vuelve a estar abierta, así que primero va el byte que la ventana cerrada rechazó y luego el resto.
rule-retransmit = vence el temporizador de retransmisión ({ $rto }): reenviar el segmento sin confirmar más antiguo (intento { $attempt }), duplicar el RTO a { $new_rto }
    .plain = No llegó ningún acuse de recibo a tiempo, así que se vuelve a enviar el segmento sin confirmar más antiguo y la siguiente espera es el doble de larga.
rule-give-up = vence el temporizador de retransmisión de un segmento ya reenviado { $retransmits } { $retransmits ->
        [one] vez
       *[other] veces
    }: abandonar
    .plain = El segmento se retransmitió demasiadas veces sin respuesta, así que se abandona la conexión.
rule-rto-after-syn-timeout = nuestro SYN agotó su tiempo de espera durante el acuerdo en tres pasos, así que el RTO empieza en 3 s ahora que pueden fluir datos
    .plain = Como hubo que reenviar el SYN, el tiempo de espera para los datos empieza en 3 segundos.
rule-time-wait-timer = el temporizador de TIME-WAIT (2 × MSL = { $wait }) corre hasta { $until }
    .plain = Este extremo espera el doble del tiempo de vida máximo de un segmento, para poder reenviar un último ACK perdido y para que desaparezcan los segmentos viejos.
rule-time-wait-timeout = vence el tiempo de TIME-WAIT: pasaron 2 × MSL; borrar el TCB
    .plain = La espera terminó: la conexión desaparece definitivamente.
rule-initial-window = ventana inicial (RFC 5681, ecuación 3): cwnd = { $cwnd } bytes; ssthresh empieza alto, en { $ssthresh } bytes (la mayor ventana que pueden ofrecer a este TCP)
    .plain = La conexión está abierta: el emisor solo puede enviar unos pocos segmentos antes de que vuelva el primer ACK, y su ventana crece a partir de ahí.
rule-initial-window-set = ventana inicial de { $segments } segmentos, la fijada para este lado: cwnd = { $cwnd } bytes
    .plain = El emisor empieza con la ventana inicial fijada para él (el RFC 6928 permite diez segmentos).
rule-initial-window-syn-lost = hubo que reenviar un SYN durante el saludo, así que la ventana inicial es de un segmento: cwnd = { $cwnd } bytes
    .plain = El saludo perdió un segmento, así que el emisor empieza con cuidado, con un segmento.
rule-slow-start = arranque lento: { $acked } bytes nuevos confirmados, así que cwnd crece como mucho un SMSS, hasta { $cwnd } bytes
    .plain = Cada confirmación deja crecer la ventana un segmento, así que se duplica en cada ida y vuelta.
rule-slow-start-ends = cwnd ({ $cwnd } bytes) ha alcanzado ssthresh ({ $ssthresh } bytes): termina el arranque lento y empieza la prevención de la congestión
    .plain = La ventana ha alcanzado el umbral: a partir de ahora solo crece un segmento por ida y vuelta.
rule-congestion-avoidance = prevención de la congestión: se ha confirmado una ventana entera de bytes, así que cwnd crece un SMSS, hasta { $cwnd } bytes
    .plain = Tras las confirmaciones de una ventana completa, la ventana crece un segmento.
rule-cwnd-full = la ventana de congestión está llena: { $flight } bytes en vuelo, cwnd = { $cwnd } bytes; el siguiente segmento espera un ACK
    .plain = El emisor tiene en la red tantos datos como le permite su ventana de congestión, así que espera.
rule-timeout-window = vence el temporizador de retransmisión: ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } bytes (FlightSize era { $flight }), cwnd = un segmento = { $cwnd } bytes: de nuevo arranque lento
    .plain = Un vencimiento es una señal fuerte de congestión: la ventana cae a un segmento y el umbral a la mitad de lo que estaba en vuelo.
rule-timeout-window-again = los mismos datos vencieron otra vez: ssthresh sigue en { $ssthresh } bytes, cwnd = un segmento = { $cwnd } bytes
    .plain = El umbral se reduce a la mitad una sola vez para datos que siguen venciendo; la ventana se queda en un segmento.
rule-duplicate-ack-counted = ACK duplicado número { $count }: sin datos, el mismo ACK y la misma ventana que antes, y datos pendientes
    .plain = El receptor volvió a pedir el mismo byte: puede que se haya perdido un segmento, y tres de estos ACK seguidos dicen que sí.
rule-limited-transmit = transmisión limitada: el ACK duplicado número { $count } deja salir un segmento nuevo más allá de cwnd, que no cambia
    .plain = Un ACK duplicado significa que un segmento ha salido de la red, así que un segmento nuevo puede ocupar su lugar.
rule-fast-retransmit = tercer ACK duplicado: retransmisión rápida del segmento sin confirmar más antiguo; ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } bytes (FlightSize { $flight }), cwnd = ssthresh + 3 × SMSS = { $cwnd } bytes: empieza la recuperación rápida
    .plain = Tres ACK duplicados dicen que se perdió un segmento: se reenvía enseguida, sin esperar al temporizador, y el umbral ssthresh pasa a la mitad de lo que había en vuelo. cwnd queda tres segmentos por encima mientras se repara la pérdida.
rule-fast-recovery-inflate = recuperación rápida: ACK duplicado número { $count }, así que cwnd crece un SMSS, hasta { $cwnd } bytes
    .plain = Cada ACK duplicado más significa que otro segmento ha salido de la red, así que la ventana hace sitio para uno más.
rule-fast-recovery-ends = datos nuevos confirmados: termina la recuperación rápida, cwnd = ssthresh = { $cwnd } bytes
    .plain = El segmento perdido ha llegado: la ventana vuelve al umbral y sigue la prevención de la congestión.
rule-partial-ack = ACK parcial de NewReno: { $acked } bytes confirmados, pero no todo lo enviado antes de la pérdida; el siguiente segmento que falta se reenvía, cwnd = { $cwnd } bytes, aún en recuperación
    .plain = También se perdió otro segmento de la misma ventana: se reenvía enseguida y la recuperación continúa.
rule-full-ack = ACK completo de NewReno: todo lo enviado antes de la pérdida está confirmado; termina la recuperación rápida, cwnd = min(ssthresh, max(FlightSize, SMSS) + SMSS) = { $cwnd } bytes
    .plain = Han llegado todos los datos enviados antes de la pérdida: la recuperación ha terminado.
rule-recover-not-covered = tres ACK duplicados, pero no confirman nada más allá de recover = { $recover }: no hay retransmisión rápida
    .plain = Estos ACK duplicados tratan de datos enviados antes de resolver la última pérdida, así que la ventana no se recorta por segunda vez.
rule-idle-restart = nada enviado durante { $idle }, más que el RTO: cwnd vuelve a empezar en min(IW, cwnd) = { $cwnd } bytes
    .plain = Tras una pausa larga la red puede haber cambiado, así que el emisor empieza de nuevo con una ventana pequeña.
rule-sack-permitted = los dos SYN llevaron SACK-permitted: esta conexión usa confirmaciones selectivas
    .plain = Los dos lados dijeron que entienden SACK, así que los ACK ya pueden nombrar los trozos de datos que llegaron más allá de un hueco.
rule-sack-not-permitted = el SYN de este lado ofreció SACK y el del otro no: no hay opciones SACK en esta conexión
    .plain = Solo un lado ofreció SACK, así que ninguno lo usa: los ACK llevan solo la confirmación acumulativa.
rule-sack-blocks = se guardan datos fuera de orden: el ACK lleva { $blocks } { $blocks ->
        [one] bloque SACK
       *[other] bloques SACK, el primero
    } { $left }–{ $right } (el bloque que contiene el segmento que acaba de llegar)
    .plain = El receptor le dice al emisor exactamente qué trozos más allá del hueco ya tiene, el más reciente primero.
rule-sack-duplicate-ack = ACK duplicado número { $count } según RFC 6675: confirma con SACK datos que no lo estaban ({ $sacked } bytes confirmados con SACK en total)
    .plain = Llegaron más datos más allá del hueco; tras tres ACK así, o con suficientes datos más allá, el hueco se da por perdido.
rule-sack-limited-transmit = transmisión limitada con SACK: pipe = { $pipe } bytes, cwnd = { $cwnd } bytes, así que cabe un segmento nuevo
    .plain = Los datos que el receptor confirmó con SACK ya salieron de la red, así que datos nuevos pueden ocupar su lugar, hasta donde cwnd menos pipe lo permite.
rule-sack-recovery = tercer ACK duplicado con SACK: empieza la recuperación de pérdidas; ssthresh = cwnd = FlightSize / 2 = { $cwnd } bytes (FlightSize { $flight }), RecoveryPoint = { $recovery_point }; el primer segmento que falta se envía otra vez
    .plain = Se perdió un segmento: se envía otra vez enseguida, y desde ahora el marcador de datos confirmados con SACK decide qué más reenviar.
rule-sack-recovery-lost = los datos confirmados con SACK por encima de SND.UNA lo dan por perdido (IsLost) antes de tres ACK duplicados: empieza la recuperación de pérdidas; ssthresh = cwnd = FlightSize / 2 = { $cwnd } bytes (FlightSize { $flight }), RecoveryPoint = { $recovery_point }
    .plain = Llegaron tantos datos más allá del hueco que el segmento que falta debe de estar perdido, incluso antes de tres ACK duplicados.
rule-sack-retransmit-lost = regla 1 de NextSeg: { $len } bytes en { $seq } están perdidos (hay datos confirmados con SACK por encima), se envían otra vez; pipe es ahora { $pipe } bytes
    .plain = Otro hueco que revelan los bloques SACK del receptor se rellena enseguida, sin esperar otro viaje de ida y vuelta.
rule-sack-retransmit-unsacked = regla 3 de NextSeg: no queda nada perdido y no pueden salir datos nuevos, así que { $len } bytes en { $seq }, por debajo del byte más alto confirmado con SACK, se envían otra vez; pipe es ahora { $pipe } bytes
    .plain = La ventana tiene sitio y nada más que enviar, así que el emisor reenvía un hueco que aún podría resultar perdido.
rule-sack-rescue = regla 4 de NextSeg: la única retransmisión de rescate de esta recuperación, { $len } bytes en { $seq }, los últimos datos sin SACK
    .plain = Un último segmento pudo perderse sin nada detrás que revele la pérdida, así que se reenvía una vez, por si acaso.
rule-sack-recovery-ack = ACK durante la recuperación, por debajo de RecoveryPoint = { $recovery_point }: se actualiza el marcador, pipe = { $pipe } bytes; la recuperación sigue
    .plain = Se confirman algunos datos, pero no todo lo enviado antes de la pérdida: el emisor vuelve a contar lo que sigue en la red.
rule-sack-recovery-ends = el ACK cubre RecoveryPoint: termina la recuperación de pérdidas con SACK, cwnd = { $cwnd } bytes
    .plain = Todo lo enviado antes de la pérdida ha llegado: la recuperación terminó y la ventana vuelve a crecer desde aquí.
rule-sack-timeout = vence el temporizador de retransmisión con SACK: termina la recuperación de pérdidas, RecoveryPoint = { $recovery_point }, y se olvidan los { $cleared } bytes confirmados con SACK (el receptor pudo descartarlos)
    .plain = Tras un vencimiento el emisor ya no confía en lo que el receptor dijo tener; los ACK nuevos se lo volverán a decir.
rule-sack-recovery-held = se vuelve a señalar una pérdida, pero SND.UNA no ha pasado el RecoveryPoint = { $recovery_point } del vencimiento: todavía no hay nueva recuperación
    .plain = Estas pérdidas pertenecen a los datos de los que ya se ocupa el vencimiento, así que la ventana no se reduce por segunda vez.
rule-go-back-n = retroceso N tras el vencimiento: los octetos de { $from } a { $to }, enviados antes, cuentan como perdidos (no están en FlightSize); salen otra vez, el más antiguo primero, según lo permita cwnd
    .plain = Tras un vencimiento el emisor no puede saber qué segmentos posteriores llegaron, así que los envía todos otra vez, unos pocos más con cada ACK a medida que crece su ventana.
rule-cubic-epoch = CUBIC: empieza una etapa de prevención de la congestión con cwnd = { $cwnd } bytes; W_max = { $w_max } bytes, K = ∛((W_max − cwnd) / C) = { $k }
    .plain = CUBIC empieza su curva: la ventana vuelve a subir hasta donde ocurrió la última pérdida (W_max) en el tiempo K, y después la supera.
rule-cubic-reno-friendly = CUBIC, región compatible con Reno: W_cubic(t) = { $w_cubic } bytes está por debajo de W_est, la ventana que tendría Reno, así que cwnd = W_est = { $cwnd } bytes
    .plain = Aquí Reno crecería más rápido que la curva cúbica, así que CUBIC crece al menos tan rápido como Reno.
rule-cubic-concave = CUBIC, región cóncava: { $t } desde el inicio de la etapa, objetivo = W_cubic(t + RTT) = { $target } bytes, cwnd por debajo de W_max = { $w_max } bytes; cwnd crece (objetivo − cwnd) / cwnd por ACK, hasta { $cwnd } bytes
    .plain = La ventana vuelve a subir hacia el tamaño con el que perdió datos la última vez: rápido al principio y cada vez más despacio.
rule-cubic-convex = CUBIC, región convexa: { $t } desde el inicio de la etapa, objetivo = W_cubic(t + RTT) = { $target } bytes, cwnd igual o por encima de W_max = { $w_max } bytes; cwnd crece (objetivo − cwnd) / cwnd por ACK, hasta { $cwnd } bytes
    .plain = La ventana ha superado el tamaño con el que perdió datos la última vez: busca más, despacio al principio y cada vez más rápido.
rule-cubic-decrease = tercer ACK duplicado con CUBIC: retransmisión rápida del segmento sin confirmar más antiguo; ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } bytes (FlightSize { $flight }), cwnd = ssthresh + 3 × SMSS = { $cwnd } bytes: empieza la recuperación rápida
    .plain = Tres ACK duplicados indican que se perdió un segmento: se envía otra vez en el acto, y CUBIC baja su umbral al 70 % de lo que estaba en vuelo, donde Reno lo reduce a la mitad.
rule-cubic-fast-convergence = convergencia rápida de CUBIC: cwnd = { $cwnd } bytes no había alcanzado el último W_max, así que W_max = cwnd × (1 + β_cubic) / 2 = { $w_max } bytes
    .plain = Esta pérdida llegó antes de que la ventana recuperara su tamaño anterior: otro flujo puede necesitar el ancho de banda, así que CUBIC apunta más bajo la próxima vez.
rule-cubic-timeout = vence el temporizador de retransmisión con CUBIC: ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } bytes (FlightSize era { $flight }), cwnd = un segmento = { $cwnd } bytes: de nuevo arranque lento, y la próxima etapa empieza con K = 0
    .plain = Un vencimiento es una señal fuerte de congestión: la ventana cae a un segmento, y el umbral al 70 % de lo que estaba en vuelo.
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
rule-syn-sent-bad-ack-rst = SYN-SENT, primera comprobación: RST con un ACK inaceptable (SEG.ACK = { $ack }); descartarlo
    .plain = Este RST no responde a nuestro SYN, así que se ignora.
rule-syn-sent-bad-ack = SYN-SENT, primera comprobación: SEG.ACK = { $ack } no confirma nuestro SYN (hace falta ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }); enviar <SEQ=SEG.ACK><CTL=RST>
    .plain = El ACK no corresponde a nuestro SYN, así que se responde con un reinicio (RST).
rule-syn-sent-rst = SYN-SENT, segunda comprobación: RST que confirma nuestro SYN; la conexión se reinicia, borrar el TCB
    .plain = El otro extremo rechazó la conexión: respondió a nuestro SYN con un reinicio (RST), así que la aplicación recibe «conexión reiniciada» ("connection reset", las palabras del RFC 9293 aquí; muchos sistemas lo llaman «conexión rechazada»).
rule-syn-sent-rst-no-ack = SYN-SENT, segunda comprobación: RST sin ACK; descartarlo
    .plain = Un RST que no confirma nuestro SYN podría ser falso, así que se ignora.
rule-syn-sent-syn-ack = SYN-SENT, cuarta comprobación: el SYN,ACK confirma nuestro SYN → IRS = { $irs }, RCV.NXT = { $rcv_nxt }, SND.UNA = { $snd_una }; enviar <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
    .plain = El otro extremo aceptó: este extremo anota su número inicial, la conexión queda abierta y envía el último ACK del acuerdo en tres pasos.
rule-syn-ack-text = el SYN,ACK también trae texto o un FIN: un solo ACK, enviado a continuación, lo confirma todo
    .plain = El SYN,ACK también traía datos; un solo ACK responde a ambos.
rule-syn-sent-syn = SYN-SENT, cuarta comprobación: un SYN que no confirma nada nuestro, así que ambos extremos abrieron a la vez → IRS = { $irs }, RCV.NXT = { $rcv_nxt }; enviar <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = Ambos extremos enviaron un SYN al mismo tiempo (apertura simultánea); cada uno responde al del otro.
rule-syn-sent-other = SYN-SENT, quinta comprobación: ni SYN ni RST; descartar el segmento
    .plain = Mientras se espera un SYN, cualquier otra cosa se descarta.
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
rule-zero-window-text = primera comprobación: la ventana de recepción es cero, así que no se puede tomar { $len ->
        [one] el byte
       *[other] ninguno de los { $len } bytes
    }; solo se procesa el ACK (y RST, URG), y la respuesta muestra la ventana, todavía en cero
    .plain = El búfer está lleno: los datos se rechazan y la respuesta dice que la ventana sigue cerrada.
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
    .plain = El otro extremo confirmó nuestro SYN: el acuerdo en tres pasos está completo.
rule-syn-received-bad-ack = quinta comprobación: en SYN-RECEIVED, SEG.ACK = { $ack } no cumple SND.UNA < SEG.ACK =< SND.NXT ({ $snd_una }..{ $snd_nxt }]; enviar <SEQ=SEG.ACK><CTL=RST>
    .plain = El ACK no corresponde a nuestro SYN,ACK, así que se responde con un reinicio (RST).
rule-ack-challenge = quinta comprobación: SEG.ACK = { $ack } está fuera de SND.UNA − MAX.SND.WND =< SEG.ACK =< SND.NXT ({ $lowest } ..= { $snd_nxt }); enviar un ACK y descartar el segmento
    .plain = El número de ACK está lejos de todo lo enviado, así que este extremo responde con un ACK de desafío e ignora el segmento.
rule-ack-too-new = quinta comprobación: SEG.ACK = { $ack } confirma algo que aún no se envió (SND.NXT = { $snd_nxt }); enviar un ACK y descartar el segmento
    .plain = El otro extremo confirma datos que nunca se enviaron, así que este extremo le indica lo que realmente se envió.
rule-ack-new = quinta comprobación: ACK nuevo, SND.UNA = { $snd_una }
    .plain = El otro extremo confirmó más de nuestros datos; ya no hace falta guardarlos para reenviarlos.
rule-ack-duplicate = quinta comprobación: SEG.ACK = { $ack } no confirma nada nuevo (SND.UNA = { $snd_una }); un ACK duplicado puede ignorarse
    .plain = Este ACK no confirma ningún dato que no estuviera ya confirmado. La retransmisión rápida tras tres ACK duplicados forma parte del control de congestión, que este lado no usa (Ajustes).
rule-ack-duplicate-cc = quinta comprobación: SEG.ACK = { $ack } no confirma nada nuevo (SND.UNA = { $snd_una }); el control de congestión comprueba si es un ACK duplicado que cuenta para una retransmisión rápida
    .plain = Este ACK no confirma ningún dato que no estuviera ya confirmado; el control de congestión, que este lado usa, comprueba si cuenta para una retransmisión rápida.
rule-window-update = actualización de ventana: SND.WND = { $wnd }
    .plain = El otro extremo indica cuántos datos más puede aceptar ahora.
rule-fin-wait-1-acked = FIN-WAIT-1: nuestro FIN está confirmado; pasar a FIN-WAIT-2
    .plain = El otro extremo confirmó nuestro FIN; ahora este extremo espera el FIN del otro.
rule-fin-wait-2-acked = FIN-WAIT-2: todo lo que enviamos está confirmado; nuestro CLOSE terminó, { $fin ->
        [1] y su FIN llega en este segmento
       *[other] esperando su FIN
    }
    .plain = Todo lo enviado está confirmado, así que el cierre propio de este extremo terminó; falta el FIN del otro.
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
rule-ack-delayed = ACK retrasado: estos datos se confirman con el próximo segmento que salga, o a los { $until } como muy tarde
    .plain = El ACK espera un poco, con la esperanza de viajar con datos o de cubrir también el siguiente segmento.
rule-ack-every-second = un segundo segmento de datos desde el último ACK: confirmar ambos ahora (SHLD-19)
    .plain = Han llegado dos segmentos sin ACK, así que sale uno ahora para los dos.
rule-peer-mss = el SYN anuncia un MSS de { $mss } bytes: ningún segmento hacia este par lleva más datos (ni más que el mss de este TCP), MUST-16
    .plain = El otro lado acepta segmentos de hasta { $mss } bytes de datos, así que este lado nunca envía más en uno.
rule-peer-mss-default = el SYN no lleva opción MSS: este TCP debe suponer { $mss } bytes (MUST-15), y no envía más en un segmento
    .plain = El otro lado no dijo qué tamaño de segmento acepta, así que este lado se queda en el valor seguro de { $mss } bytes.
rule-ack-delay-timeout = vence el temporizador de ACK retrasado: el ACK pendiente sale ahora (MUST-40: antes de 0,5 s)
    .plain = No salió nada más a tiempo, así que el ACK sale solo.
rule-buffered = séptimo paso: { $len } { $len ->
        [one] byte en orden, guardado
       *[other] bytes en orden, guardados
    } en el búfer de recepción hasta que la aplicación lea ({ $buffered } esperando); RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd } (el borde derecho no se mueve)
    .plain = Los datos llegaron en orden y esperan en el búfer a la aplicación; la ventana se reduce en la misma medida.
rule-window-closed = el búfer de recepción está lleno ({ $buffered } bytes esperando): RCV.WND = 0, una ventana cero; el emisor debe detenerse y sondear
    .plain = El búfer está lleno, así que este extremo anuncia una ventana cero: el emisor debe esperar a que la aplicación lea.
rule-held-delivered = un segmento guardado ahora sigue a RCV.NXT (SHLD-31)
    .plain = El hueco se llenó, así que ahora se entregan los datos que llegaron antes de tiempo.
rule-fin = octavo paso: FIN → avisar al usuario "la conexión se está cerrando", RCV.NXT = { $rcv_nxt }, confirmarlo
    .plain = El otro extremo no tiene más datos que enviar; se avisa a la aplicación y se confirma el FIN.

## Por qué se envía un segmento

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
reason-probe-again = otra vez el octeto de la sonda: la ventana se reabrió
reason-retransmission = retransmisión tras vencer el temporizador (intento { $attempt })
reason-abort = ABORT: reiniciar la conexión
reason-reset-no-connection = no hay conexión: reinicio
reason-reset-ack-in-listen = ACK en LISTEN: reinicio
reason-reset-bad-ack-syn-sent = ACK inaceptable en SYN-SENT: reinicio
reason-reset-bad-ack-syn-received = ACK inaceptable en SYN-RECEIVED: reinicio
reason-reset-syn-in-window = SYN dentro de la ventana: reinicio
reason-ack-handshake = confirmar su SYN: el acuerdo en tres pasos está completo
reason-ack-unacceptable = el segmento no era aceptable: decirle al otro extremo qué esperamos
reason-challenge-rst = ACK de desafío (RFC 5961): un extremo legítimo responderá con un RST exacto
reason-challenge-syn = ACK de desafío (RFC 5961): un extremo que se reinició responderá con un RST
reason-challenge-ack = ACK de desafío (RFC 5961): el número de ACK está fuera de rango
reason-ack-too-new = el ACK era de datos que nunca se enviaron
reason-ack-out-of-order = segmento fuera de orden: volver a pedir RCV.NXT
reason-ack-data = confirmar los datos recibidos
reason-ack-fin = confirmar su FIN
reason-delayed-ack = ACK retrasado: venció el temporizador
reason-fast-retransmit = retransmisión rápida: otra vez el segmento sin confirmar más antiguo, antes de que venza el temporizador
reason-sack-retransmit = recuperación de pérdidas con SACK: otra vez un segmento que el marcador muestra como ausente, antes de que venza el temporizador
reason-go-back-n = retroceso N: un segmento enviado antes del vencimiento, otra vez, a medida que crece la ventana
reason-window-update = actualización de ventana: la aplicación leyó y la ventana se abrió

## Capturas de paquetes: el panel junto a la reproducción de una captura y
## lo que significa cada diferencia con RFC 9293 (solo al abrir una captura).
capture-no-worker = Este navegador no puede leer capturas aquí (no arrancó el lector de capturas). Tu sesión sigue como estaba.
capture-too-big = “{ $name }” tiene { $size } bytes; una captura puede tener como mucho { $max } bytes. No se leyó nada; tu sesión sigue como estaba.
capture-not-capture = “{ $name }” no es una captura de paquetes: abre un archivo pcap o pcapng, como los guardan Wireshark o tcpdump. Tu sesión sigue como estaba.
capture-damaged = “{ $name }” es una captura dañada ({ $why }). Tu sesión sigue como estaba.
capture-no-connection = “{ $name }” no contiene ningún segmento TCP que el playground pueda leer. Tu sesión sigue como estaba.
capture-pick = “{ $name }” contiene varias conexiones TCP. ¿Cuál?
capture-connection = { $label }: { $packets } { $packets ->
        [one] segmento
       *[other] segmentos
    }, desde { $start } ms
capture-pick-cancel = Ninguna
capture-reading = Leyendo “{ $name }”…
capture-reading-cancel = Cancelar
capture-failed = El lector de capturas se detuvo mientras leía “{ $name }” (se quedó sin memoria o falló). No se abrió nada; tu sesión sigue como estaba, y la próxima captura arranca un lector nuevo.
capture-filter = Mostrar las conexiones cuya dirección contiene:
capture-shown = { $shown } de { $matching } { $matching ->
        [one] conexión
       *[other] conexiones
    } mostradas, las más grandes primero ({ $total } en el archivo).
capture-show-more = Mostrar más ({ $hidden } sin mostrar)
capture-limited-segments = La reproducción se detiene antes del segmento { $at } de los { $total } de la conexión: la reproducción de una captura contiene como mucho { $max } segmentos.
capture-limited-data = La reproducción se detiene antes del segmento { $at } de los { $total } de la conexión: la reproducción de una captura lleva como mucho { $max } bytes de datos (un segmento cortado por la longitud de captura cuenta su longitud entera).
capture-limited-text = La reproducción se detiene antes del segmento { $at } de los { $total } de la conexión: su escenario pasaría de { $max } bytes, lo máximo que escribe la reproducción de una captura.
capture-limited-unseen = La reproducción se detiene antes del segmento { $at } de los { $total } de la conexión: su emisor enviaría antes más de { $max } segmentos que la captura nunca vio (sus números de secuencia saltan hacia delante), lo máximo que envía la reproducción de una captura.
capture-limited-events = La reproducción se detiene antes del segmento { $at } de los { $total } de la conexión: los dos TCP han llegado a { $max } eventos (segmentos formados, temporizadores vencidos, llegadas), lo máximo que ejecuta la reproducción de una captura.
capture-title = Captura: { $name }
capture-summary = { $label }, { $packets } { $packets ->
        [one] segmento
       *[other] segmentos
    }, reproducida por los dos TCP del playground: los estados y las reglas que ves son la lectura del motor de lo que cada lado envió y recibió.
capture-near = Capturada en el equipo del { $side }: sus tiempos son exactos; los del otro lado se desplazan el retardo de ida, estimado en { $latency } ms (la mitad de la ida y vuelta del saludo).
capture-near-unknown = Los dos equipos estaban a menos de un milisegundo: los tiempos son los mismos dondequiera que se tomara la captura.
capture-lost = Se { $count ->
        [one] toma como perdido
       *[other] toman como perdidos
    } por el camino: { $count ->
        [one] segmento
       *[other] segmentos
    } { $at }. { $count ->
        [one] Se envió
       *[other] Cada uno se envió
    } de nuevo antes de que nada lo confirmara: la captura { $count ->
        [one] lo vio
       *[other] los vio
    }, el receptor probablemente no.
capture-unseen = { $count } { $count ->
        [one] segmento que el emisor tuvo que enviar no está
       *[other] segmentos que el emisor tuvo que enviar no están
    } en la captura (sí lo están datos posteriores): se toman como perdidos antes del punto de captura.
capture-stopped = La reproducción se detuvo en el segmento { $packet }: desde ahí los motores no podían seguir la captura.
capture-not-kept = Datos no conservados: { $count ->
        [one] segmento
       *[other] segmentos
    } { $at }, { $bytes } bytes en total (cortados por la longitud de captura, más allá de los primeros 64 KB de datos, o reenviados tal como se capturaron pero sin ser texto). Las longitudes son reales; los extremos muestran letras de relleno (abcd…) en lugar de esos bytes, no los capturados.
capture-numbering = El diagrama muestra el número de cada segmento capturado, como aquí: n.º 1, n.º 2…
capture-no-handshake = La captura empieza después de abrirse la conexión: sin sus SYN los motores no pueden conocer sus números de secuencia, así que siguen en CLOSED y cada segmento se muestra tal como se capturó.
capture-skipped = Se { $count ->
        [one] omitió { $count } paquete
       *[other] omitieron { $count } paquetes
    } del archivo (otros protocolos, fragmentos IP, paquetes cortados).
capture-cut-short = El archivo termina a mitad de un paquete: se leyó lo anterior.
capture-differences = Dónde el TCP real hizo otra cosa: { $count } { $count ->
        [one] tipo
       *[other] tipos
    }
capture-no-differences = En ningún sitio: el motor habría enviado exactamente estos segmentos.
capture-difference = { $title } ({ $name }): segmento { $at }.
capture-more = , y { $count } más
capture-at = { $packet } ({ $side })
capture-differences-doc = Más sobre cada una, y sobre lo que las pilas reales hacen distinto (las notas del proyecto, en inglés, como texto)
capture-continue-help = Para tomar el control, vuelve a cualquier momento con Deshacer (o la línea de tiempo) y pulsa Continuar desde aquí: entonces ambos TCP responden solos, y tú envías, pierdes y retrasas como en cualquier sesión. Hasta que lo pulses, ambos siguen en modo manual, como la reproducción los necesita: lo que envían espera en su bandeja de salida.
capture-continue = Continuar desde aquí
capture-save = Guardar como escenario
capture-save-help = El escenario tiene los segmentos de la captura con un comentario antes de cada uno: un docente puede convertirlo en una lección con «Escribir una lección», arriba en la página.
difference-delayed-ack = El motor habría confirmado enseguida; el TCP real esperó, para confirmar dos segmentos con un ACK o para enviar su ACK con datos (RFC 9293 §3.8.6.3 permite ambas cosas).
    .title = ACK retrasado
difference-rst-on-abort-carries-ack = El reset del TCP real al abortar lleva un ACK; RFC 9293 §3.10.5 envía un simple <SEQ=SND.NXT><CTL=RST>. El receptor comprueba el número de secuencia en ambos casos.
    .title = El reset de un abort lleva ACK
difference-syn-options = El SYN lleva opciones (tamaño máximo de segmento, escala de ventana, SACK permitido, marcas de tiempo) que el TCP del playground no envía.
    .title = Opciones en el SYN
difference-window-scaling = Los dos TCP acordaron escalar sus ventanas (RFC 7323): los campos de ventana se multiplican por una potencia de dos. El playground muestra las ventanas escaladas, como mucho 65535 bytes.
    .title = Escalado de ventana
difference-min-rto = El TCP real retransmitió antes de que venciera el temporizador de retransmisión del motor (al menos 1 segundo, RFC 6298): las pilas reales vencen antes (Linux, tras 200 ms como mínimo) y además sondean si se perdió el último segmento (RACK y sondas de pérdida de cola, RFC 8985), así que en una red rápida reenvían en milisegundos.
    .title = Un plazo de retransmisión más corto
difference-fast-retransmit = El TCP real retransmitió tras ACK duplicados, sin esperar a su temporizador: retransmisión rápida (RFC 5681 §3.2), que el TCP del playground solo hace con el control de congestión activado (set client.cc reno), y una reproducción lo lleva desactivado.
    .title = Retransmisión rápida
difference-beyond-window = El TCP real envió datos más allá de la ventana que conocía el motor (sus ventanas pueden ser mayores, con escalado de ventana).
    .title = Datos más allá de la ventana
difference-not-formed = El motor no habría enviado este segmento en este momento; se muestra tal como se capturó, y el estado del emisor no cambió.
    .title = Un segmento que el motor no enviaría
difference-engine-would-send = Al terminar la captura, el motor aún enviaría algo que el TCP real nunca envió.
    .title = Un segmento que el motor aún enviaría

## What makes up for a lost segment (the engine's Recovery), in Why

lost-why-retransmission = El { $from } aún tiene estos octetos sin confirmar: cuando venza su temporizador de retransmisión, los enviará de nuevo (salvo que la conexión termine antes).
lost-why-fast-retransmit-or-timer = El { $from } aún tiene estos octetos sin confirmar y usa control de congestión: si los ACK que vuelven le avisan antes de la pérdida (tres ACK duplicados, o un ACK parcial durante la recuperación), los envía de nuevo en el acto (retransmisión rápida); si no, saldrán otra vez cuando venza su temporizador de retransmisión (salvo que la conexión termine antes).
lost-why-next-probe = Era una sonda de ventana cero: cuando venza el temporizador del { $from }, volverá a sondear, tras el doble de tiempo.
lost-why-peer-resends = Un ACK puro nunca se reenvía. El { $to } aún espera una confirmación: cuando venza su temporizador de retransmisión, reenviará su segmento sin confirmar más antiguo, y el { $from } confirmará esa copia (salvo que la conexión termine antes).
lost-why-peer-resends-time-wait = Un ACK puro nunca se reenvía. El { $to } aún espera que se confirme su FIN: cuando venza su temporizador de retransmisión, reenviará el FIN, y el { $from }, todavía en TIME-WAIT, lo confirmará otra vez y empezará de nuevo 2 x MSL.
lost-why-peer-resends-too-late = Un ACK puro nunca se reenvía. El { $to } reenviará su FIN cuando venza su temporizador de retransmisión, pero para entonces el { $from } habrá salido de TIME-WAIT: sin conexión, responderá a ese FIN con RST, que termina la conexión del { $to }.
lost-why-peer-probes = Un ACK puro nunca se reenvía. El { $to } está sondeando una ventana cero: su próxima sonda recibirá otra vez la ventana como respuesta.
lost-why-not-needed = Un ACK puro nunca se reenvía, y no hace falta: el { $to } no esperaba nada de lo que llevaba.
lost-why-reset = Un RST nunca se reenvía: nada lo recupera.
lost-why-already-acknowledged = Nada se reenvía, y no hace falta: estos octetos ya están confirmados.
lost-why-sender-gone = Nada lo reenvía: el { $from } ya no tiene una conexión que guarde estos octetos.
lost-why-copy-in-flight = Otra copia de estos octetos del { $from } sigue en el cable: el { $to } los tendrá por ella, así que no hace falta reenviarlos (si el temporizador de retransmisión del { $from } llega a ellos antes de que se confirmen, los enviará de nuevo de todos modos).
lost-why-later-ack-in-flight = Un ACK puro nunca se reenvía, pero otro segmento del { $from }, aún en el cable, confirma lo mismo o más: si llega, no falta nada.
lost-why-already-received = El { $to } ya tiene estos octetos por una copia anterior, así que no hace falta reenviarlos (si el temporizador de retransmisión del { $from } llega a ellos antes de que se confirmen, los enviará de nuevo de todos modos).
lost-why-unknown = Nada lo reenvía: el TCP del { $from } no sabe que este segmento existe (se hizo a mano o se copió en el cable).

notice-lesson-timeout = No se pudo cargar la lección { $url }: no había llegado después de { $seconds } segundos (el servidor no responde o la conexión es muy lenta). Vuelve a intentarlo más tarde.

# Una comprobación de la lección que no se cumplió, como lo que la propia
# lección esperaba: los estudiantes nunca ven los números de línea del archivo.
check-real-numbers = (Números tal como los escribe la lección: reales, no relativos.)
check-state = La lección esperaba aquí el { $side } en { $expected }; está en { $found }.
check-var = La lección esperaba aquí { $var } = { $expected } en el { $side }; vale { $found }.
check-received-text = La lección esperaba que aquí la aplicación del { $side } hubiera recibido “{ $expected }”; ha recibido “{ $found }”.
check-received-count = La lección esperaba que aquí la aplicación del { $side } hubiera recibido { $expected } { $expected ->
        [one] byte
       *[other] bytes
    }; ha recibido { $found }.
check-buffered = La lección esperaba aquí { $expected } { $expected ->
        [one] byte
       *[other] bytes
    } sin leer en el { $side }; { $found ->
        [one] hay 1
       *[other] hay { $found }
    }.
check-congestion = La lección esperaba aquí { $var } { $expected } en el { $side }; es { $found }.
check-congestion-off = La lección esperaba aquí { $var } { $expected } en el { $side }, pero el { $side } no usa control de congestión.
check-signal = La lección esperaba que aquí se hubiera avisado a la aplicación del { $side } de { $expected }; { $count ->
        [0] no se le avisó de nada
       *[other] solo se le avisó de { $told }
    }.
check-wire-empty = La lección esperaba aquí ningún segmento en tránsito; { $found ->
        [one] hay uno
       *[other] hay { $found }
    } en tránsito, el más antiguo { $seg } del { $from }.
check-wire-count = La lección esperaba aquí { $expected } { $expected ->
        [one] segmento
       *[other] segmentos
    } en tránsito; { $found ->
        [one] hay 1
       *[other] hay { $found }
    }.
check-wire-missing = La lección esperaba aquí un segmento número { $n } en tránsito ({ $expected }); { $found ->
        [0] la red está vacía
        [one] solo hay uno en tránsito
       *[other] solo hay { $found } en tránsito
    }.
check-wire-differs = La lección esperaba aquí que el segmento del { $from } fuera { $expected }; es { $found } (su campo { $field } es distinto).
check-outbox-empty = La lección esperaba aquí vacía la bandeja de salida del { $side }; { $found ->
        [one] espera en ella un segmento
       *[other] esperan en ella { $found } segmentos
    }, el primero { $seg }.
check-outbox-missing = La lección esperaba aquí que el segmento { $n } de la bandeja de salida del { $side } fuera { $expected }; { $found ->
        [0] la bandeja está vacía
        [one] solo espera uno
       *[other] solo esperan { $found }
    }.
check-outbox-differs = La lección esperaba aquí que el segmento { $n } de la bandeja de salida del { $side } fuera { $expected }; es { $found } (su campo { $field } es distinto).
check-time = La lección esperaba aquí el reloj en { $expected }; marca { $found }.
check-rule = La lección esperaba que a estas alturas el TCP del { $side } hubiera aplicado la regla “{ $rule }”; no lo ha hecho nunca.
check-no-rule = La lección esperaba que el TCP del { $side } no aplicara nunca la regla “{ $rule }”; la ha aplicado.
check-no-goals = La lección comprueba aquí sus objetivos, pero no fija ninguno antes de este punto.
check-goal = Aún no se ha alcanzado un objetivo. { $why }
check-refused = La siguiente acción de la lección no pudo ejecutarse: { $why }
check-unanswerable-sends = La lección pregunta qué envía a continuación el { $side }, pero el { $side } no envía nada en este paso.
check-unanswerable-arrives = La lección pregunta qué pasa con el siguiente segmento que llegue al { $side }, pero no llega ninguno en este paso.
check-blank-segment = La lección deja en blanco un campo del segmento { $n } del { $side }, pero el { $side } envía { $sent } en este paso.
check-blank-ack = La lección deja en blanco el número de confirmación de un segmento que envía el { $side }, pero ese segmento no lleva ACK.

# A lesson that sets the numbering itself (`numbering real|relative`),
# under its title: leaving the lesson gives the student's choice back.
lesson-numbering-real = Esta lección muestra los números de secuencia reales, como los nombra su narración. Marca «números de secuencia relativos» para contar desde cada ISN; al salir de la lección vuelve tu propia elección.
lesson-numbering-relative = Esta lección muestra los números de secuencia relativos al ISN de cada lado. Desmarca «números de secuencia relativos» para verlos como van en la red; al salir de la lección vuelve tu propia elección.

# Preguntas en las lecciones: el estudiante predice antes de que el paso se ejecute.
quiz-form = Predice antes de que se ejecute el siguiente paso
quiz-intro = Antes de ejecutar el siguiente paso: ¿qué ocurrirá? Responde y se ejecutará («Siguiente paso» se salta las preguntas: una pregunta saltada no puntúa).
quiz-ask-state = ¿En qué estado estará el { $side } cuando se haya ejecutado el siguiente paso?
quiz-ask-flags = ¿Qué indicadores llevará el siguiente segmento que envíe el { $side }?
quiz-ask-seq = ¿Qué número de secuencia (SEG.SEQ) llevará el siguiente segmento que envíe el { $side }?
quiz-ask-ack = ¿Qué número de confirmación (SEG.ACK) llevará el siguiente segmento que envíe el { $side }?
quiz-ask-win = ¿Qué ventana (SEG.WND) anunciará el siguiente segmento que envíe el { $side }?
quiz-ask-outcome = ¿Qué hará el { $side } con el siguiente segmento que le llegue?
quiz-pick-state = Elige un estado
quiz-typed-relative = Número (relativo, como en pantalla):
quiz-typed-real = Número (real, como en pantalla):
quiz-typed-bytes = Bytes:
quiz-outcome-accepted = aceptarlo
quiz-outcome-ignored = descartarlo sin responder
quiz-outcome-refused = descartarlo y responder con un ACK
quiz-outcome-challenged = responder con un ACK de desafío (RFC 5961)
quiz-outcome-reset = responder con un RST
quiz-bytes = { $n } bytes
quiz-answer = Responder y ejecutar el paso ▸
quiz-missing = La pregunta { $n } aún no tiene respuesta.
quiz-not-number = Pregunta { $n }: “{ $typed }” no es un número. Escríbelo solo con cifras (0–9).
quiz-right = ✓ Correcto.
quiz-wrong = ✗ No exactamente.
quiz-given = Respondiste:
quiz-happened = Lo que ocurrió:
quiz-why = Por qué:
quiz-score-title = Tu puntuación
quiz-score = { $right } de { $answered } { $answered ->
        [one] pregunta correcta
       *[other] preguntas correctas
    } al primer intento ({ $questions } en la lección).
quiz-score-hints = { $hints ->
        [0] Sin pistas.
        [one] 1 pista usada.
       *[other] { $hints } pistas usadas.
    }

# Huecos en la escalera (líneas `blank`): el estudiante los rellena.
fill-flags = Hueco en la escalera: los indicadores que envió el { $side }
fill-seq = Hueco en la escalera: el número de secuencia (SEG.SEQ) que envió el { $side }
fill-ack = Hueco en la escalera: el número de confirmación (SEG.ACK) que envió el { $side }
fill-win = Hueco en la escalera: la ventana (SEG.WND) que anunció el { $side }
fill-how-flags = Indicadores, como SYN,ACK:
fill-right = correcto ({ $right })
fill-wrong = no exactamente: escribiste { $given }; es { $right }
fill-invalid-number = Escribe un número (solo cifras) y pulsa Intro.
fill-invalid-flags = Escribe indicadores como SYN,ACK (o none) y pulsa Intro.
worksheet-blanks = Rellena las casillas vacías del diagrama de escalera.
worksheet-step = Paso { $n }

# "Escribir una lección" (el editor, una página propia): sus palabras posteriores.
editor-reading = Leyendo la lección…
editor-at = Línea { $line }, columna { $col }
editor-mistakes = Errores en el texto: { $n }
editor-mistakes-more = { $n ->
        [one] Otra línea tiene un error
       *[other] Otras { $n } líneas tienen errores
    }: se listan los primeros { $shown }. Corrígelos y aparecerán los demás.
editor-pages = Este borrador es largo, así que el cuadro muestra una parte cada vez: líneas { $from } a { $to } de { $total }. La comprobación, el guardado y el código para incrustar usan el texto entero.
editor-pages-before = ◂ Líneas anteriores
editor-pages-after = Líneas siguientes ▸
editor-rules-label = Identificadores de regla con «{ $typed }» (↑ y ↓ eligen, Intro inserta, Esc cierra):
editor-rules-none = Ningún identificador de regla contiene lo que escribiste. También vale la sección de una regla, como §3.10.7.4.
editor-rules-more = { $n } más: escribe más del identificador para acortar la lista.
editor-embed-what = Qué copiar
editor-embed-alone = Solo el iframe
editor-embed-script = El iframe y un script que muestra el progreso del estudiante en tu página (donde tu plataforma permita scripts)
editor-parent-wrong = Esto no es un origen: parent= lleva solo el esquema y el nombre del servidor (y un puerto, si lo hay), como https://moodle.your.school. El código lo omite hasta que lo sea.
editor-parent-use = Usar { $origin }
editor-script-waiting = Aún no ha empezado.
editor-script-step = Paso { $step } de { $steps }
editor-script-finished = Lección terminada: { $passed } comprobaciones correctas, { $failed } fallidas.
editor-script-complete = Reto completado. Pistas usadas: { $hints }.
editor-preview = Vista previa al tamaño del iframe ({ $width } × { $height })
editor-preview-again = Mostrar el texto actual
editor-preview-title = Vista previa de la lección incrustada

## Guardar en este navegador, cuando no puede hacerse como siempre

storage-full = El almacenamiento de este navegador está lleno, así que tu sesión anterior no se puede apartar: guardar lo que haces ahora la reemplazaría. ¿Qué hacemos con ella?
storage-full-download = Descargarla y luego guardar esta
storage-full-replace = Reemplazarla
storage-full-keep = Conservarla; no guardar esta
notice-not-saved = Tu sesión anterior sigue guardada. Lo que haces ahora no se guarda en este navegador: usa Exportar ▸ Sesión para conservarlo.
notice-save-too-long = Tu sesión tiene ahora { $n } bytes, más de los { $max } que puede tener una sesión guardada para volver a abrirse, así que no se guarda en este navegador. Sigue aquí en pantalla.
notice-save-too-many = Tu sesión tiene ahora { $n } pasos, más de los { $max } que puede tener una sesión guardada para volver a abrirse, así que no se guarda en este navegador. Sigue aquí en pantalla.
notice-save-failed = Tu sesión no se pudo guardar en este navegador (su almacenamiento está lleno). Sigue aquí en pantalla: usa Exportar ▸ Sesión para conservarla.
notice-save-works = Tu sesión vuelve a guardarse en este navegador.
notice-other-tab = Otra pestaña del playground acaba de guardar un trabajo más reciente. La sesión de esta pestaña la reemplazará cuando actúes aquí; recarga esta pestaña para seguir con la otra.

## Importar, exportar y compartir

export-what-svg = La escalera en SVG
export-what-png = La escalera en PNG
export-what-pcap = La captura (tal como la grabaría la máquina del cliente)
notice-export-covers = { $what } cubre de t = { $from } a { $to }: lo anterior no está incluido (las sesiones largas olvidan sus eventos más antiguos y un PNG guarda las últimas 600 filas).
notice-not-text = “{ $name }” no se pudo leer como texto.
notice-file-too-big = «{ $name }» ocupa { $size } bytes; un archivo de escenario puede tener como máximo { $max } bytes. No se leyó nada; tu sesión sigue igual.
share-label = Enlace para compartir
share-explain = Cualquiera que abra este enlace verá exactamente esta sesión:
share-copy = Copiar enlace
share-copied = Copiado: pégalo donde quieras.
share-copy-by-hand = El navegador no permitió copiar: el enlace está seleccionado, pulsa Ctrl+C (⌘C en un Mac).
share-done = Listo
share-unsupported = Este navegador no puede empaquetar un enlace para compartir; un navegador de 2023 o posterior sí puede.

## Congestion control settings (in the event log)
setting-cc = { $cc ->
        [reno] el { $side } usa ahora el control de congestión Reno (RFC 5681)
        [newreno] el { $side } usa ahora el control de congestión NewReno (RFC 6582)
        [cubic] el { $side } usa ahora el control de congestión CUBIC (RFC 9438)
       *[off] el { $side } ya no usa control de congestión: solo la ventana del otro lado limita lo que envía
    }
setting-iw = { $n ->
        [0] la ventana inicial del { $side } es ahora la del RFC 5681 (de 2 a 4 segmentos, según el tamaño del segmento)
       *[other] la ventana inicial del { $side } es ahora de { $n } segmentos
    }
setting-sack = { $on ->
        [1] los SYN del { $side } ahora ofrecen SACK (RFC 2018): si el otro lado también lo ofrece, los ACK nombran los datos guardados más allá de un hueco
       *[other] el { $side } ya no ofrece SACK: sus ACK llevan solo la confirmación acumulativa
    }

## Un enlace cuello de botella (en el registro, el diagrama y las comprobaciones)

setting-link = el enlace { $from }→{ $to } transmite ahora a { $rate } con una cola de { $queue } segmentos: cada segmento espera su turno y su tiempo de serialización antes de viajar
setting-link-off = el enlace { $from }→{ $to } ya no limita la velocidad: los segmentos salen en seguida
ev-queue = la cola del enlace { $from }→{ $to } tiene ahora { $len } { $len ->
        [one] segmento
       *[other] segmentos
    }
ev-lost-queue-full = #{ $id } se pierde: la cola del enlace está llena (descarte de cola)
ladder-lost-queue-full = perdido (cola llena)
check-link-queue = La lección esperaba aquí { $expected } { $expected ->
        [one] segmento
       *[other] segmentos
    } en la cola del enlace { $from }→{ $to }; { $found ->
        [one] hay 1
       *[other] hay { $found }
    }.

## Las gráficas en el tiempo (issue 33), cargadas al abrirlas.
graphs-title = Gráficas en el tiempo
graph-direction = Sentido
graph-zoom-in = Acercar
graph-zoom-out = Alejar
graph-earlier = Antes
graph-later = Después
graph-reset = Ver todo
graph-export-svg = Guardar gráficas (.svg)
graph-export-png = Guardar gráficas (.png)
graph-help = Arrastra sobre una gráfica para ampliar ese tiempo. Teclas en una gráfica: + y − acercan y alejan, ← y → desplazan, 0 muestra todo, [ y ] seleccionan el evento anterior o siguiente. Un clic en un segmento selecciona su fila en la escalera y su línea en el registro.
graph-ts-title = Gráfica tiempo-secuencia: lo que el { $from } envía al { $to }
graph-cc-title = Gráfica de congestión: las ventanas del { $from }, en bytes, y la cola de su cuello de botella
graph-cc-off = El control de congestión está desactivado en este emisor: solo se dibujan su tamaño en vuelo y la ventana del otro extremo.
graph-key-data = datos enviados (una barra de su primer octeto al último)
graph-key-again = reenviado por el temporizador de retransmisión
graph-key-fast = reenviado por retransmisión rápida
graph-key-probe = sonda de ventana cero
graph-key-other = inyectado a mano o copiado
graph-key-ack = reconocido (ACK recibidos)
graph-key-edge = ACK + ventana (borde derecho de la ventana de recepción)
graph-key-sack = bloques SACK
graph-key-losses = Perdido: ✕ descartado por ti, ○ pérdida aleatoria, □ cola o red llena
graph-key-cwnd = cwnd
graph-key-ssthresh = ssthresh
graph-key-flight = tamaño en vuelo
graph-key-window = ventana del otro extremo
graph-key-recovery = recuperación rápida (sombreada)
graph-key-events = Marcas: 3 tercer ACK duplicado, T expiración del temporizador, P ACK parcial, E fin de la recuperación
graph-key-queue = cola del cuello de botella (segmentos, banda inferior)
graph-text = Eventos y cifras, en texto
graph-none = ninguno
graph-no-events = Todavía no hay retransmisiones, pérdidas, sondas ni eventos de congestión.
graph-more = … y { $n } más
graph-at-ts = En { $time }: enviado hasta { $highest }, reconocido hasta { $ack }, borde de la ventana { $edge }; { $sent } segmentos enviados, { $again } reenviados, { $lost } perdidos.
graph-at-cc = En { $time }: cwnd { $cwnd } bytes, ssthresh { $ssthresh } bytes, tamaño en vuelo { $flight } bytes, ventana del otro extremo { $window } bytes, { $queue } segmentos en la cola.
graph-at-nocc = En { $time }: tamaño en vuelo { $flight } bytes, ventana del otro extremo { $window } bytes, { $queue } segmentos en la cola.
graph-ev-new = { $time }: octetos { $first }–{ $last } enviados.
graph-ev-retransmission = { $time }: octetos { $first }–{ $last } reenviados (retransmisión).
graph-ev-fast = { $time }: octetos { $first }–{ $last } reenviados por retransmisión rápida.
graph-ev-probe = { $time }: sonda de ventana cero, octeto { $first }.
graph-ev-injected = { $time }: octetos { $first }–{ $last } en un segmento hecho a mano.
graph-ev-copy = { $time }: una copia de los octetos { $first }–{ $last }.
graph-lost-hand = Descartado a propósito en { $time } (no es una pérdida aleatoria).
graph-lost-random = Perdido en { $time } (pérdida aleatoria).
graph-lost-queue = Perdido en { $time }: la cola del enlace estaba llena.
graph-lost-wire = Perdido en { $time }: la red estaba llena.
graph-cc-ev-third-dupack = { $time }: tercer ACK duplicado: retransmisión rápida, empieza la recuperación rápida (cwnd { $cwnd }, ssthresh { $ssthresh }).
graph-cc-ev-timeout = { $time }: expira el temporizador de retransmisión (cwnd { $cwnd }, ssthresh { $ssthresh }).
graph-cc-ev-partial-ack = { $time }: ACK parcial: se reenvía el siguiente hueco y la recuperación sigue (cwnd { $cwnd }).
graph-cc-ev-recovery-exit = { $time }: termina la recuperación rápida (cwnd { $cwnd }, ssthresh { $ssthresh }).

# "Download for an LMS (SCORM 1.2)" in the editor, and the package's launch
# page (its words are written into the package in the editor's language).
editor-scorm-title = Un paquete para tu LMS
editor-scorm-help = Un paquete SCORM 1.2 contiene esta lección y todo el playground. Súbelo a Moodle, Canvas o Blackboard como actividad SCORM: el LMS registra entonces la puntuación de cada estudiante, si aprobó, el tiempo dedicado y el paso al que llegó, de modo que quien se va vuelve al mismo paso. El paquete se crea en este navegador; no se envía nada a ningún sitio.
editor-scorm-pass = Nota para aprobar, en porcentaje de preguntas acertadas al primer intento (opcional):
# An example, not a value: the field is empty until one is typed.
editor-scorm-pass-example = p. ej. 70
editor-scorm-pass-none = Sin nota para aprobar, el LMS recibe «completed» (completada) cuando termina la lección.
editor-scorm-pass-some = El LMS recibe «passed» (aprobada) o «failed» (suspendida) cuando termina la lección, según esta nota. Una lección sin preguntas queda «completed».
editor-scorm-pass-wrong = La nota para aprobar es un número entero de 0 a 100. El botón espera a que lo sea, o a que quede vacía.
editor-scorm-download = Descargar para un LMS (SCORM 1.2)
editor-scorm-making = Creando el paquete…
editor-scorm-done = Descargado { $name } ({ $size } MB).
editor-scorm-failed = No se pudo crear el paquete: { $why }
scorm-no-lms = No se encontró ningún sistema de gestión del aprendizaje (LMS), así que no se registra nada: la lección funciona, pero no se guardan tu puntuación ni el punto donde vas.
scorm-refused = El sistema de gestión del aprendizaje (LMS) no quiso iniciar una sesión, así que no se registra nada: la lección funciona, pero no se guardan tu puntuación ni el punto donde vas.
scorm-frame = Lección de TCP Playground
scorm-untitled = Lección de TCP Playground
# A place in a lesson kept by an LMS (resume=) that does not read.
notice-resume-unreadable = No se pudo leer el punto de esta lección que guardó tu curso ({ $why }), así que la lección empieza desde el principio.
graph-y-seq-relative = ↑ número de secuencia, relativo al ISN (bytes)
graph-y-seq-absolute = ↑ número de secuencia, absoluto (bytes)
graph-y-bytes = ↑ bytes
graph-y-segments = ↑ segmentos en la cola
graph-x-time = tiempo desde el inicio de la sesión →
graph-edge-off = ↑ ACK + ventana por encima
graph-edge-off-value = hasta { $edge }
graph-edge-above = El borde derecho de la ventana de recepción (ACK + ventana), { $edge }, queda por encima de la gráfica tiempo-secuencia: corre por el borde superior, marcado con flechas hacia arriba.
graph-arrival = Dibujar los segmentos al llegar
graph-arrival-hint = Cada barra se dibuja cuando llegó al { $to }; un segmento perdido, donde se perdió; uno que sigue en la red no se dibuja. Las líneas de los ACK siguen donde el { $from } los recibió.

## El control de congestión y SACK del panel de ajustes (se cargan con él).
settings-congestion = Control de congestión y SACK
settings-cc-when = El control de congestión (RFC 5681) limita lo que envía un extremo, además de la ventana del otro. Un cambio se aplica en el acto: si se activa durante una conexión, empieza desde la ventana inicial, como lo haría una conexión nueva.
settings-sack-when = SACK (RFC 2018) se ofrece en el SYN de cada extremo y solo se usa si ambos SYN lo ofrecieron: activarlo se aplica a la próxima conexión; desactivarlo lo detiene en el acto. Su recuperación de pérdidas (RFC 6675) solo funciona con el control de congestión activado.
settings-client-cc = Control de congestión del cliente
settings-server-cc = Control de congestión del servidor
settings-client-sack = El cliente ofrece SACK
settings-server-sack = El servidor ofrece SACK
settings-cc-off = desactivado
settings-cc-reno = Reno (RFC 5681)
settings-cc-newreno = NewReno (RFC 6582)
settings-cc-cubic = CUBIC (RFC 9438)

## Words of the parts loaded after the first screen (the composer, the
## settings, the lesson bar, the state diagram, the exports, the editor,
## and what only the sessions chunk draws: events, the TCB, the sequence
## spaces, the outbox, the ladder's lines), moved out of the built-in
## catalog to keep the first load small. The wire's buttons stay built in:
## the first action shows them at once.

num-outside = { $n } ({ $relative ->
        [1] número real, fuera de la ventana
       *[other] fuera de la ventana
    })
num-no-isn = { $n } (número real: todavía no hay ISN)
num-relative = { $n } (relativo)
num-relative-real = { $n } (relativo; real { $real })
who-wire = red
ev-call = la aplicación llama a { $call }
ev-sent = #{ $id } envía { $seg } — { $reason }
ev-released = #{ $id } envía { $seg } (liberado de la bandeja de salida) — { $reason }
ev-injected = #{ $id } segmento hecho a mano, como si viniera del { $from }: { $seg }
ev-duplicate = #{ $id } copia de #{ $of } en la red: { $seg }
ev-queued = retiene en su bandeja de salida: { $seg } — { $reason }
ev-discarded = segmento de la bandeja de salida descartado: { $seg }
ev-delivered = #{ $id } llega al { $to }
ev-lost-random = #{ $id } se pierde (pérdida aleatoria)
ev-lost-wire-full = #{ $id } se pierde: la red ya lleva { $max } segmentos
ev-delayed = #{ $id } se retrasa: ahora llega en el instante { $time }
ev-timer = vence el { $timer }
ev-received = { $len } { $len ->
        [one] byte entregado
       *[other] bytes entregados
    } a la aplicación
ep-tcb = Variables del TCB
ep-tcb-deleted = TCB borrado: sus últimos valores
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
sp-not-yet-cwnd = todavía no se pueden enviar (más allá de lo que cwnd = { $cwnd } bytes permite en vuelo){ $queued ->
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
ep-outbox-more = …y { $n } más en espera (se listan los primeros en salir).
ep-outbox-send = Enviar
ep-outbox-edit = Editar…
ep-outbox-discard = Descartar
ladder-tag-retransmission = (retransmisión { $n })
ladder-tag-fast-retransmit = (retransmisión rápida)
ladder-tag-sack-retransmit = (reenviado: recuperación con SACK)
ladder-tag-go-back-n = (reenviado tras el vencimiento: go-back-N)
ladder-tag-injected = (hecho a mano)
ladder-tag-released = (de la bandeja de salida)
ladder-tag-copy = (copia de #{ $of })
ladder-arrives = llega { $flags }
ladder-arrives-accepted = llega { $flags }: aceptado
ladder-arrives-duplicate = llega { $flags }: ACK duplicado número { $n }
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
notice-challenge-complete = ✓ «{ $name }» está completado. ¡Bien hecho!
notice-nothing-scheduled = No hay nada programado: ningún segmento en tránsito, ningún temporizador en marcha.
notice-no-timer = No hay ningún temporizador en marcha.
notice-scenario-unreadable = No se pudo leer el escenario: línea { $line }, columna { $col }: { $message }
notice-restore-unreadable = { $source } no se pudo leer (línea { $line }, columna { $col }: { $message }); se conserva tu sesión actual.
notice-restore-newer = { $source } se hizo con un TCP Playground más nuevo (formato de escenario { $format }), que esta versión ({ $version }) no puede leer; ábrelo en la versión más nueva. Se conserva tu sesión actual.
notice-restore-stops = { $source } se detiene en la línea { $line }: { $message }. Todo lo anterior a esa línea se reprodujo.
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
notice-lesson-unparsable = No se pudo leer la lección { $url }: línea { $line }, columna { $col }: { $message }
export-range = t = { $from } a { $to }{ $partial ->
        [1] { " " }(la parte conservada de la sesión)
       *[other] {""}
    }
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
lesson-lesson = Lección
lesson-challenge = Reto
lesson-goal-reached = ✓ Objetivo cumplido. Prueba otro reto o sigue explorando.
lesson-end = Llegaste al final de la lección. Todo sigue funcionando: sigue experimentando o elige otra lección.
lesson-end-embed = Llegaste al final de la lección. Todo sigue funcionando: sigue experimentando aquí o continúa con la página de tu curso.
lesson-start = Pulsa «Siguiente paso» para ejecutar el primer paso; su explicación aparecerá aquí.
lesson-preview = A continuación:
lesson-next = Siguiente paso ▸
lesson-hint = Mostrar una pista ({ $n } de { $of })
lesson-leave-challenge = Abandonar el reto
lesson-take-over = Tomar el control (salir de la lección)
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
diagram-label = Diagrama de estados de una conexión TCP (RFC 9293, Figura 5)
diagram-help = C marca el estado del cliente y S el del servidor; la transición que cada uno acaba de recorrer se dibuja en negrita con su causa. Además, desde cualquier estado se puede pasar a CLOSED por un RST, un ABORT o un tiempo agotado. Haz clic en un estado o en una flecha para ver su explicación.
diagram-key = En una flecha, antes de la / está el evento y después, lo que hace TCP; x significa que no se envía nada.
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
editor-embed-local = Este playground está abierto en { $origin }, una dirección que solo este ordenador puede abrir: tus estudiantes no podrían cargar este código. Abre el playground en la dirección web donde está alojado para ellos y crea el código allí.
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

## Words the first screen does not show, moved out of the built-in
## catalog: what only a connection, an action or an import brings (the
## application's signals, the calls, timers and settings in the log, the
## endpoint's timers, receive buffer and outbox, Why's RFC text and rule
## id, the step names, notices after actions) and the state diagram's.

signal-refused = conexión rechazada
signal-reset = conexión reiniciada
signal-closing = la conexión se está cerrando
signal-timed-out = se agotó el tiempo de espera de la conexión
signal-does-not-exist = la conexión no existe
signal-already-exists = la conexión ya existe
signal-error-closing = la conexión se está cerrando
signal-insufficient-resources = recursos insuficientes
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
ev-lost = #{ $id } se pierde
ev-signal = se avisa a la aplicación: “{ $signal }”
ep-send-empty = Primero escribe un texto para que lo envíe el { $side }.
ep-bytes-empty = Escribe cuántos bytes, al menos 1.
ep-received-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }: “{ $text }”
ep-told = Se avisó a la aplicación:
ep-timers-title = Temporizadores en marcha:
ep-timers = temporizadores en marcha
ep-timer-left = { $timer }: quedan { $left }
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
ep-outbox = Bandeja de salida
ep-outbox-empty = Vacía. El estado ya cambió como si cada segmento se hubiera enviado.
explain-selected = Por qué: el evento que seleccionaste
explain-lost = El segmento nunca llega, y su emisor aún no puede saberlo.
explain-rfc = { $count ->
        [one] Lo que dice el { $rfcs }
       *[other] Lo que dicen el { $rfcs }
    }
explain-rfc-and = { $a } y el { $b }
log-forgotten = Los primeros { $n } eventos se olvidaron para ahorrar memoria; los más recientes están todos aquí.
log-rule-id = Id de la regla, para las comprobaciones de las lecciones: { $id }
ladder-waiting = La escalera y los dos extremos muestran el momento anterior al trabajo en curso; se ponen al día cuando el trabajo termina.
ladder-forgotten = los eventos más antiguos se olvidaron para ahorrar memoria; la sesión en sí se conserva
source-file = El archivo importado
notice-told = Se avisa a la aplicación del { $side }: “{ $signal }”.
sim-no-segment = no hay ningún segmento número { $n } en tránsito
sim-no-segment-dir = el { $from } no tiene ningún segmento número { $n } en tránsito
sim-no-outgoing = la bandeja de salida del { $side } no tiene ningún segmento número { $n }
sim-too-many-events = más de { $max } eventos en un solo paso: los extremos parecen responderse sin fin
sim-session-full = la sesión llegó a su límite de { $max } eventos; empieza una nueva para continuar
sim-wire-full = la red ya lleva { $max } segmentos, el máximo que admite
long-progress = Ejecutando «{ $statement }»: { $events } eventos hasta ahora…
long-stop = Detener y deshacer este paso
busy-refused = No se hizo: nada más se ejecuta hasta que esto termine. Espera, o detenlo.
notice-step-stopped = Detenido tras { $events } eventos; ese paso se deshizo.
notice-replay-stopped = { $source } se detuvo tras { $done } de { $total } pasos; lo ejecutado está aquí.
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
controls-next-in = siguiente evento en { $time }
controls-back-at = historial: de vuelta en { $n } de { $of } · actúa para crear una rama desde aquí
controls-own-lesson = En curso: { $title }
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
source-capture = La captura

## Mistakes in the page's address (its URL parameters), said once the
## page has opened
param-embed = embed=“{ $value }” debería ser 1 o 0
param-mode = mode=“{ $value }” debería ser readonly o interactive
param-panel = panels: no existe el panel “{ $value }” (conocidos: { $known })
param-scale = scale=“{ $value }” debería ser un tamaño de texto de 0.75 a 2, como 1.5
param-lang = lang=“{ $value }” no es una etiqueta de idioma como fr o pt-BR
param-lang-narration = lang=“{ $value }”: la narración de una lección se muestra en este idioma cuando la lección la incluye; las palabras del propio playground están en inglés (tiene { $known }).
param-unknown = el parámetro de URL “{ $value }” no es uno que el playground conozca (embed, lesson, panels, mode, lang, scale, id, parent)
param-lesson = lesson=“{ $value }” no es una lección incluida ni la ruta de un archivo como lessons/week5.scn; el playground empieza vacío.
param-lesson-site = lesson=“{ $value }” no está en este sitio: el archivo de una lección debe servirse desde el mismo sitio que el playground. Ponlo a su lado, o usa un enlace de lección de “Escribir una lección”.
param-id = id= debe tener de 1 a { $max } caracteres sin saltos de línea; los mensajes a la página no llevan id
param-parent = parent=“{ $value }” no es un origen como https://moodle.example.edu; los mensajes van a cualquier página que incruste el playground
param-resume = resume= es un punto de una lección, y la dirección no nombra ninguna lección (lesson=): no se ha usado.

## What a scenario's line should have held (the editor, a lesson or
## session that does not read): `p-…` is the parser's English words for
## what it expected, keyed by their hash (src/i18n/mod.rs, parse_phrase_key).
scenario-expected = se esperaba { $what }; se encontró { $found }
scenario-expected-near = se esperaba { $what }; se encontró { $found }. { $then }
scenario-found-end = el final de la línea
scenario-found-text = la cadena { $text }
p-caedcebc = una instrucción (una palabra clave como expect, o client/server)
p-bada4b48 = VAR=SEQ, p. ej. snd.nxt=client.iss+1
p-65e3dc92 = un número (de 0 a 4294967295, o hexadecimal con 0x)
p-cab2eaf0 = una duración como 250ms, 1s o 2m
p-d7f5d5cb = indicadores como SYN,ACK (de SYN ACK FIN RST PSH URG, separados por comas), o none
p-b301f544 = on u off
p-30ad163c = una dirección, client>server o server>client
p-889455ca = real o relative
p-8d18eed4 = qué preguntar: state, sends u outcome
p-5a04c23f = un campo del segmento: flags, seq, ack o win
p-0d7cacbc = la línea de una pregunta de la lección
p-62a636ab = el id de una regla, o -
p-ec302dca = un número de bytes (o nada, para leerlo todo)
p-9314a378 = un número de bytes o "texto" entre comillas dobles
p-d57bbb83 = rate, u off
p-e97f3cd7 = una velocidad como 10mbit (unidades bit, kbit, mbit, gbit)
p-dcc0ed18 = una cola de 0 a 1000 segmentos
p-11134f28 = un control de congestión: off, reno, newreno o cubic
p-2a5ab08a = una ventana inicial de 1 a 1000 segmentos, o rfc5681
p-004a0573 = un tamaño de segmento de 1 a 65495
p-e70abfbb = una duración de al menos 1ms, como 1s
p-e70da24a = un porcentaje de 0 a 100
p-f42321d7 = "texto" o un número de bytes
p-f424b95d = un número de bytes
p-672e6cc1 = un número de bytes
p-80d12b51 = un estado como SYN-SENT, una comprobación VAR=SEQ, received o signal
p-328bec3a = el texto de la lección entre comillas dobles
p-bde64e3e = texto
p-6d51b8dc = el id o la sección de una regla entre comillas dobles, p. ej. "rst-challenge" o "RFC 5961"
p-741abd3f = el texto de la señal entre comillas dobles, p. ej. "connection reset"
p-3b72dd71 = el final de la línea
p-04ffbe5f = el texto entre comillas dobles, o antes una etiqueta de idioma como es
p-86294d3a = una etiqueta de idioma como es antes del texto
p-64fcd548 = una instrucción: title, say, seed, set, client, server, deliver, drop, duplicate, delay, inject, release, discard, advance, run, expect, goal, hint, ask, blank, choice, lesson o capture
p-2a4efa2d = un estado como ESTABLISHED, VAR=SEQ, received o signal
p-980ad458 = un lado (client o server), o la pregunta entre comillas dobles
p-bbc267d2 = una respuesta a esa pregunta
p-0c59b140 = una llamada: listen, connect, send, read, close o abort
p-3e506237 = un ajuste: client.isn, server.isn, client.window, server.window, mss, msl, rto, latency, retries, rfc5961, loss, client.auto, server.auto, client.autoread, server.autoread, client.nagle, server.nagle, client.cc, server.cc, client.iw, server.iw, client.sack, server.sack, link, delayed-ack o mss-option
p-1b046bc9 = qué comprobar: client, server, wire, outbox, link o time
p-2d026652 = client o server
p-4c9e693c = un campo: seq=, ack=, win=, len=, data="…", mss= u options=
p-5ca748ea = seq=NÚMERO o seq=lado.var+N
p-2e2d3822 = ack=NÚMERO o ack=lado.var+N
p-4b0768a3 = win=NÚMERO de 0 a 65535 (un campo de 16 bits)
p-29415588 = data="TEXTO" con el texto entre comillas dobles
p-9a9de013 = options=LISTA como options=mss:1460,ws:7,sackok,ts:1:0
p-267e1eb0 = mss=NÚMERO de 0 a 65535 (un campo de 16 bits)
p-1e45ecbd = data= o len=, no ambos
p-3296c626 = la palabra answer
p-74f156cd = la palabra events
p-c216e15a = la palabra hints
p-5dec53de = la palabra ids
p-36f97e0d = la palabra next
p-ebf6a9bb = la palabra queue
p-34a9038a = la palabra rule
p-4893e8c8 = VAR=SEQ con VAR una de iss, irs, snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd

## A lesson named by the address that could not be fetched (said once
## the fetch has failed)
notice-lesson-network = No se pudo cargar la lección { $url }: no hubo respuesta (¿estás sin conexión?). Vuelve a intentarlo con conexión.
notice-lesson-missing = No se pudo cargar la lección { $url }: el servidor respondió { $status } (404 significa que ese archivo no existe). Revisa la dirección.
notice-lesson-too-large = La lección { $url } ocupa más de { $max } bytes, el máximo para una lección.
notice-lesson-not-text = La lección { $url } no es un archivo de texto.

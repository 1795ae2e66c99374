# Lecciones de TCP Playground en español (mismas claves que lessons.en.ftl).

## handshake.scn

n-42eef67f = El acuerdo en tres pasos (three-way handshake)
n-df8271f2 = La aplicación del servidor llama a listen: un OPEN pasivo. Todavía no se envía nada.
n-16b0214b = La aplicación del cliente llama a connect. Su TCP elige un número de secuencia inicial (ISS) y envía un SYN que lo lleva.
n-3097a7bd = Llega el SYN. El servidor anota el número del cliente (IRS), elige su propio ISS y responde con SYN,ACK: su propio SYN más un ACK del SYN del cliente.
n-22c41e05 = Llega el SYN,ACK. El SYN del cliente está confirmado, así que el cliente pasa a ESTABLISHED y confirma el SYN del servidor.
n-afc94e3c = Llega el ACK: el servidor también pasa a ESTABLISHED. Ahora cada lado sabe dónde empieza el flujo de bytes del otro.
n-723cc049 = ¿Qué enviará el servidor cuando llegue este ACK?
n-29193856 = Nada: un ACK que no lleva datos no se confirma
n-dec429bd = Un ACK del ACK del cliente
n-8fc247d2 = Otra vez su SYN,ACK

## data.scn

n-a4eb3417 = Datos y números de secuencia
n-68a34cff = Los números de secuencia cuentan bytes. El SYN usó el número 1000, así que el primer byte de datos del cliente es el número 1001.
n-6d2c3b2e = El servidor recibe los bytes 1001 a 1005 y los confirma con el número del siguiente byte que espera: 1006.
n-180ee365 = El ACK hace avanzar el SND.UNA del cliente: ya no queda nada pendiente de confirmar.
n-83528b6f = Cada sentido tiene sus propios números. El servidor responde desde su propio espacio de números, que empieza después de su SYN, en 5001.

## flow-control.scn

n-380e04fb = Control de flujo: un lector lento cierra la ventana
n-23f9572b = El servidor tiene un búfer de recepción de 1000 bytes, y su aplicación solo lee cuando se le pide (la lectura automática está desactivada). La ventana que anuncia el servidor es el espacio libre de ese búfer. El cliente envía 600 bytes.
n-2dd44788 = Los 600 bytes se confirman, pero esperan en el búfer hasta que la aplicación lea, así que solo quedan 400 bytes libres: el ACK dice win=400. RCV.NXT avanzó 600 y RCV.WND se redujo en 600, así que RCV.NXT+RCV.WND, el borde derecho de la ventana, no se mueve (RFC 9293 §3.10.7.4). Ahora el cliente envía 700 más.
n-43a54251 = Solo caben 400 de los 700: menos que un segmento completo, y menos que la mitad de la mayor ventana que ha ofrecido el servidor (1000 bytes). Los segmentos así de pequeños malgastan la red (el síndrome de la ventana tonta), así que el cliente los retuvo al principio (§3.8.6.2.1), hasta que su temporizador de anulación los envió de todos modos, tras 500 ms. El búfer está lleno, así que el servidor anuncia una ventana cero; los otros 300 bytes esperan en el cliente. El cliente no debe enviar a una ventana cero, pero una actualización de ventana perdida podría dejarlo esperando para siempre: tras un RTO, sondea la ventana con un byte (§3.8.6.1).
n-60216619 = El búfer sigue lleno, así que el byte de la sonda se rechaza: el servidor responde con el byte que espera a continuación y su ventana, todavía cero. Mientras las sondas reciban respuesta, el cliente mantiene abierta la conexión y sondea cada vez con menos frecuencia.
n-4a7044e1 = La aplicación lee 100 bytes. Eso libera demasiado poco para que valga la pena ofrecerlo: una ventana de 100 bytes invitaría a enviar segmentos diminutos (síndrome de la ventana tonta). La ventana sigue cerrada hasta que el espacio libre alcance min(búfer/2, MSS) = 500 bytes (§3.8.6.2.2).
n-e5d7441b = La aplicación lee el resto. Todo el búfer queda libre: la ventana se reabre a 1000 y el servidor envía una actualización de ventana, un ACK cuya única novedad es la ventana.
n-27dce692 = Llega la actualización. El cliente vuelve a enviar primero el byte de la sonda rechazado y después los datos que lo siguen: 300 bytes vuelven a ocupar parte del búfer.
n-6dc741f7 = Lectura automática activada: la aplicación toma los 300 bytes que esperan y, a partir de ahora, cada byte en cuanto llega. 300 bytes liberados siguen siendo menos de 500, así que la ventana se queda en 700 por ahora (mira el espacio de recepción del servidor: 300 libres, todavía no ofrecidos).
n-eacfe398 = El cliente envía 600 más. Se leen según llegan, así que el espacio liberado y no ofrecido supera los 500: el ACK de los datos vuelve a abrir la ventana a todo el búfer. Pruébalo tú: desactiva la lectura automática, envía muchos datos y mira cómo se cierra la ventana.

## sliding-window.scn

n-15fdcd06 = La ventana de envío se desliza: una transferencia con una pérdida
n-3942c5ce = La aplicación del cliente envía 3000 bytes. La ventana del servidor es de 2000 y un segmento lleva como mucho 500, así que salen cuatro segmentos de una vez. Mira el espacio de envío del cliente: SND.NXT alcanza SND.UNA+SND.WND y los últimos 1000 bytes tienen que esperar.
n-5a0aa902 = El primer segmento llega y se confirma. El segundo se pierde por el camino.
n-5963d565 = El tercer y el cuarto segmento llegan después de un hueco: el servidor los guarda (mira su espacio de recepción) y repite su ACK de 1501, pidiendo los bytes que faltan.
n-934c3000 = El ACK del primer segmento llega al cliente: SND.UNA pasa a 1501 y la ventana se desliza 500 a la derecha, así que pueden salir 500 bytes más. Los ACK repetidos no mueven nada.
n-708d7bf5 = El segmento nuevo también se guarda. El cliente no puede saber qué se perdió hasta que vence su temporizador de retransmisión: entonces vuelve a enviar el segmento sin confirmar más antiguo (la retransmisión rápida, RFC 5681 §3.2, está desactivada en esta lección: set client.cc reno la activa).
n-01eeb565 = Llegan los bytes que faltaban: el hueco se llena, todo lo guardado se entrega de una vez y un solo ACK cubre 2000 bytes. La ventana se desliza 2000 de golpe y salen los últimos 500 bytes.

## slow-start.scn

n-87a152b4 = Arranque lento: la ventana de congestión se duplica en cada ida y vuelta
n-50aab4dc = La conexión está en ESTABLISHED y el cliente aplica control de congestión (Reno, RFC 5681). Su ventana de congestión, cwnd, empieza en la ventana inicial: 4000 bytes, cuatro segmentos de 1000. ssthresh empieza en 65535: mientras cwnd esté por debajo, el emisor está en arranque lento (slow start). La aplicación del cliente envía 60000 bytes, pero solo pueden salir cuatro segmentos. Abre el panel de gráficas (Gráficas en el tiempo) para ver cwnd a lo largo de la lección.
n-7c7a3284 = Una ida y vuelta después (200 ms) han vuelto los cuatro ACK. Cada ACK de datos nuevos suma un segmento a cwnd: 4000 + 4 × 1000 = 8000. Así, cada ACK deja salir dos segmentos, y ahora hay ocho en vuelo: la ventana se duplicó en una ida y vuelta.
n-eb45517c = Otra ida y vuelta: ocho ACK, ocho segmentos más de ventana. cwnd = 16000, dieciséis segmentos en vuelo.
n-44760031 = Tras este viaje de ida y vuelta, ¿qué tamaño tendrá cwnd?
n-cffaee7d = 12000 bytes: crece 4000 en cada viaje de ida y vuelta
n-a719ab5a = 16000 bytes: se duplica en cada viaje de ida y vuelta
n-95e6a3a2 = 9000 bytes: crece un segmento en cada viaje de ida y vuelta
n-d6395ae7 = Una tercera ida y vuelta: cwnd = 32000, treinta y dos segmentos en vuelo. 4000, 8000, 16000, 32000: el arranque lento es exponencial. Estos 32 segmentos son los últimos de los 60000 bytes. El primero de ellos (seq 29001) se pierde ahora por el camino.
n-d6551136 = Los otros 31 segmentos llegan tras un hueco, y cada uno recibe como respuesta un ACK duplicado de 29001. Al tercero, el cliente no espera a su temporizador: la retransmisión rápida vuelve a enviar 29001 enseguida. ssthresh = FlightSize / 2 = 32000 / 2 = 16000, y cwnd = ssthresh + 3 × 1000 = 19000; cada uno de los 28 ACK duplicados siguientes suma 1000 más (recuperación rápida), así que cwnd marca 47000 por ahora.
n-467fbef1 = ¿Cuánto valdrá ssthresh tras el tercer ACK duplicado?
n-f4044638 = 16000 bytes: la mitad de los datos en vuelo
n-216d94ee = 32000 bytes: lo mismo que cwnd
n-52b3c585 = 65535 bytes: una pérdida no lo cambia
n-8c0895b1 = El ACK de la retransmisión cubre los 60000 bytes: termina la recuperación rápida y cwnd = ssthresh = 16000, la mitad de los 32000 que tenía antes de la pérdida. En el panel de gráficas, el texto bajo la gráfica de congestión (Eventos y cifras, en texto) lista el tercer ACK duplicado y después el fin de la recuperación rápida, con cwnd 16000 y ssthresh 16000.

## sawtooth.scn

n-d8e86c2b = Evitación de la congestión: el diente de sierra de una transferencia larga a través de una cola pequeña
n-5f46d377 = Entre cliente y servidor hay ahora un router con un enlace lento (800 kbit/s: 100 segmentos de 960 bytes por segundo) y una cola de 4 segmentos. El cliente usa NewReno y envía 480000 bytes, 500 segmentos. El arranque lento empieza con cwnd = 3840, cuatro segmentos: el enlace envía uno y tres esperan en la cola.
n-71df9bc3 = El arranque lento duplicó cwnd en cada ida y vuelta, pero cada ACK dejaba salir dos segmentos mientras el enlace envía uno: la cola se llenó y desbordó. Se descartaron diez segmentos (cola llena). Al tercer ACK duplicado, retransmisión rápida: ssthresh = FlightSize / 2 = 24000 / 2 = 12000 (FlightSize sin los dos segmentos que la transmisión limitada envió con los dos primeros ACK duplicados).
n-b77b6b6e = NewReno repara los diez huecos uno por ida y vuelta: cada ACK parcial hace reenviar el siguiente. Luego termina la recuperación y cwnd (11520) queda por debajo de ssthresh: de nuevo arranque lento, hasta que cwnd alcanza ssthresh. Ahora cwnd = 12480, por encima de ssthresh: evitación de la congestión.
n-3fbef3b2 = En evitación de la congestión, cwnd crece un segmento (960 bytes) por ida y vuelta: 12480, 13440, 14400, 15360. Un segmento más en vuelo en cada ida y vuelta es uno más esperando en la cola, hasta que vuelve a estar llena: se descarta un segmento.
n-1fc09785 = Tres ACK duplicados: retransmisión rápida. ssthresh = 15360 / 2 = 7680 y, una vez confirmado el segmento perdido, cwnd = 7680: la ventana se ha reducido a la mitad.
n-6050223a = Y otra vez: un segmento más por ida y vuelta, de 7680 a 15360, la cola se llena, un descarte, y la ventana baja a la mitad, 7680. Cada diente dura 1.17 s. Abre el panel de gráficas (Gráficas en el tiempo): cwnd dibuja un diente de sierra, y la cola, debajo, se llena y se vacía con cada diente.
n-6ef0f0c6 = Dos dientes más, y han llegado los 480000 bytes. El emisor nunca supo la velocidad del enlace: la encontró perdiendo un segmento, reduciendo su ventana a la mitad y haciéndola crecer de nuevo, un segmento por ida y vuelta.

## fast-retransmit-vs-timeout.scn

n-abb89fa8 = La misma pérdida dos veces: retransmisión rápida, y luego un vencimiento del temporizador de retransmisión
n-ec085c50 = El cliente usa Reno. Su aplicación envía 4000 bytes: cuatro segmentos, lo que cwnd (4000) permite. El primero (seq 1001) se pierde; lo siguen tres segmentos.
n-8ea29505 = Los tres segmentos que van tras el hueco provocan cada uno un ACK duplicado de 1001. El tercer ACK duplicado es la señal: la retransmisión rápida vuelve a enviar 1001 enseguida, 200 ms después de la pérdida, mucho antes de que venciera el temporizador de retransmisión (1 s). ssthresh = 4000 / 2 = 2000 y cwnd = 2000 + 3 × 1000 = 5000 (recuperación rápida).
n-7b206cbf = El ACK de la retransmisión cubre los cuatro segmentos: la recuperación rápida termina con cwnd = ssthresh = 2000. La pérdida costó una ida y vuelta y la mitad de la ventana.
n-59ed176b = Ahora la misma pérdida con pocos datos detrás. La aplicación envía 2000 bytes: dos segmentos. El primero (seq 5001) se pierde, y solo lo sigue un segmento.
n-9f0a1037 = Llega un segmento tras el hueco: un ACK duplicado, no tres. El cliente no tiene datos nuevos que enviar (la transmisión limitada los enviaría), así que no pueden llegar más ACK duplicados. Solo puede esperar a su temporizador de retransmisión.
n-9524113d = Vence el temporizador de retransmisión, 1 s después de enviar los datos, y 5001 sale de nuevo. Tras un vencimiento, al emisor ya no le llegan ACK que marquen el ritmo, así que el RFC 5681 le hace empezar de nuevo: ssthresh = max(2000 / 2, 2 × 1000) = 2000, y cwnd cae a un segmento, 1000 bytes: el emisor vuelve a empezar con el arranque lento. Compara los dos casos en el panel de gráficas: con el tercer ACK duplicado, ssthresh se reduce a la mitad y cwnd queda en ese valor una vez reparada la pérdida; con el vencimiento, cwnd cae a un segmento, tras una espera de 1 s.
n-9d5df053 = Se confirma la retransmisión, junto con el segmento que el receptor guardaba: el arranque lento hace crecer cwnd un segmento, hasta 2000. El vencimiento descubrió la pérdida tras cinco idas y vueltas (1 s); los ACK duplicados, tras una.

## newreno-sack.scn

n-e20f8d13 = Dos pérdidas en una ventana: los ACK parciales de NewReno, y luego SACK
n-57939d39 = El cliente usa NewReno (RFC 6582), con una ventana inicial de diez segmentos. Su aplicación envía 10000 bytes: los diez segmentos salen a la vez. Se pierden dos: el primero (seq 1001) y el tercero (seq 3001).
n-7e9436fb = Los ocho segmentos que llegaron provocan cada uno un ACK duplicado de 1001. El tercero inicia la retransmisión rápida: 1001 sale de nuevo, ssthresh = 10000 / 2 = 5000, y cwnd crece con cada ACK duplicado. Pero los ACK no dicen nada de 3001: sin SACK, el emisor solo sabe que falta 1001.
n-cfb7027a = La retransmisión llena el primer hueco, y el ACK dice 3001: todo hasta el segundo hueco, pero no todo lo enviado. Es un ACK parcial: NewReno sigue en recuperación rápida y reenvía 3001 ahora, una ida y vuelta después del primero.
n-58e24e42 = Su ACK cubre los 10000 bytes (un ACK completo): termina la recuperación, cwnd = 2000. Dos huecos costaron dos idas y vueltas de recuperación: una por hueco.
n-a67f2287 = Ahora lo mismo con SACK (RFC 2018). SACK se acuerda en los SYN, así que se cierra la conexión y se abre una nueva, con los dos SYN ofreciendo SACK-permitted. La conexión está en ESTABLISHED; su cliente numera sus bytes desde 11001, tras los de la primera conexión, para que las gráficas separen las dos. Salen los mismos 10000 bytes, y se pierden los mismos dos segmentos: el primero (11001) y el tercero (13001).
n-d34f9726 = Esta vez cada ACK duplicado lleva bloques SACK que nombran los datos que llegaron: de 12001 a 13001, y de 14001 en adelante. Al tercero empieza la recuperación (RFC 6675): ssthresh = cwnd = 5000, y 11001 sale de nuevo. Unos ACK después, los bloques muestran más de dos segmentos de datos por encima de 13001, así que 13001 también se da por perdido, y sale de nuevo en cuanto los datos en la red (pipe) dejan sitio: en la misma ida y vuelta. Los dos huecos van en camino.
n-f3e70902 = Una ida y vuelta después, los 10000 bytes están confirmados y la recuperación termina con cwnd = ssthresh = 5000. Con SACK, dos huecos costaron una ida y vuelta; NewReno necesitó una por hueco. El panel de gráficas muestra ambos: la gráfica de tiempo y secuencia dibuja los bloques SACK, y la gráfica de congestión marca el ACK parcial de NewReno.

## reno-cubic.scn

n-f24b4091 = Reno contra CUBIC en el mismo camino
n-0097a45e = El camino de la lección del diente de sierra: un enlace de 800 kbit/s tras una cola de 4 segmentos. El cliente usa primero NewReno y envía 300000 bytes. Abre el panel de gráficas (Gráficas en el tiempo) para comparar las dos formas.
n-014822b7 = Tras el arranque lento y sus pérdidas, NewReno se asienta en su diente de sierra: cada pérdida reduce cwnd a la mitad (de 15360 a ssthresh = 15360 / 2 = 7680), y luego crece un segmento por ida y vuelta hasta que la cola vuelve a desbordarse.
n-bd3996f0 = La transferencia termina. La conexión queda inactiva; luego el cliente cambia a CUBIC (RFC 9438) y envía 300000 bytes más por el mismo camino. Tras la pausa, cwnd vuelve a la ventana inicial, 3840 (RFC 5681 §4.1), y ssthresh sigue siendo el 7680 que dejó NewReno: el arranque lento subirá hasta él.
n-a54c6a3c = La primera pérdida de CUBIC: recorta al 70 % de los datos en vuelo, no a la mitad: ssthresh = 15360 × 0.7 = 10752 (β_cubic = 0.7), y la recuperación termina en 10560. NewReno bajó a 7680 desde los mismos 15360.
n-55690084 = CUBIC hace crecer su ventana según una función cúbica del tiempo desde la pérdida: rápido justo después, luego más despacio al acercarse a W_max, la ventana en la que ocurrió la pérdida (la región cóncava). Su diente de sierra se mueve entre unos 10500 y 15500 bytes; el de NewReno iba de 7680 a 15360. Con un suelo más alto, CUBIC mantiene de media más datos en vuelo. Se diseñó para caminos largos y rápidos, donde el segmento por ida y vuelta de Reno tarda muchísimo en recuperar una ventana grande.

## why-random-isn.scn

n-3aaf08a9 = Por qué los números de secuencia iniciales son aleatorios
n-c9fc6afd = El cliente envía algunos datos. El segmento se queda atascado en algún punto de la red durante mucho tiempo; en su lugar, la retransmisión del cliente sí llega.
n-c23fb984 = La conexión se cierra con normalidad y pasa el TIME-WAIT (aquí 2 x MSL = 2 s). El segmento antiguo sigue viajando.
n-fa6e627a = Ahora una conexión nueva entre los mismos dos puertos empieza con los MISMOS números de secuencia iniciales que la anterior.
n-801bfb76 = Por fin llega el segmento antiguo. Su número de secuencia es exactamente el que espera la conexión nueva, así que ¡el servidor entrega datos obsoletos!
n-c43f6fdb = Con ISN impredecibles, los números antiguos casi seguro quedarían fuera de la ventana nueva y se rechazarían. Por eso, y para protegerse de segmentos falsificados, el RFC 9293 §3.4.1 pide ISN difíciles de adivinar.

## active-close.scn

n-5f48e961 = Cerrar la conexión: el cierre en cuatro pasos y TIME-WAIT
n-b50a2733 = El cliente no tiene nada más que enviar. Su aplicación llama a close: el TCP envía un FIN, que ocupa un número de secuencia.
n-4de75a74 = Llega el FIN. El servidor lo confirma y avisa a su aplicación de que el otro extremo está cerrando; el servidor todavía puede enviar.
n-d3d936a6 = Llega el ACK: el FIN del cliente está confirmado, así que el cliente espera en FIN-WAIT-2 el FIN del servidor.
n-a9074b20 = La aplicación del servidor también cierra: sale su FIN y el servidor espera el último ACK.
n-8293972f = El cliente confirma el FIN y entra en TIME-WAIT.
n-409e81d0 = Llega el último ACK: el servidor olvida la conexión de inmediato. El cliente se queda en TIME-WAIT durante 2 x MSL (aquí 60 s), por si su último ACK se perdió y el FIN vuelve a llegar.
n-1ac4eea0 = 60 s después termina el TIME-WAIT: el cliente también olvida la conexión.

## lost-syn-lesson.scn

n-446a3746 = Un SYN perdido: retransmisión con retroceso exponencial
n-5b9d835a = El cliente se conecta, pero su SYN se pierde en la red.
n-6386e9b5 = Vence el temporizador de retransmisión (RTO, al principio 1 s): se vuelve a enviar el mismo SYN.
n-85390d2d = Se pierde otra vez. Cada vencimiento duplica el RTO, así que el siguiente intento llega 2 s después, en el instante 3 s.
n-975d99ee = Esta vez llega y se completa el acuerdo en tres pasos (three-way handshake).

## lost-final-ack.scn

n-ef4a6647 = Un ACK final perdido: TIME-WAIT vuelve a responder al FIN
n-60748abe = El último ACK del cliente se pierde.
n-2fb4adb1 = El FIN del servidor se retransmite cuando vence su RTO.
n-e07cd0f9 = El FIN llega otra vez. El cliente, todavía en TIME-WAIT, lo vuelve a confirmar y empieza de nuevo su espera de 2 x MSL.
n-88f500f3 = Esta vez el ACK llega: el servidor olvida la conexión.
n-69dc8855 = En el instante 60.5 s han pasado 2 x MSL desde que el cliente entró en TIME-WAIT por primera vez. Sigue esperando: su espera volvió a empezar cuando el FIN llegó otra vez.
n-28554775 = En el instante 61.5 s, 2 x MSL después del segundo FIN, termina el TIME-WAIT: el cliente también olvida la conexión.

## simultaneous-open.scn

n-6d9751ed = Apertura simultánea: los dos lados se conectan a la vez
n-d7ad5b7d = Las dos aplicaciones llaman a connect: dos SYN se cruzan en la red.
n-94212f4a = Un SYN sin ACK en SYN-SENT: cada lado pasa a SYN-RECEIVED y responde con SYN,ACK (RFC 9293 §3.10.7.3).
n-5857dce1 = Cada SYN,ACK confirma el SYN del otro: los dos llegan a ESTABLISHED (RFC 9293, Figura 7).

## simultaneous-close-lesson.scn

n-a5317b2b = El cierre simultáneo pasa por CLOSING
n-8c91fe40 = Las dos aplicaciones cierran en el mismo momento: dos FIN se cruzan en la red.
n-22774297 = El FIN del cliente llega al servidor, cuyo propio FIN todavía no está confirmado: el servidor entra en CLOSING y lo confirma.
n-f02b0071 = El FIN del servidor llega al cliente: allí ocurre lo mismo.
n-51440a6e = Cada ACK de un FIN hace pasar a quien lo recibe de CLOSING a TIME-WAIT. Los dos lados esperan 2 x MSL.
n-8fd2a2d9 = 2 x MSL (aquí 60 s) después termina el TIME-WAIT en los dos lados: ambos olvidan la conexión.

## half-close-lesson.scn

n-3843362c = Semicierre: un sentido se cierra y el otro sigue funcionando
n-5344a2bf = El cliente envía su petición.
n-0ff4b144 = El cliente no tiene nada más que decir, pero todavía quiere la respuesta: cierra solo su sentido.
n-c0beb19f = El servidor todavía puede enviar: los datos fluyen hacia el lado que envió el FIN.
n-a038c04d = Ahora el servidor también cierra su sentido: el cliente confirma su FIN y entra en TIME-WAIT, y el servidor, con su FIN confirmado, olvida la conexión.
n-45c68eae = 2 x MSL (aquí 60 s) después termina el TIME-WAIT del cliente: también olvida la conexión.

## closed-port.scn

n-e2ecf614 = Conectarse a un puerto donde nadie escucha
n-f933011f = Nadie escucha en el servidor. Aun así, el cliente intenta conectarse.
n-11888998 = Un TCP sin conexión responde con un RST a todo lo que llega, salvo a un RST. Este SYN no tiene ACK, así que el RST lo confirma: SEQ=0, ACK=SEG.SEQ+SEG.LEN.
n-390879fc = El RST confirma el SYN del cliente, así que el cliente lo acepta: la conexión se reinicia.
n-dd1926a5 = Después no se retransmite nada.

## reset-on-abort.scn

n-eb5ae6db = ABORT: reiniciar una conexión
n-7fcb19b7 = La aplicación del cliente llama a abort: sin FIN y sin esperas, su TCP envía un RST y olvida la conexión de inmediato.
n-2879bbc7 = El número de secuencia del RST es exactamente el que espera el servidor, así que se acepta: se avisa a la aplicación del servidor de que la conexión se reinició.

## half-open.scn

n-7f2adf89 = Una conexión semiabierta tras una caída se reinicia
n-15a13b02 = El servidor se cae: olvida la conexión y su RST se pierde.
n-41ebd511 = El cliente envía datos; el servidor no tiene conexión y responde con un RST. El segmento del cliente confirma 5001, el siguiente byte que el cliente espera, así que el RST toma SEQ=SEG.ACK = 5001 (§3.10.7.1).
n-9665ef71 = El RST lleva exactamente el número que el cliente espera: el cliente lo acepta y a su aplicación se le avisa de que la conexión se reinició.

## wraparound.scn

n-e67da349 = Los números de secuencia dan la vuelta al llegar a 2^32
n-210be918 = Los números de secuencia tienen 32 bits. El ISN de este cliente es 0xFFFFFFF0 (4294967280), solo 16 por debajo del tope.
n-274d4700 = Envía 40 bytes: los números 4294967281 a 4294967295 y luego, tras dar la vuelta, 0 a 24.
n-53b917e2 = El servidor confirma 25: las comparaciones se hacen módulo 2^32, así que 25 cuenta como posterior a 4294967281.

## challenge-ack-rst.scn

n-5e51c21b = Ataque de reinicio a ciegas: un RST dentro de la ventana recibe un ACK de desafío
n-491a7666 = Un atacante adivina un número de secuencia dentro de la ventana del servidor, pero no el exacto. El servidor no reinicia la conexión: responde con un ACK de desafío (RFC 5961 §3.2).
n-8ae08439 = El cliente real recibe el ACK de desafío; es aceptable, así que no responde nada.
n-597ab66b = Un RST fuera de la ventana se descarta en silencio.
n-ecb1c1b5 = Solo un RST cuyo número de secuencia es exactamente RCV.NXT reinicia la conexión.

## myths.scn

n-d6b21413 = Mitos sobre TCP, puestos a prueba
n-bc91e7bb = Mito 1: “el servidor espera un SYN,ACK del cliente antes de poder enviar”. En una apertura normal el cliente nunca envía un SYN,ACK: envía SYN y después un ACK simple.
n-52d83383 = Mito 2: “todos los segmentos de datos llevan FIN”. Los segmentos de datos llevan ACK (y PSH); FIN aparece una sola vez, cuando la aplicación cierra.
n-52357d58 = Mito 3: “un solo paquete perdido bloquea la conexión para siempre”. Aquí se pierde el siguiente segmento de datos y el tiempo sigue: su emisor lo retransmite.
n-5cf529e7 = Mito 4: “solo el cliente espera en TIME-WAIT”. Espera quien cierra primero. Aquí el servidor cierra primero.

## challenge-closing.scn

n-a0246c9b = Reto: lleva al cliente a CLOSING
n-841f6325 = Los dos lados están en ESTABLISHED. Consigue que el cliente llegue al estado CLOSING.
n-1129a17b = CLOSING significa: enviamos un FIN y después recibimos el FIN del otro extremo antes de que se confirmara nuestro propio FIN.
n-1b7f50ea = Haz que las dos aplicaciones cierren antes de que llegue cualquiera de los dos FIN.
n-12c9134f = Pulsa Cerrar en el cliente y en el servidor; después entrega primero al cliente el FIN del servidor.

## challenge-give-up.scn

n-e0b50a46 = Reto: haz que el servidor abandone
n-589ab027 = Haz que el TCP del servidor abandone la conexión y avise a su aplicación con “se agotó el tiempo de espera de la conexión”. (Aquí abandona tras 3 retransmisiones.)
n-30caf4d4 = Un TCP abandona cuando sus retransmisiones nunca se confirman.
n-67c1e7e7 = El servidor tiene que tener algo pendiente: haz que su aplicación envíe datos (o cierre).
n-75e971a5 = Pulsa Perder en cada copia que envíe el servidor: la primera y cada retransmisión. Usa “Saltar al siguiente temporizador” para esperar.

## challenge-ack.scn

n-a5d84d13 = Reto: consigue un ACK de desafío
n-a8d997da = Hazte pasar por un atacante. Haz que el servidor responda con un ACK de desafío (RFC 5961) en lugar de reiniciar la conexión.
n-eb8770ad = El RFC 5961 protege contra los reinicios a ciegas: solo se confía en un RST cuando su número de secuencia es exactamente RCV.NXT.
n-51707fa4 = Crea un RST desde el cliente (con el compositor) cuyo número de secuencia esté dentro de la ventana del servidor, pero que no sea exactamente el esperado.
n-3dbf59cd = En el compositor: elige cliente → servidor, marca solo RST, suma 100 al número de secuencia que ya viene rellenado y entrégalo.

## challenge-server-time-wait.scn

n-362534e5 = Reto: haz que el servidor espere en TIME-WAIT
n-509a3fa3 = Mucha gente cree que solo los clientes esperan en TIME-WAIT. Lleva al SERVIDOR a TIME-WAIT.
n-53d8ed1f = TIME-WAIT le corresponde al lado que cierra primero (el cierre activo).
n-12863761 = Cierra primero el servidor, después el cliente, y entrega todo.

## challenge-reset-without-abort.scn

n-d0a5a108 = Reto: un reinicio que el cliente no pidió
n-e32134d1 = Consigue que se avise a la aplicación del cliente con “conexión reiniciada” sin que el cliente pulse nunca Abortar.
n-f7bf7f91 = Un RST puede venir del otro lado.
n-dfaaf57c = Pulsa Abortar en el servidor, o crea un RST desde el servidor cuyo número de secuencia sea exactamente el RCV.NXT del cliente.

## challenge-zero-window.scn

n-67eb4ce7 = Desafío: haz que el cliente sondee una ventana cero
n-9db911c1 = Haz que el TCP del cliente envíe una sonda de ventana cero: un byte enviado a una ventana que el servidor ha cerrado. El búfer de recepción del servidor tiene 2000 bytes.
n-384bea8f = Un receptor cierra su ventana cuando su búfer está lleno: los datos esperan allí hasta que su aplicación lee.
n-86b5786f = Desactiva la lectura automática del servidor, para que su aplicación deje los datos en el búfer.
n-b626f0c8 = Después deja que el cliente envíe más de 2000 bytes, y espera: el cliente sondea cuando la ventana lleva un RTO en cero (Saltar al siguiente temporizador).

## challenge-halve-window.scn

n-24177140 = Reto: haz que el emisor reduzca su ventana a la mitad sin un vencimiento
n-35774647 = El cliente usa el control de congestión Reno, con cwnd = 4000 bytes (cuatro segmentos de 1000). Haz que reduzca su ventana a la mitad mediante la retransmisión rápida: debe terminar la recuperación rápida (cwnd = ssthresh, la mitad de los datos que estaban en vuelo) sin que su temporizador de retransmisión llegue a vencer nunca.
n-70a60790 = La retransmisión rápida empieza con el tercer ACK duplicado: el receptor envía uno por cada segmento que llega tras un hueco.
n-e5bf1e2d = Haz que el cliente envíe al menos 4000 bytes, para que tres segmentos sigan al primero. Luego pulsa Perder en el primer segmento del cable.
n-e245e8dc = Después deja correr el tiempo (Reproducir, o Avanzar al siguiente evento): los ACK duplicados vuelven en una ida y vuelta, mucho antes de que venciera el temporizador de retransmisión (1 s). El panel de gráficas (Gráficas en el tiempo) muestra cwnd y ssthresh mientras tanto.

## zero-window.scn

n-74f209b0 = Se sondea una ventana cero y la conexión sigue abierta
n-44d65bbc = La ventana de recepción del servidor es cero: el cliente no puede enviar sus datos.
n-8885fe22 = Tras un RTO, el cliente sondea la ventana con un byte (RFC 9293 §3.8.6.1).
n-00c6d9dc = La ventana sigue en cero: la sonda no se acepta, pero recibe respuesta.
n-e2418861 = Las sondas continúan con retroceso exponencial; mientras las sondas reciban respuesta, el cliente nunca abandona.
n-8c8e3105 = La aplicación del servidor hace sitio: la siguiente sonda se acepta y la ventana se abre.

## challenge-ack-syn.scn

n-dc908cc0 = Un SYN en una conexión abierta recibe un ACK de desafío
n-1e638a79 = El cliente se cae: olvida la conexión, y el RST que envía al abortar se pierde. El servidor no se entera de nada.
n-bd55947a = Tras reiniciarse, el cliente volvería a conectarse desde el mismo puerto: aquí se fabrica a mano un SYN con un ISN nuevo. El servidor no se fía de un SYN en una conexión abierta: responde con un ACK de desafío que indica los números que espera (RFC 5961 §4).
n-2c37cc13 = El cliente no tiene conexión, así que responde al ACK con un RST que lleva el número que indica el ACK, exactamente el que espera el servidor: el servidor olvida la conexión antigua.

## rst-in-window-rfc793.scn

n-a2fd94fc = Sin el RFC 5961, cualquier RST dentro de la ventana reinicia la conexión

## syn-in-window-rfc793.scn

n-b1a23ea3 = Sin el RFC 5961, un SYN dentro de la ventana reinicia la conexión

## data-retransmission.scn

n-07a6a9bf = Los datos perdidos se retransmiten cuando vence el RTO

## out-of-order.scn

n-6d66bb13 = Los segmentos fuera de orden esperan a que se llene el hueco
n-12e1952d = El cliente envía 6 bytes. Aquí un segmento lleva como mucho 3, así que salen dos segmentos: los bytes 1001 a 1003 y después 1004 a 1006.
n-3e3e95e9 = El segundo segmento llega primero. El servidor lo guarda (mira su espacio de recepción), no entrega nada a su aplicación y repite lo que espera: ACK 1001.
n-c47dd068 = El primer segmento llena el hueco: el servidor entrega de una vez los 6 bytes a su aplicación y confirma 1007.
n-78167b93 = Los ACK llegan al cliente: el ACK repetido de 1001 no cambia nada; el ACK de 1007 confirma los 6 bytes.

## window.scn

n-ade07228 = El emisor se mantiene dentro de la ventana del receptor
n-8decf9f0 = La ventana del servidor es de 1000 bytes y un segmento lleva como mucho 500. La aplicación del cliente envía 1800 bytes: dos segmentos llenan la ventana y los otros 800 bytes tienen que esperar.
n-0d8702d6 = Llegan los dos segmentos y el servidor confirma cada uno.
n-1d9c8b17 = Cada ACK desliza la ventana 500 bytes a la derecha: el primero deja salir 500 bytes más, el segundo los últimos 300. Llegan los 1800 bytes.

## duplicate-syn.scn

n-e0e83379 = A un SYN duplicado en SYN-RECEIVED se le responde con un ACK

## reorder-delay.scn

n-df9ba238 = Retrasar un FIN detrás de los datos no hace que se pierdan los datos

## manual-mode.scn

n-bdfd8726 = Modo manual: los segmentos esperan en la bandeja de salida
n-ffb2a296 = El servidor está en modo manual: lo que envía su TCP espera en su bandeja de salida. Llega el SYN del cliente: el TCP del servidor forma su SYN,ACK y pasa a SYN-RECEIVED como si lo hubiera enviado, pero el SYN,ACK espera en la bandeja de salida.
n-ce40d532 = El SYN,ACK se descarta. El TCP del servidor cree que se envió, así que cuando vence su temporizador de retransmisión, una copia nueva espera en la bandeja de salida. Mientras tanto, el propio temporizador del cliente volvió a enviar su SYN.
n-a74e0d17 = Se libera el SYN,ACK: sale al cable y llega al cliente, que pasa a ESTABLISHED y lo confirma.
n-ae7c622e = El SYN repetido del cliente se pierde por el camino; su ACK llega al servidor, que también pasa a ESTABLISHED.

## listen-ack-rst.scn

n-13c6d2b2 = LISTEN responde con un RST a un ACK extraviado

## syn-sent-bad-ack.scn

n-ba1e4a9b = SYN-SENT responde con un RST a un SYN,ACK que confirma un número equivocado

## give-up.scn

n-eaf61687 = Tras demasiadas retransmisiones, el extremo abandona
n-b1674c4f = El cliente se conecta, pero su SYN se pierde, y también cada retransmisión, enviadas a medida que el RTO se duplica: en el instante 7 s acaba de perderse la tercera.
n-4fc6afe1 = Cuando el temporizador vence por cuarta vez, en el instante 15 s, el SYN ya se ha reenviado 3 veces, tantas como el cliente puede (retries 3): se rinde, y a su aplicación se le avisa de que la conexión agotó el tiempo de espera.

## refused-calls.scn

n-22302fd0 = Las llamadas que el RFC rechaza reciben su texto de error

# The bundled lessons' titles, narration and hints, keyed by a hash of
# the English text (a changed sentence gets a new key, so no stale
# translation is shown). Written by
# UPDATE_I18N=1 cargo test -p tcp-playground --lib lessons; do not edit.
# Translations: lessons.LANG.ftl with the same keys.

## handshake.scn

n-42eef67f = The three-way handshake
n-df8271f2 = The server's application calls listen: a passive OPEN. Nothing is sent yet.
n-16b0214b = The client's application calls connect. Its TCP picks an initial sequence number (ISS) and sends a SYN carrying it.
n-3097a7bd = The SYN arrives. The server records the client's number (IRS), picks its own ISS and answers SYN,ACK: its own SYN, plus an ACK of the client's.
n-22c41e05 = The SYN,ACK arrives. The client's SYN is acknowledged, so the client is ESTABLISHED and acknowledges the server's SYN.
n-afc94e3c = The ACK arrives: the server is ESTABLISHED too. Each side now knows where the other's byte stream starts.
n-723cc049 = What will the server send when this ACK arrives?
n-29193856 = Nothing: an ACK that carries no data is not acknowledged
n-dec429bd = An ACK of the client's ACK
n-8fc247d2 = Its SYN,ACK again

## data.scn

n-a4eb3417 = Data and sequence numbers
n-68a34cff = Sequence numbers count bytes. The SYN used number 1000, so the client's first data byte is number 1001.
n-6d2c3b2e = The server takes bytes 1001 to 1005 and acknowledges with the number of the next byte it expects: 1006.
n-180ee365 = The ACK moves the client's SND.UNA up: nothing is outstanding any more.
n-83528b6f = Each direction has its own numbers. The server answers from its own space, which starts after its SYN, at 5001.

## flow-control.scn

n-380e04fb = Flow control: a slow reader closes the window
n-23f9572b = The server has a receive buffer of 1000 bytes, and its application reads only when asked to (auto-read is off). The window the server advertises is the free space in that buffer. The client sends 600 bytes.
n-2dd44788 = The 600 bytes are acknowledged, but they wait in the buffer until the application reads, so only 400 bytes are free: the ACK says win=400. RCV.NXT moved 600 forward and RCV.WND shrank by 600, so RCV.NXT+RCV.WND, the window's right edge, stays put (RFC 9293 §3.10.7.4). Now the client sends 700 more.
n-43a54251 = Only 400 of the 700 fit: less than a full segment, and less than half the largest window the server has offered (1000 bytes). Small segments like that waste the network (silly window syndrome), so the client held them at first (§3.8.6.2.1) until its override timer sent them anyway, after 500 ms. The buffer is full, so the server advertises a zero window; the other 300 bytes wait at the client. The client must not send into a zero window, but a lost window update could leave it waiting forever: after one RTO it probes the window with one byte (§3.8.6.1).
n-60216619 = The buffer is still full, so the probe's byte is refused: the server answers with the byte it expects next and its window, still zero. As long as probes are answered, the client keeps the connection open and probes less and less often.
n-4a7044e1 = The application reads 100 bytes. That frees too little to be worth offering: a 100-byte window would invite tiny segments (silly window syndrome). The window stays closed until the free space reaches min(buffer/2, MSS) = 500 bytes (§3.8.6.2.2).
n-e5d7441b = The application reads the rest. The whole buffer is free: the window reopens to 1000 and the server sends a window update, an ACK whose only news is the window.
n-27dce692 = The update arrives. The client sends the refused probe byte again first, then the data after it: 300 bytes fill part of the buffer again.
n-6dc741f7 = Auto-read on: the application takes the 300 bytes waiting, and from now on every byte as soon as it arrives. 300 freed bytes are still under 500, so the window stays at 700 for now (see the server's receive space: 300 free, not offered yet).
n-eacfe398 = The client sends 600 more. They are read as they arrive, so the space freed and not offered passes 500: the ACK of the data opens the window to the whole buffer again. Try it yourself: turn auto-read off, send a lot of data, and watch the window close.

## sliding-window.scn

n-15fdcd06 = The send window slides: a transfer with a loss
n-3942c5ce = The client's application sends 3000 bytes. The server's window is 2000 and a segment carries at most 500, so four segments go out at once. Watch the client's send space: SND.NXT reaches SND.UNA+SND.WND and the last 1000 bytes must wait.
n-5a0aa902 = The first segment arrives and is acknowledged. The second is lost on the way.
n-5963d565 = The third and fourth segments arrive after a gap: the server holds them (see its receive space) and repeats its ACK of 1501, asking for the missing bytes.
n-934c3000 = The ACK of the first segment reaches the client: SND.UNA moves to 1501 and the window slides 500 to the right, so 500 more bytes may go. The repeated ACKs move nothing.
n-708d7bf5 = The new segment is held too. The client cannot know what was lost until its retransmission timer fires: then it sends the oldest unacknowledged segment again (fast retransmit, RFC 5681 §3.2, is off in this lesson: set client.cc reno switches it on).
n-01eeb565 = The missing bytes arrive: the gap is filled, everything held is delivered at once and one ACK covers 2000 bytes. The window slides 2000 at a stroke and the last 500 bytes go out.

## slow-start.scn

n-87a152b4 = Slow start: the congestion window doubles every round trip
n-50aab4dc = The connection is ESTABLISHED and the client runs congestion control (Reno, RFC 5681). Its congestion window, cwnd, starts at the initial window: 4000 bytes, four segments of 1000. ssthresh starts at 65535: while cwnd is below it, the sender is in slow start. The client's application sends 60000 bytes, but only four segments may go. Open the graphs panel (Graphs over time) to watch cwnd as the lesson goes on.
n-7c7a3284 = One round trip later (200 ms) the four ACKs are back. Each ACK of new data adds one segment to cwnd: 4000 + 4 × 1000 = 8000. So each ACK lets two segments go, and eight are now in flight: the window doubled in one round trip.
n-eb45517c = Another round trip: eight ACKs, eight more segments of window. cwnd = 16000, sixteen segments in flight.
n-44760031 = After this round trip, how large will cwnd be?
n-cffaee7d = 12000 bytes: it grows by 4000 every round trip
n-a719ab5a = 16000 bytes: it doubles every round trip
n-95e6a3a2 = 9000 bytes: it grows by one segment every round trip
n-d6395ae7 = A third round trip: cwnd = 32000, thirty-two segments in flight. 4000, 8000, 16000, 32000: slow start is exponential. These 32 segments are the last of the 60000 bytes. The first of them (seq 29001) is now lost on the way.
n-d6551136 = The other 31 segments arrive after a gap, and each is answered with a duplicate ACK of 29001. At the third, the client does not wait for its timer: fast retransmit sends 29001 again at once. ssthresh = FlightSize / 2 = 32000 / 2 = 16000, and cwnd = ssthresh + 3 × 1000 = 19000; each of the 28 duplicate ACKs after it adds 1000 more (fast recovery), so cwnd reads 47000 for now.
n-467fbef1 = What will ssthresh be after the third duplicate ACK?
n-f4044638 = 16000 bytes: half the data in flight
n-216d94ee = 32000 bytes: the same as cwnd
n-52b3c585 = 65535 bytes: a loss does not change it
n-8c0895b1 = The retransmission's ACK covers all 60000 bytes: fast recovery ends and cwnd = ssthresh = 16000, half the 32000 it was before the loss. In the graphs panel, the text under the congestion graph (Events and figures, as text) lists the third duplicate ACK and then the end of fast recovery, with cwnd 16000 and ssthresh 16000.

## sawtooth.scn

n-d8e86c2b = Congestion avoidance: the sawtooth of a long transfer through a small queue
n-5f46d377 = Between client and server there is now a router with a slow link (800 kbit/s: 100 segments of 960 bytes a second) and a queue of 4 segments. The client runs NewReno and sends 480000 bytes, 500 segments. Slow start begins with cwnd = 3840, four segments: the link sends one, three wait in the queue.
n-71df9bc3 = Slow start doubled cwnd each round trip, but each ACK let two segments go while the link sends one: the queue filled and overflowed. Ten segments were dropped (queue full). At the third duplicate ACK, fast retransmit: ssthresh = FlightSize / 2 = 24000 / 2 = 12000 (FlightSize without the two segments that limited transmit sent on the first two duplicate ACKs).
n-b77b6b6e = NewReno repairs the ten holes one per round trip: each partial ACK sends the next one again. Then recovery ends and cwnd (11520) is below ssthresh: slow start again, until cwnd reaches ssthresh. Now cwnd = 12480, above ssthresh: congestion avoidance.
n-3fbef3b2 = In congestion avoidance cwnd grows by one segment (960 bytes) per round trip: 12480, 13440, 14400, 15360. One more segment in flight each round trip means one more waiting in the queue, until it is full again: one segment is dropped.
n-1fc09785 = Three duplicate ACKs: fast retransmit. ssthresh = 15360 / 2 = 7680, and once the lost segment is acknowledged, cwnd = 7680: the window is halved.
n-6050223a = And again: one segment more per round trip, from 7680 to 15360, the queue fills, one drop, and the window halves to 7680. Each tooth takes 1.17 s. Open the graphs panel (Graphs over time): cwnd draws a sawtooth, and the queue below it fills and empties with each tooth.
n-6ef0f0c6 = Two more teeth, and the 480000 bytes have all arrived. The sender never knew the link's rate: it found it by losing a segment, cutting its window in half, and growing it again, one segment per round trip.

## fast-retransmit-vs-timeout.scn

n-abb89fa8 = The same loss twice: fast retransmit, then a retransmission timeout
n-ec085c50 = The client runs Reno. Its application sends 4000 bytes: four segments, as cwnd (4000) allows. The first one (seq 1001) is lost; three segments follow it.
n-8ea29505 = The three segments behind the hole each draw a duplicate ACK of 1001. The third duplicate ACK is the signal: fast retransmit sends 1001 again at once, 200 ms after the loss, long before the retransmission timer (1 s) would fire. ssthresh = 4000 / 2 = 2000 and cwnd = 2000 + 3 × 1000 = 5000 (fast recovery).
n-7b206cbf = The retransmission's ACK covers all four segments: fast recovery ends with cwnd = ssthresh = 2000. The loss cost one round trip and half the window.
n-59ed176b = Now the same loss with little data behind it. The application sends 2000 bytes: two segments. The first (seq 5001) is lost, and only one segment follows it.
n-9f0a1037 = One segment arrives after the hole: one duplicate ACK, not three. The client has no new data to send (limited transmit would send it), so no more duplicate ACKs can come. It can only wait for its retransmission timer.
n-9524113d = The retransmission timer fires, 1 s after the data was sent, and 5001 goes again. After a timeout the sender no longer has ACKs arriving to pace it, so RFC 5681 makes it start over: ssthresh = max(2000 / 2, 2 × 1000) = 2000, and cwnd falls to one segment, 1000 bytes: the sender starts again from slow start. Compare the two in the graphs panel: at the third duplicate ACK, ssthresh is halved and cwnd settles at it once the loss is repaired; at the timeout, cwnd falls to one segment, after a wait of 1 s.
n-9d5df053 = The retransmission is acknowledged, with the segment the receiver held: slow start grows cwnd by one segment, to 2000. The timeout found the loss after five round trips (1 s); the duplicate ACKs found it after one.

## newreno-sack.scn

n-e20f8d13 = Two losses in one window: NewReno's partial ACKs, then SACK
n-57939d39 = The client runs NewReno (RFC 6582), with an initial window of ten segments. Its application sends 10000 bytes: all ten segments go at once. Two of them are lost: the first (seq 1001) and the third (seq 3001).
n-7e9436fb = The eight segments that arrived each draw a duplicate ACK of 1001. The third starts fast retransmit: 1001 goes again, ssthresh = 10000 / 2 = 5000, and cwnd grows with each duplicate ACK. But the ACKs say nothing about 3001: without SACK the sender only knows that 1001 is missing.
n-cfb7027a = The retransmission fills the first hole, and the ACK says 3001: everything up to the second hole, but not all that was sent. It is a partial ACK: NewReno stays in fast recovery and sends 3001 again now, one round trip after the first.
n-58e24e42 = Its ACK covers all 10000 bytes (a full ACK): recovery ends, cwnd = 2000. Two holes took two round trips of recovery: one per hole.
n-a67f2287 = Now the same with SACK (RFC 2018). SACK is agreed in the SYNs, so the connection is closed and a new one is opened, both SYNs offering SACK-permitted. The connection is ESTABLISHED; its client numbers its bytes from 11001, after the first connection's, so that the graphs keep the two apart. The same 10000 bytes go, and the same two segments are lost: the first (11001) and the third (13001).
n-d34f9726 = This time each duplicate ACK carries SACK blocks naming the data that arrived: 12001 to 13001, and 14001 onwards. At the third, recovery starts (RFC 6675): ssthresh = cwnd = 5000, and 11001 goes again. A few ACKs later the blocks show more than two segments of data above 13001, so 13001 counts as lost too, and it goes again as soon as the data in the network (pipe) leaves room: in the same round trip. Both holes are on their way.
n-f3e70902 = One round trip later, all 10000 bytes are acknowledged and recovery ends with cwnd = ssthresh = 5000. With SACK, two holes took one round trip; NewReno needed one per hole. The graphs panel shows both: the time-sequence graph draws the SACK blocks, and the congestion graph marks NewReno's partial ACK.

## reno-cubic.scn

n-f24b4091 = Reno against CUBIC on the same path
n-0097a45e = The path of the sawtooth lesson: an 800 kbit/s link behind a queue of 4 segments. The client first runs NewReno and sends 300000 bytes. Open the graphs panel (Graphs over time) to compare the two shapes.
n-014822b7 = After slow start and its losses, NewReno settles into its sawtooth: each loss halves cwnd (15360 to ssthresh = 15360 / 2 = 7680), then it grows by one segment per round trip until the queue overflows again.
n-bd3996f0 = The transfer ends. The connection now idles, then the client switches to CUBIC (RFC 9438) and sends 300000 bytes more over the same path. After the pause, cwnd restarts from the initial window, 3840 (RFC 5681 §4.1), and ssthresh is still the 7680 NewReno left: slow start will run up to it.
n-a54c6a3c = CUBIC's first loss: it cuts to 70 % of the data in flight, not to half: ssthresh = 15360 × 0.7 = 10752 (β_cubic = 0.7), and recovery ends at 10560. NewReno fell to 7680 from the same 15360.
n-55690084 = CUBIC grows its window by a cubic function of the time since the loss: fast just after it, then slower as it nears W_max, the window where the loss happened (the concave region). Its sawtooth stays between about 10500 and 15500 bytes; NewReno's went from 7680 to 15360. With a higher floor, CUBIC keeps more data in flight on average. It was designed for long, fast paths, where Reno's one segment per round trip takes very long to grow a large window back.

## why-random-isn.scn

n-3aaf08a9 = Why initial sequence numbers are random
n-c9fc6afd = The client sends some data. The segment gets stuck somewhere in the network for a long time; the client's retransmission gets through instead.
n-c23fb984 = The connection closes normally and TIME-WAIT (here 2 x MSL = 2 s) passes. The old segment is still travelling.
n-fa6e627a = Now a new connection between the same two ports starts with the SAME initial sequence numbers as the old one.
n-801bfb76 = The old segment finally arrives. Its sequence number is exactly what the new connection expects, so the server delivers stale data!
n-c43f6fdb = With unpredictable ISNs the old numbers would almost surely fall outside the new window and be refused. That, and protection against spoofed segments, is why RFC 9293 §3.4.1 asks for ISNs that are hard to guess.

## active-close.scn

n-5f48e961 = Closing: the four-way close and TIME-WAIT
n-b50a2733 = The client has nothing more to send. Its application calls close: the TCP sends a FIN, which takes one sequence number.
n-4de75a74 = The FIN arrives. The server acknowledges it and tells its application the peer is closing; the server may still send.
n-d3d936a6 = The ACK arrives: the client's FIN is acknowledged, so it waits in FIN-WAIT-2 for the server's FIN.
n-a9074b20 = The server's application closes too: its FIN goes out and it waits for the last ACK.
n-8293972f = The client acknowledges the FIN and enters TIME-WAIT.
n-409e81d0 = The last ACK arrives: the server forgets the connection at once. The client stays in TIME-WAIT for 2 x MSL (here 60 s), in case its last ACK was lost and the FIN comes again.
n-1ac4eea0 = 60 s later, TIME-WAIT ends: the client forgets the connection too.

## lost-syn-lesson.scn

n-446a3746 = A lost SYN: retransmission with exponential backoff
n-5b9d835a = The client connects, but its SYN is lost on the wire.
n-6386e9b5 = The retransmission timer (RTO, 1 s at first) fires: the same SYN is sent again.
n-85390d2d = Lost again. Each timeout doubles the RTO, so the next try comes 2 s later, at 3 s.
n-975d99ee = This time it arrives and the handshake completes.

## lost-final-ack.scn

n-ef4a6647 = A lost final ACK: TIME-WAIT answers the FIN again
n-60748abe = The client's last ACK is lost.
n-2fb4adb1 = The server's FIN is retransmitted after its RTO.
n-e07cd0f9 = The FIN arrives again. The client, still in TIME-WAIT, acknowledges it again and starts its 2 x MSL wait anew.
n-88f500f3 = This time the ACK arrives: the server forgets the connection.
n-69dc8855 = At 60.5 s, 2 x MSL have passed since the client first entered TIME-WAIT. It still waits: its wait started again when the FIN came again.
n-28554775 = At 61.5 s, 2 x MSL after the second FIN, TIME-WAIT ends: the client forgets the connection too.

## simultaneous-open.scn

n-6d9751ed = Simultaneous open: both sides connect at once
n-d7ad5b7d = Both applications call connect: two SYNs cross on the wire.
n-94212f4a = A SYN without an ACK in SYN-SENT: each side moves to SYN-RECEIVED and answers SYN,ACK (RFC 9293 §3.10.7.3).
n-5857dce1 = Each SYN,ACK acknowledges the other's SYN: both reach ESTABLISHED (RFC 9293 Figure 7).

## simultaneous-close-lesson.scn

n-a5317b2b = Simultaneous close passes through CLOSING
n-8c91fe40 = Both applications close at the same moment: two FINs cross on the wire.
n-22774297 = The client's FIN reaches the server, whose own FIN is not yet acknowledged: the server enters CLOSING and acknowledges.
n-f02b0071 = The server's FIN reaches the client: the same thing happens there.
n-51440a6e = Each ACK of a FIN moves its receiver from CLOSING to TIME-WAIT. Both sides wait 2 x MSL.
n-8fd2a2d9 = 2 x MSL (here 60 s) later, TIME-WAIT ends on both sides: both forget the connection.

## half-close-lesson.scn

n-3843362c = Half-close: one direction closes, the other keeps flowing
n-5344a2bf = The client sends its request.
n-0ff4b144 = The client has nothing more to say, but it still wants the answer: it closes its direction only.
n-c0beb19f = The server can still send: data flows toward the side that sent FIN.
n-a038c04d = Now the server closes its direction too: the client acknowledges its FIN and enters TIME-WAIT, and the server, its FIN acknowledged, forgets the connection.
n-45c68eae = 2 x MSL (here 60 s) later, the client's TIME-WAIT ends: it forgets the connection too.

## closed-port.scn

n-e2ecf614 = Connecting to a port where nobody listens
n-f933011f = Nobody listens on the server. The client connects anyway.
n-11888998 = A TCP with no connection answers everything but a RST with a RST. This SYN has no ACK, so the reset acknowledges it: SEQ=0, ACK=SEG.SEQ+SEG.LEN.
n-390879fc = The reset acknowledges the client's SYN, so the client believes it: the connection is reset.
n-dd1926a5 = Nothing is retransmitted afterwards.

## reset-on-abort.scn

n-eb5ae6db = ABORT: resetting a connection
n-7fcb19b7 = The client's application aborts: no FIN and no waiting, its TCP sends a RST and forgets the connection at once.
n-2879bbc7 = The RST's sequence number is exactly what the server expects, so it is accepted: the server's application is told the connection was reset.

## half-open.scn

n-7f2adf89 = A half-open connection after a crash is reset
n-15a13b02 = The server crashes: it forgets the connection and its reset is lost.
n-41ebd511 = The client sends; the server has no connection and answers with a reset. The client's segment acknowledges 5001, the next byte the client expects, so the reset takes SEQ=SEG.ACK = 5001 (§3.10.7.1).
n-9665ef71 = The reset carries exactly the number the client expects: the client accepts it, and its application is told the connection was reset.

## wraparound.scn

n-e67da349 = Sequence numbers wrap around at 2^32
n-210be918 = Sequence numbers are 32 bits. This client's ISN is 0xFFFFFFF0 (4294967280), just 16 below the top.
n-274d4700 = It sends 40 bytes: numbers 4294967281 to 4294967295 and then, wrapping around, 0 to 24.
n-53b917e2 = The server acknowledges 25: comparisons are made modulo 2^32, so 25 counts as after 4294967281.

## challenge-ack-rst.scn

n-5e51c21b = Blind reset attack: an in-window RST gets a challenge ACK
n-491a7666 = An attacker guesses a sequence number inside the server's window, but not the exact one. The server does not reset: it answers with a challenge ACK (RFC 5961 §3.2).
n-8ae08439 = The real client gets the challenge ACK; it is acceptable, so it says nothing.
n-597ab66b = A RST outside the window is dropped silently.
n-ecb1c1b5 = Only a RST with exactly RCV.NXT resets the connection.

## myths.scn

n-d6b21413 = Myths about TCP, tested
n-bc91e7bb = Myth 1: 'the server waits for a SYN,ACK from the client before it may send.' The client never sends a SYN,ACK in a normal open: it sends SYN, then a plain ACK.
n-52d83383 = Myth 2: 'every data segment carries FIN.' Data segments carry ACK (and PSH); FIN appears once, when the application closes.
n-52357d58 = Myth 3: 'a single lost packet hangs the connection forever.' Here the next data segment is lost and time runs on: its sender retransmits it.
n-5cf529e7 = Myth 4: 'only the client ever waits in TIME-WAIT.' Whoever closes first waits. Here the server closes first.

## challenge-closing.scn

n-a0246c9b = Challenge: drive the client into CLOSING
n-841f6325 = Both sides are ESTABLISHED. Get the client into the CLOSING state.
n-1129a17b = CLOSING means: we sent a FIN, then received the peer's FIN before our own FIN was acknowledged.
n-1b7f50ea = Make both applications close before either FIN arrives.
n-12c9134f = Press Close on the client and on the server, then deliver the server's FIN to the client first.

## challenge-give-up.scn

n-e0b50a46 = Challenge: make the server give up
n-589ab027 = Make the server's TCP give up on the connection and tell its application 'connection timed out'. (Here it gives up after 3 retransmissions.)
n-30caf4d4 = A TCP gives up when its retransmissions are never acknowledged.
n-67c1e7e7 = The server must have something outstanding: let its application send (or close).
n-75e971a5 = Drop every copy the server sends: the first one and each retransmission. Use Jump to next timer to wait.

## challenge-ack.scn

n-a5d84d13 = Challenge: get a challenge ACK
n-a8d997da = Pretend to be an attacker. Make the server answer with a challenge ACK (RFC 5961) instead of resetting the connection.
n-eb8770ad = RFC 5961 protects against blind resets: a RST is only trusted when its sequence number is exactly RCV.NXT.
n-51707fa4 = Craft a RST from the client (the composer) whose seq is inside the server's window but not exactly the expected number.
n-3dbf59cd = In the composer: from client, tick only RST, add 100 to the pre-filled seq number, and deliver it.

## challenge-server-time-wait.scn

n-362534e5 = Challenge: make the server wait in TIME-WAIT
n-509a3fa3 = Many people think only clients wait in TIME-WAIT. Get the SERVER into TIME-WAIT.
n-53d8ed1f = TIME-WAIT belongs to the side that closes first (the active close).
n-12863761 = Close the server first, then the client, and deliver everything.

## challenge-reset-without-abort.scn

n-d0a5a108 = Challenge: a reset the client did not ask for
n-e32134d1 = Get the client's application told 'connection reset', without the client ever calling Abort.
n-f7bf7f91 = A RST can come from the other side.
n-dfaaf57c = Abort the server, or craft a RST from the server whose seq is exactly the client's RCV.NXT.

## challenge-zero-window.scn

n-67eb4ce7 = Challenge: make the client probe a zero window
n-9db911c1 = Make the client's TCP send a zero-window probe: one byte sent into a window the server has closed. The server's receive buffer holds 2000 bytes.
n-384bea8f = A receiver closes its window when its buffer is full: the data waits there until its application reads.
n-86b5786f = Turn the server's auto-read off, so that its application leaves the data in the buffer.
n-b626f0c8 = Then let the client send more than 2000 bytes, and wait: the client probes once the window has been zero for an RTO (Jump to next timer).

## challenge-halve-window.scn

n-24177140 = Challenge: make the sender halve its window without a timeout
n-35774647 = The client runs Reno congestion control, with cwnd = 4000 bytes (four segments of 1000). Make it cut its window in half by fast retransmit: it must end fast recovery (cwnd = ssthresh, half the data that was in flight) without its retransmission timer ever firing.
n-70a60790 = Fast retransmit starts at the third duplicate ACK: the receiver sends one for each segment that arrives after a gap.
n-e5bf1e2d = Let the client send at least 4000 bytes, so that three segments follow the first one. Then press Drop on the first segment on the wire.
n-e245e8dc = Then let time run (Play, or Step to next event): the duplicate ACKs come back within a round trip, long before the retransmission timer (1 s) would fire. The graphs panel (Graphs over time) shows cwnd and ssthresh as you go.

## zero-window.scn

n-74f209b0 = A zero window is probed, and the connection stays open
n-44d65bbc = The server's receive window is zero: the client may not send its data.
n-8885fe22 = After one RTO the client probes the window with one byte (RFC 9293 §3.8.6.1).
n-00c6d9dc = The window is still zero: the probe is not accepted, but it is answered.
n-e2418861 = Probes continue with exponential backoff; answered probes never make the client give up.
n-8c8e3105 = The server's application makes room: the next probe is accepted and the window opens.

## challenge-ack-syn.scn

n-dc908cc0 = A SYN on an open connection gets a challenge ACK
n-1e638a79 = The client crashes: it forgets the connection, and the reset its abort sends is lost. The server knows nothing of it.
n-bd55947a = Restarted, the client would connect again from the same port: here a SYN with a new ISN is made by hand. The server does not trust a SYN on an open connection: it answers with a challenge ACK that names the numbers it expects (RFC 5961 §4).
n-2c37cc13 = The client has no connection, so it answers the ACK with a reset at the number the ACK names, exactly what the server expects: the server forgets the old connection.

## rst-in-window-rfc793.scn

n-a2fd94fc = Without RFC 5961, any RST in the window resets

## syn-in-window-rfc793.scn

n-b1a23ea3 = Without RFC 5961, a SYN in the window resets the connection

## data-retransmission.scn

n-07a6a9bf = Lost data is retransmitted after the RTO

## out-of-order.scn

n-6d66bb13 = Out-of-order segments wait for the gap to fill
n-12e1952d = The client sends 6 bytes. A segment carries at most 3 here, so two segments go out: bytes 1001 to 1003, then 1004 to 1006.
n-3e3e95e9 = The second segment arrives first. The server holds it (see its receive space), gives its application nothing, and repeats what it expects: ACK 1001.
n-c47dd068 = The first segment fills the gap: the server gives its application all 6 bytes at once and acknowledges 1007.
n-78167b93 = The ACKs reach the client: the repeated ACK of 1001 moves nothing, the ACK of 1007 acknowledges all 6 bytes.

## window.scn

n-ade07228 = The sender stays within the receiver's window
n-8decf9f0 = The server's window is 1000 bytes and a segment carries at most 500. The client's application sends 1800 bytes: two segments fill the window, and the other 800 bytes must wait.
n-0d8702d6 = Both segments arrive, and the server acknowledges each.
n-1d9c8b17 = Each ACK slides the window 500 bytes to the right: the first lets 500 more bytes go, the second the last 300. All 1800 bytes arrive.

## duplicate-syn.scn

n-e0e83379 = A duplicate SYN in SYN-RECEIVED is answered with an ACK

## reorder-delay.scn

n-df9ba238 = Delaying a FIN behind data does not lose the data

## manual-mode.scn

n-bdfd8726 = Manual mode: segments wait in the outbox
n-ffb2a296 = The server is in manual mode: what its TCP sends waits in its outbox. The client's SYN arrives: the server's TCP forms its SYN,ACK and moves to SYN-RECEIVED as if it had sent it, but the SYN,ACK waits in the outbox.
n-ce40d532 = The SYN,ACK is thrown away. The server's TCP believes it was sent, so when its retransmission timer fires, a new copy waits in the outbox. Meanwhile the client's own timer sent its SYN again.
n-a74e0d17 = The SYN,ACK is released: it goes onto the wire and reaches the client, which is ESTABLISHED and acknowledges it.
n-ae7c622e = The client's repeated SYN is lost on the way; its ACK reaches the server, which is ESTABLISHED too.

## listen-ack-rst.scn

n-13c6d2b2 = LISTEN answers a stray ACK with a reset

## syn-sent-bad-ack.scn

n-ba1e4a9b = SYN-SENT resets a SYN,ACK that acknowledges the wrong number

## give-up.scn

n-eaf61687 = After too many retransmissions the endpoint gives up
n-b1674c4f = The client connects, but its SYN is lost, and so is each retransmission, sent as the RTO doubles: at 7 s, the third one has just been lost.
n-4fc6afe1 = The fourth timeout, at 15 s, finds the SYN already sent again 3 times, as many as the client may (retries 3): it gives up, and its application is told the connection timed out.

## refused-calls.scn

n-22302fd0 = Calls the RFC refuses get its error text

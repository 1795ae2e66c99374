# TCP Playground: the engine's rules and why segments are sent, the words
# of a capture's panel, and what is said only once the student acts (saving,
# importing, exporting, sharing), in English (fetched after the first
# screen). `rule-ID` is the line the log shows,
# with this instance's values; its `.plain` attribute is one plain sentence
# for a student. Sequence numbers arrive already written in the student's
# numbering. Every language has the same keys and variables.

rule-open-active = active OPEN in CLOSED: ISS = { $iss }, send <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1
    .plain = This side starts a connection: it picks its initial sequence number and sends a SYN.
rule-open-passive = passive OPEN in CLOSED: wait for a SYN
    .plain = This side waits for someone to connect to it.
rule-open-active-from-listen = active OPEN in LISTEN: the connection becomes active; ISS = { $iss }, send SYN
    .plain = A side that was waiting decides to connect itself: it sends its own SYN.
rule-open-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = A connection already exists, so a second OPEN is refused.
rule-send-in-listen = SEND in LISTEN: the connection becomes active (SYN sent); the data waits for ESTABLISHED
    .plain = Sending while waiting turns this side into the one that connects; the data waits until the connection is open.
rule-send-queued = SEND before ESTABLISHED: the data is queued until the handshake completes
    .plain = The connection is not open yet, so the data waits in the send queue.
rule-send-segmentize = SEND: the data is split into segments (at most MSS, within the peer's window) with ACK piggybacked
    .plain = The data is cut into segments that fit the peer's window and sent.
rule-send-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = TCP cannot send in this state, so the call is refused and nothing changes.
rule-close-listen = CLOSE in LISTEN: delete the TCB
    .plain = This side stops waiting for connections.
rule-close-syn-sent = CLOSE in SYN-SENT: delete the TCB; nothing is sent
    .plain = The connection attempt is given up before it was answered; nothing is sent.
rule-close-syn-received = CLOSE in SYN-RECEIVED with nothing queued: send FIN, enter FIN-WAIT-1
    .plain = With nothing left to send, this side sends its FIN at once.
rule-close-syn-received-queued = CLOSE in SYN-RECEIVED with data queued: the FIN waits for ESTABLISHED
    .plain = Data is still waiting, so the FIN will follow it once the connection is open.
rule-close-deferred-applies = the CLOSE queued in SYN-RECEIVED applies now: FIN after the queued data
    .plain = The connection is open now, so the CLOSE asked for earlier takes effect.
rule-close-established = CLOSE in ESTABLISHED: FIN after all queued data; enter FIN-WAIT-1
    .plain = This side has nothing more to send: a FIN follows its data.
rule-close-close-wait = CLOSE in CLOSE-WAIT: FIN after all queued data; enter LAST-ACK
    .plain = The peer already closed; now this side closes too and waits for the last ACK.
rule-close-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = There is no connection to close, or this side has already asked to close it, so the call is refused.
rule-close-queued-sends = CLOSE in SYN-SENT: the SENDs still queued ({ $bytes } bytes) are answered "error: { $error }"
    .plain = The data the application sent never left: CLOSE tells it so rather than forgetting it.
rule-abort-queued-sends = ABORT: the SENDs still queued ({ $bytes } bytes) are answered "{ $error }"
    .plain = The data the application sent never left: ABORT tells it so rather than forgetting it.
rule-abort-silent = ABORT in { $state }: delete the TCB; nothing is sent
    .plain = Nothing was synchronized yet, so aborting just forgets the connection.
rule-abort-reset = ABORT in { $state }: send <SEQ=SND.NXT><CTL=RST>, flush the queues, delete the TCB
    .plain = Aborting tells the peer with a RST and throws away everything queued.
rule-abort-closing = ABORT in { $state }: respond "ok", delete the TCB
    .plain = The connection is already closing, so aborting just forgets it without a RST.
rule-abort-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = There is no connection to abort.
rule-read = RECEIVE: the application reads { $len } { $len ->
        [one] byte
       *[other] bytes
    } from the receive buffer; { $buffered } still waiting
    .plain = The application takes data out of the receive buffer, which makes room for more.
rule-read-nothing = RECEIVE: nothing is waiting in the receive buffer, so the read returns nothing (reads here never wait)
    .plain = There is no data to read yet.
rule-read-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = There is nothing this connection can still hand to the application.
rule-window-held = receiver SWS avoidance: { $freed } { $freed ->
        [one] byte
       *[other] bytes
    } freed, less than min(RCV.BUFF/2, MSS) = { $threshold }; keep RCV.NXT+RCV.WND where it is
    .plain = A little room was freed, but offering a tiny window would invite tiny segments, so the window stays as it is for now.
rule-window-opens = receiver SWS avoidance: the free space reaches min(RCV.BUFF/2, MSS) = { $threshold }; RCV.WND = RCV.BUFF − RCV.USER = { $rcv_wnd }, tell the sender
    .plain = Enough room was freed: the window opens and the sender is told with a window update.
rule-window-full = data waits: the peer's window is full (SND.WND is used up)
    .plain = The peer cannot take more data now, so the rest waits.
rule-sws-hold = sender SWS avoidance: the usable window is { $usable } { $usable ->
        [one] byte
       *[other] bytes
    }, less than a full segment (MSS = { $mss }) and less than half the largest window the peer offered ({ $threshold }), and more data waits: hold it
    .plain = Sending now would make a small segment with more data behind it, so the data waits for the window to open further, or for the override timer.
rule-sws-override = SWS override: data has been held for { $wait }; send { $len } { $len ->
        [one] byte
       *[other] bytes
    } now, a smaller segment than SWS avoidance wants, so that a receiver whose buffer shrank is not waited for forever
    .plain = Data may not wait for ever, so what fits goes now, even if it is little.
rule-nagle-hold = Nagle: { $unacked } { $unacked ->
        [one] byte is
       *[other] bytes are
    } unacknowledged, and the { $queued } queued make less than a full segment (MSS = { $mss }): hold them until the ACK comes or a full segment fills
    .plain = Small pieces of data are gathered into one segment while earlier data is still on its way.
rule-window-probe = the peer's window has been zero for an RTO: probe it with one octet of new data; next try in { $next }
    .plain = The peer's window is closed, so this side sends one byte now and then to learn when it opens again.
rule-probe-again = the peer's window reopened while our probe's octet, refused by the closed window, waits: send it again now, before the data after it
    .plain = The window is open again, so the byte the closed window turned away goes first, then the rest.
rule-retransmit = retransmission timeout ({ $rto }): resend the oldest unacknowledged segment (attempt { $attempt }), double the RTO to { $new_rto }
    .plain = No acknowledgment came in time, so the oldest unacknowledged segment is sent again and the next wait is twice as long.
rule-give-up = retransmission timeout on a segment already sent again { $retransmits } times: give up
    .plain = The segment was retransmitted too often without an answer, so the connection is given up.
rule-rto-after-syn-timeout = our SYN timed out during the handshake, so the RTO starts at 3 s now that data may flow
    .plain = Because the SYN had to be resent, the timeout for data starts at 3 seconds.
rule-time-wait-timer = TIME-WAIT timer (2 × MSL = { $wait }) runs until { $until }
    .plain = This side waits twice the maximum segment lifetime so a lost last ACK can be resent and old segments die out.
rule-time-wait-timeout = time-wait timeout: 2 × MSL have passed; delete the TCB
    .plain = The wait is over: the connection is gone for good.
rule-initial-window = initial window (RFC 5681, equation 3): cwnd = { $cwnd } bytes; ssthresh starts high, at { $ssthresh } bytes (the largest window this TCP can be offered)
    .plain = The connection is open: the sender may send only a few segments before the first ACK comes back, and its window grows from there.
rule-initial-window-set = initial window of { $segments } segments, as set for this side: cwnd = { $cwnd } bytes
    .plain = The sender starts with the initial window set for it (RFC 6928 allows ten segments).
rule-initial-window-syn-lost = a SYN had to be sent again during the handshake, so the initial window is one segment: cwnd = { $cwnd } bytes
    .plain = The handshake lost a segment, so the sender starts carefully, with one segment.
rule-slow-start = slow start: { $acked } new bytes acknowledged, so cwnd grows by at most one SMSS, to { $cwnd } bytes
    .plain = Each acknowledgment lets the window grow by one segment, so it doubles every round trip.
rule-slow-start-ends = cwnd ({ $cwnd } bytes) has reached ssthresh ({ $ssthresh } bytes): slow start ends, congestion avoidance begins
    .plain = The window has reached the threshold: from now on it grows by only one segment per round trip.
rule-congestion-avoidance = congestion avoidance: a whole window of bytes has been acknowledged, so cwnd grows by one SMSS, to { $cwnd } bytes
    .plain = After a full window's worth of acknowledgments, the window grows by one segment.
rule-cwnd-full = the congestion window is full: { $flight } bytes in flight, cwnd = { $cwnd } bytes; the next segment waits for an ACK
    .plain = The sender has as much data in the network as its congestion window allows, so it waits.
rule-timeout-window = retransmission timeout: ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } bytes (FlightSize was { $flight }), cwnd = one segment = { $cwnd } bytes: slow start again
    .plain = A timeout is a strong sign of congestion: the window falls to one segment and the threshold to half of what was in flight.
rule-timeout-window-again = the same data timed out again: ssthresh stays { $ssthresh } bytes, cwnd = one segment = { $cwnd } bytes
    .plain = The threshold is halved only once for data that keeps timing out; the window stays at one segment.
rule-duplicate-ack-counted = duplicate ACK number { $count }: no data, the same ACK and window as before, and data outstanding
    .plain = The receiver asked again for the same byte: a segment may have been lost, and three such ACKs in a row say it was.
rule-limited-transmit = limited transmit: duplicate ACK number { $count } lets one new segment go beyond cwnd, which does not change
    .plain = A duplicate ACK means a segment has left the network, so one new segment may take its place.
rule-fast-retransmit = third duplicate ACK: fast retransmit of the oldest unacknowledged segment; ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } bytes (FlightSize { $flight }), cwnd = ssthresh + 3 × SMSS = { $cwnd } bytes: fast recovery begins
    .plain = Three duplicate ACKs say a segment was lost: it is sent again at once, without waiting for the timer, and the threshold ssthresh becomes half of what was in flight. cwnd is set three segments above it while the loss is repaired.
rule-fast-recovery-inflate = fast recovery: duplicate ACK number { $count }, so cwnd grows by one SMSS, to { $cwnd } bytes
    .plain = Each further duplicate ACK means another segment has left the network, so the window makes room for one more.
rule-fast-recovery-ends = new data acknowledged: fast recovery ends, cwnd = ssthresh = { $cwnd } bytes
    .plain = The lost segment has arrived: the window shrinks back to the threshold and congestion avoidance goes on.
rule-partial-ack = NewReno partial ACK: { $acked } bytes acknowledged, but not everything sent before the loss; the next missing segment goes again, cwnd = { $cwnd } bytes, still in recovery
    .plain = Another segment of the same window was lost too: it is sent again at once, and recovery goes on.
rule-full-ack = NewReno full ACK: everything sent before the loss is acknowledged; fast recovery ends, cwnd = min(ssthresh, max(FlightSize, SMSS) + SMSS) = { $cwnd } bytes
    .plain = All the data sent before the loss has arrived: recovery is over.
rule-recover-not-covered = three duplicate ACKs, but they acknowledge nothing beyond recover = { $recover }: no fast retransmit
    .plain = These duplicate ACKs are about data sent before the last loss was dealt with, so the window is not cut a second time.
rule-idle-restart = nothing sent for { $idle }, longer than the RTO: cwnd restarts at min(IW, cwnd) = { $cwnd } bytes
    .plain = After a long pause the network may have changed, so the sender starts again with a small window.
rule-sack-permitted = both SYNs carried SACK-permitted: this connection uses selective acknowledgments
    .plain = Both sides said they understand SACK, so ACKs may now name the pieces of data that arrived beyond a gap.
rule-sack-not-permitted = this side's SYN offered SACK, the peer's did not: no SACK options on this connection
    .plain = Only one side offered SACK, so neither uses it: ACKs carry only the cumulative acknowledgment.
rule-sack-blocks = out-of-order data is held: the ACK carries { $blocks } SACK { $blocks ->
        [one] block
       *[other] blocks, the first
    } { $left }–{ $right } (the block holding the segment that just arrived)
    .plain = The receiver tells the sender exactly which pieces beyond the gap it already has, the newest piece first.
rule-sack-duplicate-ack = duplicate ACK number { $count } by RFC 6675: it SACKs data not SACKed before ({ $sacked } bytes SACKed in all)
    .plain = More data arrived beyond the gap; after three such ACKs, or enough data beyond it, the gap counts as lost.
rule-sack-limited-transmit = SACK limited transmit: pipe = { $pipe } bytes, cwnd = { $cwnd } bytes, so one new segment fits
    .plain = Data the receiver SACKed has left the network, so new data may take its place, as far as cwnd minus pipe allows.
rule-sack-recovery = third duplicate ACK with SACK: loss recovery begins; ssthresh = cwnd = FlightSize / 2 = { $cwnd } bytes (FlightSize { $flight }), RecoveryPoint = { $recovery_point }; the first missing segment goes again
    .plain = A segment was lost: it is sent again at once, and from now on the scoreboard of SACKed data decides what else to resend.
rule-sack-recovery-lost = the SACKed data above SND.UNA shows it lost (IsLost) before three duplicate ACKs: loss recovery begins; ssthresh = cwnd = FlightSize / 2 = { $cwnd } bytes (FlightSize { $flight }), RecoveryPoint = { $recovery_point }
    .plain = So much data arrived beyond the gap that the missing segment must be lost, even before three duplicate ACKs.
rule-sack-retransmit-lost = NextSeg rule 1: { $len } bytes at { $seq } are lost (SACKed data lies above them), sent again; pipe is now { $pipe } bytes
    .plain = Another hole the receiver's SACK blocks reveal is filled at once, without waiting for another round trip.
rule-sack-retransmit-unsacked = NextSeg rule 3: nothing lost is left and no new data can go, so { $len } bytes at { $seq }, below the highest SACKed byte, go again; pipe is now { $pipe } bytes
    .plain = The window has room and nothing else to send, so the sender resends a hole that may yet turn out lost.
rule-sack-rescue = NextSeg rule 4: the one rescue retransmission of this recovery, { $len } bytes at { $seq }, the last data not SACKed
    .plain = A last segment may have been lost with nothing after it to reveal the loss, so it is resent once, just in case.
rule-sack-recovery-ack = ACK in loss recovery, below RecoveryPoint = { $recovery_point }: the scoreboard is updated, pipe = { $pipe } bytes; recovery goes on
    .plain = Some data is acknowledged but not all that was sent before the loss: the sender recounts what is still in the network.
rule-sack-recovery-ends = the ACK covers RecoveryPoint: SACK loss recovery ends, cwnd = { $cwnd } bytes
    .plain = Everything sent before the loss has arrived: recovery is over, and the window grows again from here.
rule-sack-timeout = retransmission timeout with SACK: loss recovery ends, RecoveryPoint = { $recovery_point }, and the { $cleared } SACKed bytes are forgotten (the receiver may have dropped them)
    .plain = After a timeout the sender no longer trusts what the receiver said it holds; new ACKs will tell it again.
rule-sack-recovery-held = loss is signalled again, but SND.UNA has not passed the timeout's RecoveryPoint = { $recovery_point }: no new loss recovery yet
    .plain = These losses belong to the data the timeout is already dealing with, so the window is not cut a second time.
rule-go-back-n = go-back-N after the timeout: the octets from { $from } to { $to }, sent before it, count as lost (not in FlightSize); they go again, oldest first, as cwnd lets them
    .plain = After a timeout the sender cannot tell which later segments arrived, so it sends them all again, a few more with each ACK as its window grows.
rule-cubic-epoch = CUBIC: a congestion avoidance stage begins at cwnd = { $cwnd } bytes; W_max = { $w_max } bytes, K = ∛((W_max − cwnd) / C) = { $k }
    .plain = CUBIC starts its curve: the window climbs back to where the last loss happened (W_max) in the time K, then beyond it.
rule-cubic-reno-friendly = CUBIC, Reno-friendly region: W_cubic(t) = { $w_cubic } bytes is below W_est, the window Reno would have, so cwnd = W_est = { $cwnd } bytes
    .plain = Here Reno would grow faster than the cubic curve, so CUBIC grows at least as fast as Reno would.
rule-cubic-concave = CUBIC, concave region: { $t } into the stage, target = W_cubic(t + RTT) = { $target } bytes, cwnd below W_max = { $w_max } bytes; cwnd grows by (target − cwnd) / cwnd per ACK, to { $cwnd } bytes
    .plain = The window climbs back towards the size at which it last lost data: quickly at first, then more and more slowly.
rule-cubic-convex = CUBIC, convex region: { $t } into the stage, target = W_cubic(t + RTT) = { $target } bytes, cwnd at or beyond W_max = { $w_max } bytes; cwnd grows by (target − cwnd) / cwnd per ACK, to { $cwnd } bytes
    .plain = The window has passed the size at which it last lost data: it probes for more, slowly at first, then faster and faster.
rule-cubic-decrease = third duplicate ACK under CUBIC: fast retransmit of the oldest unacknowledged segment; ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } bytes (FlightSize { $flight }), cwnd = ssthresh + 3 × SMSS = { $cwnd } bytes: fast recovery begins
    .plain = Three duplicate ACKs say a segment was lost: it is sent again at once, and CUBIC cuts its threshold to 70 % of what was in flight, where Reno halves it.
rule-cubic-fast-convergence = CUBIC fast convergence: cwnd = { $cwnd } bytes had not reached the last W_max, so W_max = cwnd × (1 + β_cubic) / 2 = { $w_max } bytes
    .plain = This loss came before the window regained its old size: another flow may need the bandwidth, so CUBIC aims lower next time.
rule-cubic-timeout = retransmission timeout under CUBIC: ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } bytes (FlightSize was { $flight }), cwnd = one segment = { $cwnd } bytes: slow start again, and the next stage starts with K = 0
    .plain = A timeout is a strong sign of congestion: the window falls to one segment, and the threshold to 70 % of what was in flight.
rule-closed-rst = CLOSED: an incoming RST is discarded
    .plain = There is no connection here, and a RST is never answered.
rule-closed-reset-ack = CLOSED: no connection here, so the segment is answered with <SEQ=SEG.ACK><CTL=RST> (SEQ = { $ack })
    .plain = Nobody is listening here, so the segment is answered with a reset.
rule-closed-reset-no-ack = CLOSED: no connection here, so the segment is answered with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (SEG.SEQ = { $seq }, SEG.LEN = { $len })
    .plain = Nobody is listening here, so the segment is answered with a reset.
rule-listen-rst = LISTEN, first check: an incoming RST is ignored
    .plain = A listening side has no connection that a RST could reset.
rule-listen-ack = LISTEN, second check: SEG.ACK = { $ack } acknowledges nothing we sent; answer <SEQ=SEG.ACK><CTL=RST>
    .plain = A listening side has sent nothing, so an ACK must be a mistake: it answers with a reset.
rule-listen-syn = LISTEN, third check: SYN → IRS = { $irs }, RCV.NXT = { $rcv_nxt }, ISS = { $iss }; send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = A SYN arrives: this side records the peer's initial number and answers with its own SYN and an ACK.
rule-listen-other = LISTEN, fourth check: no SYN, RST or ACK; drop the segment
    .plain = Only a SYN can start a connection, so this segment is dropped.
rule-syn-text-held = the text or FIN that came with the SYN is queued until ESTABLISHED
    .plain = Data that came with the SYN waits until the connection is open.
rule-syn-sent-bad-ack-rst = SYN-SENT, first check: RST with an unacceptable ACK (SEG.ACK = { $ack }); drop it
    .plain = This RST does not answer our SYN, so it is ignored.
rule-syn-sent-bad-ack = SYN-SENT, first check: SEG.ACK = { $ack } does not acknowledge our SYN (needs ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }); send <SEQ=SEG.ACK><CTL=RST>
    .plain = The ACK does not match our SYN, so it is answered with a reset.
rule-syn-sent-rst = SYN-SENT, second check: RST acknowledging our SYN; the connection is reset, delete the TCB
    .plain = The peer refused the connection: it answered our SYN with a reset, so the application is told "connection reset" (RFC 9293's words here; many systems call this "connection refused").
rule-syn-sent-rst-no-ack = SYN-SENT, second check: RST without an ACK; drop it
    .plain = A RST that does not acknowledge our SYN could be forged, so it is ignored.
rule-syn-sent-syn-ack = SYN-SENT, fourth check: SYN,ACK acknowledges our SYN → IRS = { $irs }, RCV.NXT = { $rcv_nxt }, SND.UNA = { $snd_una }; send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
    .plain = The peer accepted: this side records the peer's initial number, the connection is open, and it sends the last ACK of the handshake.
rule-syn-ack-text = the SYN,ACK also carries text or a FIN: one ACK, sent below, acknowledges everything
    .plain = The SYN,ACK brought data too; one ACK answers both.
rule-syn-sent-syn = SYN-SENT, fourth check: a SYN without an ACK of ours, so both sides opened at once → IRS = { $irs }, RCV.NXT = { $rcv_nxt }; send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = Both sides sent a SYN at the same time (simultaneous open); each answers the other's.
rule-syn-sent-other = SYN-SENT, fifth check: neither SYN nor RST; drop the segment
    .plain = While waiting for a SYN, anything else is dropped.
rule-simultaneous-syn-ack = simultaneous open (Figure 7): this SYN,ACK repeats the SYN we hold; process its ACK
    .plain = In a simultaneous open the peer's SYN,ACK repeats a SYN already counted; only its ACK is new.
rule-seq-unacceptable-rst = first check: SEG.SEQ = { $seq }, SEG.LEN = { $len } is outside the receive window (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd }); a RST is dropped silently
    .plain = A reset from outside the window could be forged, so it is ignored without an answer.
rule-seq-unacceptable = first check: SEG.SEQ = { $seq }, SEG.LEN = { $len } is outside the receive window (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd }); send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and drop it
    .plain = The segment is old or outside the window: it is dropped, and an ACK tells the peer what is expected next.
rule-time-wait-fin-again = TIME-WAIT: this is their FIN again (our last ACK was lost); acknowledge it and restart the 2 × MSL timer
    .plain = The peer resent its FIN, so our last ACK was lost: send it again and wait the full time again.
rule-seq-trimmed = the part of the segment beyond the receive window is cut off
    .plain = Only what fits in the receive window is kept.
rule-zero-window-text = first check: the receive window is zero, so none of the { $len } { $len ->
        [one] byte
       *[other] bytes
    } can be taken; only the ACK (and RST, URG) is processed, and the answer shows the window, still zero
    .plain = The buffer is full: the data is refused, and the reply says the window is still closed.
rule-rst-challenge = second check: RST in the window but SEG.SEQ = { $seq } is not exactly RCV.NXT = { $rcv_nxt }; it may be a blind attack, so send a challenge ACK and drop it
    .plain = A reset must carry exactly the expected number; otherwise it may be an attack, so this side asks with a challenge ACK.
rule-rst-syn-received-passive = second check: RST in SYN-RECEIVED after a passive OPEN; return to LISTEN
    .plain = The half-open connection is reset, so this side goes back to listening.
rule-rst-syn-received-active = second check: RST in SYN-RECEIVED after an active OPEN; the connection was refused
    .plain = The peer refused the connection.
rule-rst-reset = second check: acceptable RST in { $state }; flush the queues, tell the user, delete the TCB
    .plain = The peer reset the connection: everything is thrown away and the application is told.
rule-rst-closing = second check: acceptable RST in { $state }; delete the TCB
    .plain = The connection was closing anyway; the reset ends it now.
rule-syn-syn-received-passive = fourth check: a new SYN in SYN-RECEIVED after a passive OPEN; return to LISTEN
    .plain = A fresh SYN means the old attempt is over, so this side goes back to listening.
rule-syn-challenge = fourth check: SYN in a synchronized connection; send a challenge ACK and drop it
    .plain = A SYN inside an open connection may be an attack or a restarted peer, so this side answers with a challenge ACK.
rule-syn-reset = fourth check: a SYN in the window is an error (RFC 793 rule); send a reset, tell the user, delete the TCB
    .plain = A SYN inside an open connection is an error, so the connection is reset.
rule-ack-off = fifth check: the ACK bit is off; drop the segment
    .plain = Once connected, every segment must carry an ACK; this one does not, so it is dropped.
rule-syn-received-ack = fifth check: SEG.ACK = { $ack } acknowledges our SYN; SND.WND = { $wnd }, enter ESTABLISHED
    .plain = The peer acknowledged our SYN: the handshake is complete.
rule-syn-received-bad-ack = fifth check: in SYN-RECEIVED, SEG.ACK = { $ack } is not in SND.UNA < SEG.ACK =< SND.NXT ({ $snd_una }..{ $snd_nxt }]; send <SEQ=SEG.ACK><CTL=RST>
    .plain = The ACK does not match our SYN,ACK, so it is answered with a reset.
rule-ack-challenge = fifth check: SEG.ACK = { $ack } is outside SND.UNA − MAX.SND.WND =< SEG.ACK =< SND.NXT ({ $lowest } ..= { $snd_nxt }); send an ACK and drop the segment
    .plain = The ACK number is far from anything sent, so this side answers with a challenge ACK and ignores the segment.
rule-ack-too-new = fifth check: SEG.ACK = { $ack } acknowledges something not yet sent (SND.NXT = { $snd_nxt }); send an ACK and drop the segment
    .plain = The peer acknowledges data never sent, so this side tells it what was really sent.
rule-ack-new = fifth check: new ACK, SND.UNA = { $snd_una }
    .plain = The peer acknowledged more of our data; it no longer needs to be kept for resending.
rule-ack-duplicate = fifth check: SEG.ACK = { $ack } acknowledges nothing new (SND.UNA = { $snd_una }); a duplicate ACK can be ignored
    .plain = This ACK acknowledges no data that was not acknowledged already. Fast retransmit after three duplicate ACKs is part of congestion control, which this side does not run (Settings).
rule-ack-duplicate-cc = fifth check: SEG.ACK = { $ack } acknowledges nothing new (SND.UNA = { $snd_una }); congestion control checks whether it is a duplicate ACK that counts toward a fast retransmit
    .plain = This ACK acknowledges no data that was not acknowledged already; congestion control, which this side runs, checks whether it counts toward a fast retransmit.
rule-window-update = window update: SND.WND = { $wnd }
    .plain = The peer says how much more data it can take now.
rule-fin-wait-1-acked = FIN-WAIT-1: our FIN is acknowledged; enter FIN-WAIT-2
    .plain = The peer acknowledged our FIN; now this side waits for the peer's FIN.
rule-fin-wait-2-acked = FIN-WAIT-2: everything we sent is acknowledged; our CLOSE is done, { $fin ->
        [1] and their FIN comes in this segment
       *[other] waiting for their FIN
    }
    .plain = Everything sent is acknowledged, so this side's own close is done; what remains is the peer's FIN.
rule-closing-acked = CLOSING: our FIN is acknowledged; enter TIME-WAIT
    .plain = Both FINs are acknowledged; this side waits in TIME-WAIT.
rule-closing-not-acked = CLOSING: the ACK does not cover our FIN; ignore the segment
    .plain = This ACK does not yet acknowledge our FIN, so it changes nothing.
rule-last-ack-acked = LAST-ACK: our FIN is acknowledged; delete the TCB, enter CLOSED
    .plain = The last ACK arrived: the connection is closed.
rule-urg = sixth: URG is set; the urgent pointer is not modelled, the data is delivered in order
    .plain = The urgent flag is not modelled here; the data is delivered as usual.
rule-out-of-order = seventh: the segment starts at { $seq } beyond RCV.NXT = { $rcv_nxt }; hold it until the gap fills and send a duplicate ACK
    .plain = Data arrived ahead of a gap: it is kept, and an ACK asks again for the missing part.
rule-text-after-fin = seventh: text after their FIN cannot be valid; ignore it
    .plain = The peer already said it has no more data, so new data is ignored.
rule-deliver = seventh: { $len } { $len ->
        [one] byte
       *[other] bytes
    } in order, delivered to the application; RCV.NXT = { $rcv_nxt }
    .plain = Data arrived in order and is handed to the application.
rule-ack-delayed = delayed ACK: this data is acknowledged with the next segment out, or at { $until } at the latest
    .plain = The ACK waits a little, hoping to travel with data or cover the next segment too.
rule-ack-every-second = a second data segment since the last ACK: acknowledge both now (SHLD-19)
    .plain = Two segments have arrived without an ACK, so one goes now for both.
rule-peer-mss = the SYN announces an MSS of { $mss } bytes: no segment to this peer carries more data than that (or than this TCP's own mss), MUST-16
    .plain = The other side can take segments of up to { $mss } bytes of data, so this side never sends more in one.
rule-peer-mss-default = the SYN carries no MSS option: this TCP must assume { $mss } bytes (MUST-15), and sends no more than that in one segment
    .plain = The other side did not say how big a segment it can take, so this side keeps to the safe default of { $mss } bytes.
rule-ack-delay-timeout = the delayed-ACK timer fires: the ACK that was owed goes now (MUST-40: within 0.5 s)
    .plain = Nothing else went out in time, so the ACK goes on its own.
rule-buffered = seventh: { $len } { $len ->
        [one] byte
       *[other] bytes
    } in order, kept in the receive buffer until the application reads ({ $buffered } waiting); RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd } (the right edge stays)
    .plain = Data arrived in order and waits in the buffer for the application; the window shrinks by as much.
rule-window-closed = the receive buffer is full ({ $buffered } bytes waiting): RCV.WND = 0, a zero window; the sender must stop and probe
    .plain = The buffer is full, so this side advertises a zero window: the sender must wait until the application reads.
rule-held-delivered = a held segment now follows RCV.NXT (SHLD-31)
    .plain = The gap is filled, so data that arrived early is delivered now.
rule-fin = eighth: FIN → tell the user "connection closing", RCV.NXT = { $rcv_nxt }, acknowledge it
    .plain = The peer has no more data to send; the application is told and the FIN is acknowledged.
## Why a segment was sent

reason-active-open = active OPEN: SYN carrying our ISS
reason-send-in-listen = SEND in LISTEN makes the connection active: SYN
reason-answer-syn = answer the SYN: SYN,ACK with our ISS, acknowledging theirs
reason-simultaneous-open = simultaneous open: SYN,ACK
reason-data = { $len ->
        [0] CLOSE: FIN, no more data from us
       *[other] { $len } { $len ->
            [one] byte
           *[other] bytes
        } of data{ $fin ->
            [1] , then FIN
           *[other] {""}
        }
    }
reason-window-probe = zero-window probe
reason-probe-again = the probe's octet again: the window reopened
reason-retransmission = retransmission after a timeout (attempt { $attempt })
reason-abort = ABORT: reset the connection
reason-reset-no-connection = no connection: reset
reason-reset-ack-in-listen = ACK in LISTEN: reset
reason-reset-bad-ack-syn-sent = unacceptable ACK in SYN-SENT: reset
reason-reset-bad-ack-syn-received = unacceptable ACK in SYN-RECEIVED: reset
reason-reset-syn-in-window = SYN in window: reset
reason-ack-handshake = acknowledge their SYN: the handshake is complete
reason-ack-unacceptable = the segment was not acceptable: tell the peer what we expect
reason-challenge-rst = challenge ACK (RFC 5961): a real peer will answer with an exact RST
reason-challenge-syn = challenge ACK (RFC 5961): a restarted peer will answer with RST
reason-challenge-ack = challenge ACK (RFC 5961): the ACK number is out of range
reason-ack-too-new = the ACK was for data never sent
reason-ack-out-of-order = out-of-order segment: ask again for RCV.NXT
reason-ack-data = acknowledge the data received
reason-ack-fin = acknowledge their FIN
reason-delayed-ack = delayed ACK: the timer fired
reason-fast-retransmit = fast retransmit: the oldest unacknowledged segment again, before the timer fires
reason-sack-retransmit = SACK loss recovery: a segment the scoreboard shows missing, again before the timer fires
reason-go-back-n = go-back-N: a segment sent before the timeout, sent again as the window grows
reason-window-update = window update: the application read and the window opened

## Packet captures: the panel beside a capture's replay, and what each
## difference from RFC 9293 means (needed only once a capture is opened).
capture-no-worker = This browser cannot read captures here (it did not start the capture reader). Your session is as it was.
capture-too-big = “{ $name }” is { $size } bytes; a capture may have at most { $max } bytes. Nothing was read; your session is as it was.
capture-not-capture = “{ $name }” is not a packet capture: open a pcap or pcapng file, as Wireshark or tcpdump save them. Your session is as it was.
capture-damaged = “{ $name }” is a damaged capture ({ $why }). Your session is as it was.
capture-no-connection = “{ $name }” holds no TCP segment the playground can read. Your session is as it was.
capture-pick = “{ $name }” holds several TCP connections. Which one?
capture-connection = { $label }: { $packets } { $packets ->
        [one] segment
       *[other] segments
    }, from { $start } ms
capture-pick-cancel = None of them
capture-reading = Reading “{ $name }”…
capture-reading-cancel = Cancel
capture-failed = The capture reader stopped while reading “{ $name }” (it ran out of memory or failed). Nothing was opened; your session is as it was, and the next capture starts a new reader.
capture-filter = Show the connections whose address holds:
capture-shown = { $shown } of { $matching } { $matching ->
        [one] connection
       *[other] connections
    } shown, the largest first ({ $total } in the file).
capture-show-more = Show more ({ $hidden } not shown)
capture-limited-segments = The replay stops before segment { $at } of the connection's { $total }: a capture's replay holds at most { $max } segments.
capture-limited-data = The replay stops before segment { $at } of the connection's { $total }: a capture's replay carries at most { $max } bytes of data (a segment cut by the snap length counts its whole length).
capture-limited-text = The replay stops before segment { $at } of the connection's { $total }: its scenario would pass { $max } bytes, the most a capture's replay writes.
capture-limited-unseen = The replay stops before segment { $at } of the connection's { $total }: its sender would first send more than { $max } segments the capture never saw (its sequence numbers jump ahead), the most a capture's replay sends.
capture-limited-events = The replay stops before segment { $at } of the connection's { $total }: both TCPs have reached { $max } events (segments formed, timers fired, arrivals), the most a capture's replay runs.
capture-title = Capture: { $name }
capture-summary = { $label }, { $packets } { $packets ->
        [one] segment
       *[other] segments
    }, replayed by the playground's two TCPs: the states and rules you see are the engine's reading of what each side sent and received.
capture-near = Captured at the { $side }'s host: its times are exact; the other side's are shifted by the one-way delay, taken as { $latency } ms (half the handshake's round trip).
capture-near-unknown = Both hosts were less than a millisecond apart: the times are the same wherever the capture was taken.
capture-lost = Taken as lost on the way: { $count ->
        [one] segment
       *[other] segments
    } { $at }. { $count ->
        [one] It was
       *[other] Each was
    } sent again before anything acknowledged it: the capture saw { $count ->
        [one] it
       *[other] them
    }, the receiver probably did not.
capture-unseen = { $count } { $count ->
        [one] segment the sender must have sent is
       *[other] segments the sender must have sent are
    } not in the capture (later data is): taken as lost before the capture point.
capture-stopped = The replay stopped at segment { $packet }: from there the engines could not follow the capture.
capture-not-kept = Data not kept: { $count ->
        [one] segment
       *[other] segments
    } { $at }, { $bytes } bytes in all (cut by the capture's snap length, past the first 64 KB of data, or sent again as captured but not text). The lengths are real; the endpoints show filler letters (abcd…) in place of those bytes, not the captured ones.
capture-numbering = The ladder shows each captured segment's number, as here: No. 1, No. 2…
capture-no-handshake = The capture begins after the connection opened: without its SYNs the engines cannot know its sequence numbers, so they stay CLOSED and every segment is shown as captured.
capture-skipped = { $count } other { $count ->
        [one] packet
       *[other] packets
    } in the file (other protocols, IP fragments, packets cut short) { $count ->
        [one] was
       *[other] were
    } passed over.
capture-cut-short = The file ends in the middle of a packet: what came before it was read.
capture-differences = Where the real TCP did something else: { $count } { $count ->
        [one] kind
       *[other] kinds
    }
capture-no-differences = Nowhere: the engine would have sent exactly these segments.
capture-difference = { $title } ({ $name }): segment { $at }.
capture-more = , and { $count } more
capture-at = { $packet } ({ $side })
capture-differences-doc = More about each, and about what real stacks do differently (the project's notes, in English, as plain text)
capture-continue-help = To take over, go back to any moment with Undo (or the timeline) and press Continue from here: both TCPs then answer on their own, and you send, drop and delay as in any session. Until you press it, both stay in manual mode, as the replay needs them: what they send waits in their outbox.
capture-continue = Continue from here
capture-save = Save as a scenario
capture-save-help = The scenario has the capture's segments with a comment before each: a teacher can edit it into a lesson with “Write a lesson”, at the top of the page.
difference-delayed-ack = The engine would have acknowledged at once; the real TCP waited, to acknowledge two segments with one ACK or to send its ACK with data (RFC 9293 §3.8.6.3 allows both).
    .title = Delayed ACK
difference-rst-on-abort-carries-ack = The real TCP's reset on abort carries an ACK; RFC 9293 §3.10.5 sends a bare <SEQ=SND.NXT><CTL=RST>. The receiver checks the sequence number either way.
    .title = A reset on abort carries an ACK
difference-syn-options = The SYN carries options (maximum segment size, window scale, SACK permitted, timestamps) that the playground's TCP does not send.
    .title = Options on the SYN
difference-window-scaling = The two TCPs agreed to scale their windows (RFC 7323): the window fields are multiplied by a power of two. The playground shows the scaled windows, at most 65535 bytes.
    .title = Window scaling
difference-min-rto = The real TCP retransmitted before the engine's retransmission timer (at least 1 second, RFC 6298) would have expired: real stacks time out sooner (Linux after 200 ms at least) and also probe for a lost last segment (RACK and tail loss probes, RFC 8985), so on a fast network they resend within milliseconds.
    .title = A shorter retransmission timeout
difference-fast-retransmit = The real TCP retransmitted after duplicate ACKs, without waiting for its timer: fast retransmit (RFC 5681 §3.2), which the playground's TCP does only with congestion control on (set client.cc reno), and a replay runs without it.
    .title = Fast retransmit
difference-beyond-window = The real TCP sent data beyond the window the engine knew of (its windows can be larger, with window scaling).
    .title = Data beyond the window
difference-not-formed = The engine would not have sent this segment at this moment; it is shown as captured, and the sender's state did not change.
    .title = A segment the engine would not send
difference-engine-would-send = When the capture ends, the engine would still send something the real TCP never did.
    .title = A segment the engine would still send

## What makes up for a lost segment (the engine's Recovery), in Why

lost-why-retransmission = The { $from } still holds these octets unacknowledged: when its retransmission timer fires, it sends them again (unless the connection ends first).
lost-why-fast-retransmit-or-timer = The { $from } still holds these octets unacknowledged and runs congestion control: if the ACKs coming back tell it of the loss first (three duplicate ACKs, or a partial ACK during recovery), it sends them again at once (fast retransmit); otherwise they go again once its retransmission timer fires (unless the connection ends first).
lost-why-next-probe = It was a zero-window probe: when the { $from }'s timer fires, it probes again, after twice as long.
lost-why-peer-resends = A pure ACK is never sent again. The { $to } still waits for an acknowledgment: when its retransmission timer fires, it sends its oldest unacknowledged segment again, and the { $from } acknowledges that copy (unless the connection ends first).
lost-why-peer-resends-time-wait = A pure ACK is never sent again. The { $to } still waits for its FIN to be acknowledged: when its retransmission timer fires, it sends the FIN again, and the { $from }, still in TIME-WAIT, acknowledges it again and starts 2 x MSL anew.
lost-why-peer-resends-too-late = A pure ACK is never sent again. The { $to } sends its FIN again when its retransmission timer fires, but by then the { $from } has left TIME-WAIT: with no connection left, it answers that FIN with RST, which ends the { $to }'s connection.
lost-why-peer-probes = A pure ACK is never sent again. The { $to } is probing a zero window: its next probe is answered with the window again.
lost-why-not-needed = A pure ACK is never sent again, and nothing needs it: the { $to } was waiting for nothing it carried.
lost-why-reset = A RST is never sent again: nothing recovers it.
lost-why-already-acknowledged = Nothing is sent again, and nothing needs to be: these octets are already acknowledged.
lost-why-sender-gone = Nothing sends it again: the { $from } no longer has a connection that holds these octets.
lost-why-copy-in-flight = Another copy of these octets from the { $from } is still on the wire: the { $to } will have them from it, so they need not be sent again (should the { $from }'s retransmission timer reach them before they are acknowledged, it sends them again all the same).
lost-why-later-ack-in-flight = A pure ACK is never sent again, but another segment from the { $from }, still on the wire, acknowledges as much: if it arrives, nothing is missing.
lost-why-already-received = The { $to } already has these octets from an earlier copy, so they need not be sent again (should the { $from }'s retransmission timer reach them before they are acknowledged, it sends them again all the same).
lost-why-unknown = Nothing sends it again: the { $from }'s TCP does not know this segment exists (it was hand-made, or copied on the wire).

# A lesson that does not arrive in time (fetched after the first screen: it
# is needed only after seconds of waiting).
notice-lesson-timeout = The lesson { $url } could not be loaded: it had not arrived after { $seconds } seconds (the server is not answering, or the connection is very slow). Try again later.

# A lesson's check that did not hold, as the lesson's own expectation:
# students never see the file's line numbers. Segments and numbers are
# written as the lesson writes them; { $field } is a header field's name.
check-real-numbers = (Numbers as the lesson writes them: real, not relative.)
check-state = The lesson expected the { $side } in { $expected } here; it is { $found }.
check-var = The lesson expected the { $side }'s { $var } to be { $expected } here; it is { $found }.
check-received-text = The lesson expected the { $side }'s application to have received “{ $expected }” here; it has received “{ $found }”.
check-received-count = The lesson expected the { $side }'s application to have received { $expected } { $expected ->
        [one] byte
       *[other] bytes
    } here; it has received { $found }.
check-buffered = The lesson expected { $expected } { $expected ->
        [one] byte
       *[other] bytes
    } waiting unread at the { $side } here; { $found ->
        [one] 1 byte waits
       *[other] { $found } bytes wait
    }.
check-congestion = The lesson expected { $var } { $expected } at the { $side } here; it is { $found }.
check-congestion-off = The lesson expected { $var } { $expected } at the { $side } here, but the { $side } runs no congestion control.
check-signal = The lesson expected the { $side }'s application to have been told { $expected } here; { $count ->
        [0] it was told nothing
       *[other] it was told only { $told }
    }.
check-wire-empty = The lesson expected no segment in flight here; { $found ->
        [one] one is
       *[other] { $found } are
    } in flight, the oldest { $seg } from the { $from }.
check-wire-count = The lesson expected { $expected } { $expected ->
        [one] segment
       *[other] segments
    } in flight here; { $found ->
        [one] there is 1
       *[other] there are { $found }
    }.
check-wire-missing = The lesson expected a segment number { $n } in flight here ({ $expected }); { $found ->
        [0] the wire is empty
        [one] only one is in flight
       *[other] only { $found } are in flight
    }.
check-wire-differs = The lesson expected the { $from }'s segment here to be { $expected }; it is { $found } (its { $field } field differs).
check-outbox-empty = The lesson expected the { $side }'s outbox empty here; { $found ->
        [one] one segment waits
       *[other] { $found } segments wait
    } in it, the first { $seg }.
check-outbox-missing = The lesson expected segment { $n } of the { $side }'s outbox to be { $expected } here; { $found ->
        [0] the outbox is empty
        [one] only one segment waits
       *[other] only { $found } segments wait
    }.
check-outbox-differs = The lesson expected segment { $n } of the { $side }'s outbox to be { $expected } here; it is { $found } (its { $field } field differs).
check-time = The lesson expected the clock at { $expected } here; it reads { $found }.
check-rule = The lesson expected the { $side }'s TCP to have applied the rule “{ $rule }” by now; it never has.
check-no-rule = The lesson expected the { $side }'s TCP never to apply the rule “{ $rule }”; it has.
check-no-goals = The lesson checks its goals here, but it sets none before this point.
check-goal = A goal is not reached yet. { $why }
check-refused = The lesson's next action could not run: { $why }
check-unanswerable-sends = The lesson asks what the { $side } sends next, but the { $side } sends nothing in this step.
check-unanswerable-arrives = The lesson asks what becomes of the next segment to arrive at the { $side }, but none arrives in this step.
check-blank-segment = The lesson leaves a field of segment { $n } of the { $side } blank, but the { $side } sends { $sent } in this step.
check-blank-ack = The lesson leaves blank the acknowledgment number of a segment the { $side } sends, but that segment carries no ACK.

# A lesson that sets the numbering itself (`numbering real|relative`),
# under its title: leaving the lesson gives the student's choice back.
lesson-numbering-real = This lesson shows real sequence numbers, as its narration names them. Tick “relative seq numbers” to count from each ISN; leaving the lesson puts your own choice back.
lesson-numbering-relative = This lesson shows sequence numbers relative to each side's ISN. Untick “relative seq numbers” to see them as they are on the wire; leaving the lesson puts your own choice back.

# Questions in lessons: the student predicts before the step runs.
quiz-form = Predict before the next step runs
quiz-intro = Before the next step runs: what will happen? Answer, and it runs (Next step skips the questions: a skipped question scores nothing).
quiz-ask-state = What state will the { $side } be in once the next step has run?
quiz-ask-flags = Which flags will the next segment the { $side } sends carry?
quiz-ask-seq = What sequence number (SEG.SEQ) will the next segment the { $side } sends carry?
quiz-ask-ack = What acknowledgment number (SEG.ACK) will the next segment the { $side } sends carry?
quiz-ask-win = What window (SEG.WND) will the next segment the { $side } sends advertise?
quiz-ask-outcome = What will the { $side } do with the next segment that arrives?
quiz-pick-state = Choose a state
quiz-typed-relative = Number (relative, as on screen):
quiz-typed-real = Number (real, as on screen):
quiz-typed-bytes = Bytes:
quiz-outcome-accepted = accept it
quiz-outcome-ignored = drop it without an answer
quiz-outcome-refused = drop it and answer with an ACK
quiz-outcome-challenged = answer with a challenge ACK (RFC 5961)
quiz-outcome-reset = answer with a RST
quiz-bytes = { $n } bytes
quiz-answer = Answer and run the step ▸
quiz-missing = Question { $n } has no answer yet.
quiz-not-number = Question { $n }: “{ $typed }” is not a number. Write it with digits only (0–9).
quiz-right = ✓ Right.
quiz-wrong = ✗ Not quite.
quiz-given = You answered:
quiz-happened = What happened:
quiz-why = Why:
quiz-score-title = Your score
quiz-score = { $right } of { $answered } { $answered ->
        [one] question
       *[other] questions
    } right at the first try ({ $questions } in the lesson).
quiz-score-hints = { $hints ->
        [0] No hints used.
        [one] 1 hint used.
       *[other] { $hints } hints used.
    }

# Blanks on the ladder (`blank` lines): the student fills them in.
fill-flags = Blank on the ladder: the flags the { $side } sent
fill-seq = Blank on the ladder: the sequence number (SEG.SEQ) the { $side } sent
fill-ack = Blank on the ladder: the acknowledgment number (SEG.ACK) the { $side } sent
fill-win = Blank on the ladder: the window (SEG.WND) the { $side } advertised
fill-how-flags = Flags, such as SYN,ACK:
fill-right = right ({ $right })
fill-wrong = not quite: you wrote { $given }; it is { $right }
fill-invalid-number = Type a number (digits only), then Enter.
fill-invalid-flags = Type flags such as SYN,ACK (or none), then Enter.
worksheet-blanks = Fill in the empty boxes on the ladder.
worksheet-step = Step { $n }

# "Write a lesson" (the editor, a page of its own): its later words.
editor-reading = Reading the lesson…
editor-at = Line { $line }, column { $col }
editor-mistakes = Mistakes in the text: { $n }
editor-mistakes-more = { $n } more { $n ->
        [one] line has a mistake
       *[other] lines have mistakes
    }: the first { $shown } are listed. Correct these, and the others appear.
editor-pages = This draft is long, so the box holds part of it at a time: lines { $from } to { $to } of { $total }. Checking, saving and the embed code use the whole text.
editor-pages-before = ◂ Earlier lines
editor-pages-after = Later lines ▸
editor-rules-label = Rule ids with “{ $typed }” (↑ and ↓ choose, Enter inserts, Esc closes):
editor-rules-none = No rule id contains what you typed. A rule's section, such as §3.10.7.4, works too.
editor-rules-more = { $n } more: type more of the id to narrow the list.
editor-embed-what = What to copy
editor-embed-alone = The iframe alone
editor-embed-script = The iframe and a script that shows the student's progress on your page (where your platform allows scripts)
editor-parent-wrong = This is not an origin: parent= takes the scheme and the host name only (and a port, if any), such as https://moodle.your.school. The code leaves it out until it is one.
editor-parent-use = Use { $origin }
editor-script-waiting = Not started yet.
editor-script-step = Step { $step } of { $steps }
editor-script-finished = Lesson finished: { $passed } checks passed, { $failed } failed.
editor-script-complete = Challenge complete. Hints used: { $hints }.
editor-preview = Preview at the embed's size ({ $width } × { $height })
editor-preview-again = Show the current text
editor-preview-title = Preview of the embedded lesson

## Saving in this browser: when it cannot go as usual, and another tab's
## save (needed only once the student acts)

storage-full = This browser's storage is full, so your earlier session cannot be kept aside: saving what you do now would replace it. What should happen to it?
storage-full-download = Download it, then save this one
storage-full-replace = Replace it
storage-full-keep = Keep it; do not save this one
notice-not-saved = Your earlier session stays saved. What you do now is not saved in this browser: use Export ▸ Session to keep it.
notice-save-too-long = Your session now has { $n } bytes, more than the { $max } a saved session may have to open again, so it is not saved in this browser. It is still here on screen.
notice-save-too-many = Your session now has { $n } steps, more than the { $max } a saved session may have to open again, so it is not saved in this browser. It is still here on screen.
notice-save-failed = Your session could not be saved in this browser (its storage is full). It is still here on screen: use Export ▸ Session to keep it.
notice-save-works = Your session is being saved in this browser again.
notice-other-tab = Another tab of the playground has just saved newer work. This tab's session will replace it when you act here; reload this tab to continue the other one instead.

## Importing, exporting and sharing (needed only once the student acts)

export-what-svg = The SVG ladder
export-what-png = The PNG ladder
export-what-pcap = The capture (as the client's machine would record it)
notice-export-covers = { $what } covers t = { $from } to { $to }: what came before is not in it (long sessions forget their oldest events, and a PNG holds the last 600 rows).
notice-not-text = “{ $name }” could not be read as text.
notice-file-too-big = “{ $name }” is { $size } bytes; a scenario file may have at most { $max } bytes. Nothing was read; your session is as it was.
share-label = Share link
share-explain = Anyone who opens this link sees this exact session:
share-copy = Copy link
share-copied = Copied: paste it anywhere.
share-copy-by-hand = The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).
share-done = Done
share-unsupported = This browser cannot pack a share link; a browser from 2023 or later can.

## Congestion control settings (in the event log)
setting-cc = { $cc ->
        [reno] the { $side } now runs Reno congestion control (RFC 5681)
        [newreno] the { $side } now runs NewReno congestion control (RFC 6582)
        [cubic] the { $side } now runs CUBIC congestion control (RFC 9438)
       *[off] the { $side } now runs no congestion control: only its peer's window limits what it sends
    }
setting-iw = { $n ->
        [0] the { $side }'s initial window is now RFC 5681's (2 to 4 segments, by the segment size)
       *[other] the { $side }'s initial window is now { $n } segments
    }
setting-sack = { $on ->
        [1] the { $side }'s SYNs now offer SACK (RFC 2018): with a peer that offers it too, ACKs name the data held beyond a gap
       *[other] the { $side } no longer offers SACK: its ACKs carry only the cumulative acknowledgment
    }

## A bottleneck link (in the event log, the ladder and lessons' checks)

setting-link = the { $from }→{ $to } link now sends at { $rate } with a queue of { $queue } segments: a segment waits its turn and its serialization time before it travels
setting-link-off = the { $from }→{ $to } link no longer limits the rate: segments leave at once
ev-queue = the { $from }→{ $to } link's queue now holds { $len } { $len ->
        [one] segment
       *[other] segments
    }
ev-lost-queue-full = #{ $id } is lost: the link's queue is full (drop-tail)
ladder-lost-queue-full = lost (queue full)
check-link-queue = The lesson expected { $expected } { $expected ->
        [one] segment
       *[other] segments
    } waiting in the { $from }→{ $to } link's queue here; { $found } { $found ->
        [one] waits
       *[other] wait
    }.

## The graphs over time (issue 33), loaded when first opened: the
## time-sequence graph of one direction and the congestion graph of its
## sender. Numbers arrive written in the student's numbering; times as
## clock readings ("1.000 s").
graphs-title = Graphs over time
graph-direction = Direction
graph-zoom-in = Zoom in
graph-zoom-out = Zoom out
graph-earlier = Earlier
graph-later = Later
graph-reset = Show all
graph-export-svg = Save graphs (.svg)
graph-export-png = Save graphs (.png)
graph-help = Drag across a graph to zoom to that time. Keys on a graph: + and − zoom, ← and → move, 0 shows all, [ and ] select the previous or next event. Clicking a segment selects its row in the ladder and its line in the log.
graph-ts-title = Time-sequence graph: what the { $from } sends to the { $to }
graph-cc-title = Congestion graph: the { $from }'s windows, in bytes, and its bottleneck queue
graph-cc-off = Congestion control is off for this sender: only its flight size and the peer's window are drawn.
graph-key-data = data sent (a bar from its first octet to its last)
graph-key-again = sent again by the retransmission timer
graph-key-fast = sent again by fast retransmit
graph-key-probe = zero-window probe
graph-key-other = injected by hand or copied
graph-key-ack = acknowledged (ACKs received)
graph-key-edge = ACK + window (right edge of the receive window)
graph-key-sack = SACK blocks
graph-key-losses = Lost: ✕ dropped by you, ○ random loss, □ queue or wire full
graph-key-cwnd = cwnd
graph-key-ssthresh = ssthresh
graph-key-flight = flight size
graph-key-window = peer's window
graph-key-recovery = fast recovery (shaded)
graph-key-events = Marks: 3 third duplicate ACK, T timeout, P partial ACK, E recovery ends
graph-key-queue = bottleneck queue (segments, lower band)
graph-text = Events and figures, as text
graph-none = none
graph-no-events = No retransmission, loss, probe or congestion event yet.
graph-more = … and { $n } more
graph-at-ts = At { $time }: sent up to { $highest }, acknowledged up to { $ack }, window edge { $edge }; { $sent } segments sent, { $again } sent again, { $lost } lost.
graph-at-cc = At { $time }: cwnd { $cwnd } bytes, ssthresh { $ssthresh } bytes, flight size { $flight } bytes, peer's window { $window } bytes, { $queue } segments in the queue.
graph-at-nocc = At { $time }: flight size { $flight } bytes, peer's window { $window } bytes, { $queue } segments in the queue.
graph-ev-new = { $time }: octets { $first }–{ $last } sent.
graph-ev-retransmission = { $time }: octets { $first }–{ $last } sent again (retransmission).
graph-ev-fast = { $time }: octets { $first }–{ $last } sent again by fast retransmit.
graph-ev-probe = { $time }: zero-window probe, octet { $first }.
graph-ev-injected = { $time }: octets { $first }–{ $last } in a segment made by hand.
graph-ev-copy = { $time }: a copy of octets { $first }–{ $last }.
graph-lost-hand = Dropped on purpose at { $time } (not a random loss).
graph-lost-random = Lost at { $time } (random loss).
graph-lost-queue = Lost at { $time }: the link's queue was full.
graph-lost-wire = Lost at { $time }: the wire was full.
graph-cc-ev-third-dupack = { $time }: third duplicate ACK: fast retransmit, fast recovery begins (cwnd { $cwnd }, ssthresh { $ssthresh }).
graph-cc-ev-timeout = { $time }: retransmission timeout (cwnd { $cwnd }, ssthresh { $ssthresh }).
graph-cc-ev-partial-ack = { $time }: partial ACK: the next hole is sent again, recovery goes on (cwnd { $cwnd }).
graph-cc-ev-recovery-exit = { $time }: fast recovery ends (cwnd { $cwnd }, ssthresh { $ssthresh }).

# "Download for an LMS (SCORM 1.2)" in the editor, and the package's launch
# page (its words are written into the package in the editor's language).
editor-scorm-title = A package for your LMS
editor-scorm-help = A SCORM 1.2 package holds this lesson and the whole playground. Upload it to Moodle, Canvas or Blackboard as a SCORM activity: the LMS then records each student's score, whether they passed, the time spent, and the step they reached, so a student who leaves comes back to the same step. The package is made in this browser; nothing is sent anywhere.
editor-scorm-pass = Pass mark, in percent of the questions right at the first try (optional):
# An example, not a value: the field is empty until one is typed.
editor-scorm-pass-example = e.g. 70
editor-scorm-pass-none = Without a pass mark, the LMS is told “completed” when the lesson ends.
editor-scorm-pass-some = The LMS is told “passed” or “failed” when the lesson ends, by this mark. A lesson without questions is “completed”.
editor-scorm-pass-wrong = A pass mark is a whole number from 0 to 100. The button waits until it is one, or empty.
editor-scorm-download = Download for an LMS (SCORM 1.2)
editor-scorm-making = Making the package…
editor-scorm-done = Downloaded { $name } ({ $size } MB).
editor-scorm-failed = The package could not be made: { $why }
scorm-no-lms = No learning management system (LMS) was found, so nothing is recorded: the lesson works, but your score and your place in it are not kept.
scorm-refused = The learning management system (LMS) refused to start a session, so nothing is recorded: the lesson works, but your score and your place in it are not kept.
scorm-frame = TCP Playground lesson
scorm-untitled = TCP Playground lesson
# A place in a lesson kept by an LMS (resume=) that does not read.
notice-resume-unreadable = The place in this lesson that your course kept could not be read ({ $why }), so the lesson starts from its beginning.
graph-y-seq-relative = ↑ sequence number, relative to the ISN (bytes)
graph-y-seq-absolute = ↑ sequence number, absolute (bytes)
graph-y-bytes = ↑ bytes
graph-y-segments = ↑ segments in the queue
graph-x-time = time since the session began →
graph-edge-off = ↑ ACK + window above the top
graph-edge-off-value = up to { $edge }
graph-edge-above = The receive window's right edge (ACK + window), { $edge }, is above the top of the time-sequence graph: it runs along the top border, marked with arrows pointing up.
graph-arrival = Draw segments when they arrived
graph-arrival-hint = Each bar is drawn when it reached the { $to }; a lost segment where it was lost; one still on the wire is not drawn. The ACK lines stay where the { $from } received them.

## The Settings panel's congestion control and SACK (loaded with it).
settings-congestion = Congestion control and SACK
settings-cc-when = Congestion control (RFC 5681) limits what a side sends, on top of the peer's window. A change takes effect at once: switched on during a connection, it starts from the initial window, as a new connection would.
settings-sack-when = SACK (RFC 2018) is offered in a side's SYN and used only when both SYNs offered it: switching it on applies to the next connection; switching it off stops it at once. Its loss recovery (RFC 6675) runs only with congestion control on.
settings-client-cc = Client's congestion control
settings-server-cc = Server's congestion control
settings-client-sack = Client offers SACK
settings-server-sack = Server offers SACK
settings-cc-off = off
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
        [1] real number, outside the window
       *[other] outside the window
    })
num-no-isn = { $n } (real number: no ISN yet)
num-relative = { $n } (relative)
num-relative-real = { $n } (relative; real { $real })
who-wire = wire
ev-call = the application calls { $call }
ev-sent = #{ $id } sends { $seg } — { $reason }
ev-released = #{ $id } sends { $seg } (released from the outbox) — { $reason }
ev-injected = #{ $id } hand-made segment, as if from the { $from }: { $seg }
ev-duplicate = #{ $id } copy of #{ $of } on the wire: { $seg }
ev-queued = holds in its outbox: { $seg } — { $reason }
ev-discarded = outbox segment thrown away: { $seg }
ev-delivered = #{ $id } arrives at the { $to }
ev-lost-random = #{ $id } is lost (random loss)
ev-lost-wire-full = #{ $id } is lost: the wire already holds { $max } segments
ev-delayed = #{ $id } is delayed: it now arrives at { $time }
ev-timer = the { $timer } fires
ev-received = { $len } { $len ->
        [one] byte
       *[other] bytes
    } delivered to the application
ep-tcb = TCB variables
ep-tcb-deleted = TCB deleted: its last values
ep-not-chosen = not chosen yet
ep-not-known = not known yet (no SYN from the peer)
ep-changed = { " " }(changed)
tcb-iss = initial send sequence number
tcb-irs = initial receive sequence number (the peer's ISS)
tcb-snd-una = oldest unacknowledged
tcb-snd-nxt = next to send
tcb-snd-wnd = the peer's window
tcb-rcv-nxt = next expected
tcb-rcv-wnd = our window
sp-title = Sequence spaces
sp-send = Sending: this TCP's numbers (RFC 9293 Figure 3)
sp-recv = Receiving: the peer's numbers (RFC 9293 Figure 4)
sp-no-send = Nothing to draw yet: this TCP has not chosen its ISS.
sp-no-recv = Nothing to draw yet: the peer's SYN has not arrived.
sp-acked = acknowledged: { $n }
sp-acked-syn = acknowledged: { $n } (the SYN{ $data ->
        [0] {""}
       *[other] {" "}and { $data } bytes
    })
sp-acked-syn-fin = acknowledged: { $n } (the SYN{ $data ->
        [0] {""}
       *[other] , { $data } bytes
    } and the FIN)
sp-flight = sent, not acknowledged: { $n }
sp-retransmitted = of which sent again after a timeout: { $n }
sp-beyond-window = of which past the window's edge (sent before the peer shrank its window, or a FIN): { $n }
sp-usable = may send now: { $n }
sp-probe = of which a zero-window probe, past the window's edge: { $n }
sp-usable-shut = may send now: 0 ({ $why })
sp-window-shut = may arrive: 0 ({ $why })
sp-shut-no-connection = no connection
sp-shut-time-wait = TIME-WAIT: the connection is over; only the peer's FIN sent again can still arrive
sp-shut-opening = the handshake is not complete yet
sp-shut-fin-sent = this TCP has sent its FIN: no more data
sp-shut-fin-received = the peer's FIN has arrived: no more data
sp-not-yet = may not send yet (beyond the window){ $queued ->
        [0] {""}
       *[other] ; { $queued } { $queued ->
            [one] byte waits
           *[other] bytes wait
        } to be sent
    }
sp-not-yet-cwnd = may not send yet (beyond what cwnd = { $cwnd } bytes allows in flight){ $queued ->
        [0] {""}
       *[other] ; { $queued } { $queued ->
            [one] byte waits
           *[other] bytes wait
        } to be sent
    }
sp-read = received and read: { $n }
sp-waiting = received, waiting in the buffer: { $n }
sp-window = may arrive (RCV.WND): { $n }
sp-held = arrived early, held until the gap fills: { $n }
sp-not-offered = free, not offered yet (silly-window avoidance): { $n }
sp-beyond = beyond the window: would be refused
ep-outbox-more = …and { $n } more waiting (the first to go are listed).
ep-outbox-send = Send
ep-outbox-edit = Edit…
ep-outbox-discard = Discard
ladder-tag-retransmission = (retransmission { $n })
ladder-tag-fast-retransmit = (fast retransmit)
ladder-tag-sack-retransmit = (sent again: SACK recovery)
ladder-tag-go-back-n = (sent again after the timeout: go-back-N)
ladder-tag-injected = (hand-made)
ladder-tag-released = (from the outbox)
ladder-tag-copy = (copy of #{ $of })
ladder-arrives = { $flags } arrives
ladder-arrives-accepted = { $flags } arrives: accepted
ladder-arrives-duplicate = { $flags } arrives: duplicate ACK number { $n }
ladder-arrives-ignored = { $flags } arrives: ignored
ladder-arrives-reset = { $flags } arrives: answered with RST
ladder-arrives-challenged = { $flags } arrives: challenge ACK
ladder-arrives-refused = { $flags } arrives: not acceptable, ACK sent
ladder-call-refused = refused: “{ $signal }”
ladder-lost = lost
ladder-lost-random = lost (random loss)
ladder-lost-wire-full = lost (the wire is full)
ladder-to-outbox = to outbox: { $flags }
ladder-discarded = thrown out of the outbox: { $flags }
ladder-capture-number = No. { $n }
notice-challenge-complete = ✓ “{ $name }” is complete. Well done!
notice-nothing-scheduled = Nothing is scheduled: no segment in flight, no timer running.
notice-no-timer = No timer is running.
notice-scenario-unreadable = The scenario could not be read: line { $line }, column { $col }: { $message }
notice-restore-unreadable = { $source } could not be read (line { $line }, column { $col }: { $message }); your current session is kept.
notice-restore-newer = { $source } was made by a newer TCP Playground (scenario format { $format }), which this one (version { $version }) cannot read; open it in the newer version. Your current session is kept.
notice-restore-stops = { $source } stops at line { $line }: { $message }. Everything before that line was replayed.
composer-region = Segment composer
composer-title = Craft a segment
composer-title-edit = Edit before sending
composer-from = From
composer-client-to-server = client → server
composer-server-to-client = server → client
composer-flags = Flags
composer-field-seq = Sequence number
composer-field-ack = Acknowledgment number
composer-field-win = Window
composer-relative-to = relative to the { $side }'s ISS
composer-real-no-isn = real number: the { $side } has no ISS yet
composer-real = real 32-bit number
composer-real-no-connection = real number: the { $side } has no connection (a SYN starts a new sequence space)
composer-ack-unused = real number; without the ACK flag the receiver ignores it
composer-ack-none = the suggestion has no ACK: type a number
composer-typed-mark = you typed this
composer-typed = What you typed returns to the suggestion after your next action.
composer-options = Options: { $options } (sent while SYN is set, as the TCP's own SYN carries them)
composer-payload = Payload
composer-payload-none = (none)
composer-explain-edit = You are editing a segment the { $side }'s TCP formed. Its state already changed when the TCP formed it; your edit only changes what goes on the wire.
composer-explain-raw-syn = This is a raw segment: the { $side } stays CLOSED and will not know it sent a SYN. To open a connection the normal way, press Connect on the { $side } (that SYN changes its state to SYN-SENT).
composer-explain-raw = This is a raw segment: it goes on the wire as if the { $side } sent it, but the { $side }'s TCP does not know, so its state and numbers do not change.
composer-send-edited = Send edited segment
composer-put-on-wire = Put on the wire
composer-cancel = Cancel
composer-refill = Reset to correct numbers
composer-refill-help = what a correct TCP on this side would send now
composer-too-big = { $field }: at most { $max }, found { $found }
composer-empty = { $field }: empty; enter a number from 0 to { $max }
composer-not-a-number = { $field }: expected a number from 0 to { $max } (or 0x hex), found “{ $found }”
composer-payload-too-big = Payload: at most { $max } bytes, found { $found }
composer-notice = Composer: { $message }
notice-lesson-unparsable = The lesson { $url } could not be read: line { $line }, column { $col }: { $message }
export-range = t = { $from } to { $to }{ $partial ->
        [1] { " " }(the part of the session kept)
       *[other] {""}
    }
settings-title = Settings
settings-hint = Fill in what you want to change; empty fields stay as they are. Durations look like 250ms, 1s or 2m.
settings-apply = Apply
settings-random = random
settings-error = { $field }: { $message }
settings-seed = Seed (random ISNs and loss)
settings-client-isn = Client ISN (next SYN)
settings-server-isn = Server ISN (next SYN)
settings-latency = Latency (one way)
settings-loss = Random loss (%)
settings-rto = Initial RTO
settings-msl = MSL (TIME-WAIT = 2 × MSL)
settings-mss = MSS (bytes)
settings-client-window = Client window
settings-server-window = Server window
settings-retries = Retries before giving up
settings-rfc5961 = RFC 5961 challenge ACKs (on/off)
settings-delayed-ack = Delayed ACKs, as real stacks do (on/off)
lesson-lesson = Lesson
lesson-challenge = Challenge
lesson-goal-reached = ✓ Goal reached. Try another challenge, or keep exploring.
lesson-end = You reached the end of the lesson. Everything stays live: keep experimenting, or pick another lesson.
lesson-end-embed = You reached the end of the lesson. Everything stays live: keep experimenting here, or go on with your course page.
lesson-start = Press “Next step” to run the first step; its explanation then appears here.
lesson-preview = Next:
lesson-next = Next step ▸
lesson-hint = Show a hint ({ $n } of { $of })
lesson-leave-challenge = Leave the challenge
lesson-take-over = Take over (leave the lesson)
lesson-whole = The whole text ({ $n } { $n ->
        [one] character
       *[other] characters
    })
lesson-task = Your task:
lesson-goals = reach { $goals }.
lesson-progress = Lesson step { $n } of { $of }
lesson-checks = Checks: { $passed } passed, { $failed } failed.
lesson-checks-all = ✓ All { $n } { $n ->
        [one] check
       *[other] checks
    } passed.
diagram-label = TCP connection state diagram (RFC 9293 Figure 5)
diagram-help = C marks the client's state, S the server's; the transitions each just took are drawn bold with their cause. Any state can also go to CLOSED on a reset, an ABORT or a timeout. Click a state or an arrow to have it explained.
diagram-key = On an arrow, before the / is the event and after it what TCP does; x means nothing is sent.
diagram-edge-label = { $text }: { $from } to { $to }{ $taken ->
        [0] {""}
       *[other] { " " }(just taken by the { $who })
    }
diagram-state-label = { $state }{ $client ->
        [1] , client is here
       *[other] {""}
    }{ $server ->
        [1] , server is here
       *[other] {""}
    }
edge-closed-listen = passive OPEN / create TCB
edge-closed-syn-sent = active OPEN / create TCB, snd SYN
edge-listen-syn-received = rcv SYN / snd SYN,ACK
edge-listen-syn-sent = SEND / snd SYN
edge-listen-closed = CLOSE / delete TCB
edge-syn-received-listen = rcv RST (after a passive OPEN)
edge-syn-sent-syn-received = rcv SYN / snd SYN,ACK
edge-syn-sent-closed = CLOSE / delete TCB
edge-syn-received-established = rcv ACK of SYN / x
edge-syn-sent-established = rcv SYN,ACK / snd ACK
edge-syn-received-fin-wait-1 = CLOSE / snd FIN
edge-established-fin-wait-1 = CLOSE / snd FIN
edge-established-close-wait = rcv FIN / snd ACK
edge-fin-wait-1-fin-wait-2 = rcv ACK of FIN / x
edge-fin-wait-1-closing = rcv FIN / snd ACK
edge-fin-wait-1-time-wait = rcv FIN + ACK of FIN / snd ACK
edge-fin-wait-2-time-wait = rcv FIN / snd ACK
edge-close-wait-last-ack = CLOSE / snd FIN
edge-closing-time-wait = rcv ACK of FIN / x
edge-last-ack-closed = rcv ACK of FIN / x
edge-time-wait-closed = timeout = 2 MSL / delete TCB
# The lesson editor ("Write a lesson").
editor-title = Write a lesson
editor-back = Back to the playground
editor-help = Write the lesson in the scenario language (the README's guide for teachers explains it): say lines narrate, the lines between them are a step, expect lines check. Errors are underlined as you type. Check the whole lesson, try it in the playground, then copy the code that puts it in your course page. Your text is kept in this browser.
editor-template = Start from a bundled lesson:
editor-replace = Replace your text with this lesson? Save yours as a file first if you want to keep it.
editor-download = Save as a file
editor-text = Lesson text
editor-error = Line { $line }, column { $col }: { $message }
editor-ok = No errors: the lesson reads well.
# A name in a check that no rule or signal has (in the editor and in notices;
# the text before it says the line and column).
scenario-unknown-rule = no rule has the id or section “{ $found }”. { $then }
scenario-unknown-signal = no signal is called “{ $found }”. { $then }
scenario-rule-ids = Each line of “What happened, and why” shows its rule's id when you open it.
scenario-signals = The signals are the RFC's words: { $signals }.
scenario-did-you-mean = Did you mean { $n ->
        [1] { $a }
        [2] { $a } or { $b }
       *[other] { $a }, { $b } or { $c }
    }?
editor-check = Check the whole lesson
editor-try = Try it in the playground
editor-results = Results of the check
editor-checking = Checking…
editor-no-checks = The lesson ran to its end; it has no expect or goal to check.
editor-passed = passed
editor-failed = failed: { $why }
editor-line = Line { $line }
editor-embed-title = Embed code
editor-embed-local = This playground is open at { $origin }, an address only this computer can open: your students could not load this code. Open the playground at the web address where it is hosted for them, and make the code there.
editor-embed-url = Address of your lesson file, if you put it beside the playground (optional):
editor-embed-fragment = This code carries the whole lesson, so there is nothing to host. Paste it into your course page's HTML.
editor-embed-file = This code names your file: put the file at this address, relative to the playground's page.
editor-copy = Copy embed code
editor-more-errors = ({ $n } more { $n ->
        [one] line has a mistake
       *[other] lines have mistakes
    }: each is underlined.)
editor-solution = Lines { $from } to { $to } come after the challenge's first goal: they are your solution. The checker runs them (end with expect goal to prove the challenge can be solved); students never do.
editor-stale = You changed the text since this check: check again for results that match it.
editor-embed-id = A name for this iframe in its messages to your page (id=, optional):
editor-embed-parent = Your course site's address, so that only it receives the messages (parent=, optional):

## Words the first screen does not show, moved out of the built-in
## catalog: what only a connection, an action or an import brings (the
## application's signals, the calls, timers and settings in the log, the
## endpoint's timers, receive buffer and outbox, Why's RFC text and rule
## id, the step names, notices after actions) and the state diagram's.

signal-refused = connection refused
signal-reset = connection reset
signal-closing = connection closing
signal-timed-out = connection timed out
signal-does-not-exist = connection does not exist
signal-already-exists = connection already exists
signal-error-closing = connection closing
signal-insufficient-resources = insufficient resources
call-listen = LISTEN (passive OPEN)
call-connect = CONNECT (active OPEN)
call-send = SEND of { $len } { $len ->
        [one] byte
       *[other] bytes
    }
call-close = CLOSE
call-abort = ABORT
call-read = RECEIVE of up to { $len } { $len ->
        [one] byte
       *[other] bytes
    }
call-read-all = RECEIVE of everything waiting
timer-retransmission = retransmission timer
timer-time-wait = TIME-WAIT timer
timer-delayed-ack = delayed-ACK timer
timer-zero-window-probe = zero-window probe timer
timer-sws-override = SWS override timer
setting-isn = the { $side }'s next ISN will be { $n }
setting-window = the { $side }'s receive window is now { $n } bytes
setting-mss = largest segment (MSS) is now { $n } bytes
setting-msl = maximum segment lifetime (MSL) is now { $d }; TIME-WAIT lasts twice that
setting-rto = initial retransmission timeout (RTO) is now { $d }
setting-latency = the wire now takes { $d } one way
setting-retries = a segment is now retransmitted at most { $n } times
setting-rfc5961 = RFC 5961 protection (challenge ACKs) { $on ->
        [1] on
       *[other] off
    }
setting-auto = { $on ->
        [1] the { $side } sends its segments on its own again
       *[other] Manual mode on for the { $side }: each segment it forms waits in its outbox
    }
setting-autoread = { $on ->
        [1] the { $side }'s application reads every byte as soon as it arrives
       *[other] the { $side }'s application reads only when told to: data waits in its receive buffer
    }
setting-delayed-ack = { $on ->
        [1] both TCPs now delay their ACKs (at most 200 ms, and never past a second data segment)
       *[other] both TCPs now acknowledge every segment at once
    }
setting-mss-option = { $on ->
        [1] SYNs now carry the MSS option, and each TCP sends at most the MSS its peer announced (536 bytes when the peer announced none)
       *[other] SYNs now carry no MSS option; each TCP sends up to the mss setting
    }
setting-nagle = { $on ->
        [1] the { $side } now uses the Nagle algorithm: while data is unacknowledged, small segments wait
       *[other] the { $side } no longer uses the Nagle algorithm: small segments do not wait for earlier data's ACK
    }
setting-loss = the wire now loses { $n } % of the segments the TCPs send
ev-lost = #{ $id } is lost
ev-signal = the application is told “{ $signal }”
ep-send-empty = Type some text for the { $side } to send first.
ep-bytes-empty = Type how many bytes, at least 1.
ep-received-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }: “{ $text }”
ep-told = Application was told:
ep-timers-title = Timers running:
ep-timers = running timers
ep-timer-left = { $timer }: { $left } left
ep-autoread-help = Off: arriving data waits in the buffer until you press Read, and the window shrinks as it fills.
ep-buffer-meter = { $side }'s receive buffer
ep-buffer-fill = { $n } of { $size } { $size ->
        [one] byte waits
       *[other] bytes wait
    } to be read
ep-read = Read
ep-read-label = Bytes the { $side }'s application reads (empty: all)
ep-read-placeholder = all
ep-read-bad = “{ $value }” is not a byte count: type a whole number, at least 1.
ep-outbox = Outbox
ep-outbox-empty = Empty. The state already changed as if each segment were sent.
explain-selected = Why: the event you selected
explain-lost = The segment never arrives, and its sender cannot know yet.
# The fold-out over a rule's quote: $rfcs names the RFCs quoted ("RFC 6298",
# or two joined by explain-rfc-and), $count how many.
explain-rfc = { $count ->
        [one] What { $rfcs } says
       *[other] What { $rfcs } say
    }
explain-rfc-and = { $a } and { $b }
log-forgotten = The first { $n } events were forgotten to save memory; the newest are all here.
log-rule-id = Rule id, for teachers' lesson checks: { $id }
ladder-waiting = The ladder and both endpoints show the moment before the work under way; they catch up when the work ends.
ladder-forgotten = older events were forgotten to save memory; the session itself is kept
source-file = The imported file
notice-told = The { $side }'s application is told “{ $signal }”.
sim-no-segment = no segment number { $n } is in flight
sim-no-segment-dir = the { $from } has no segment number { $n } in flight
sim-no-outgoing = the { $side }'s outbox has no segment number { $n }
sim-too-many-events = more than { $max } events in one step: the endpoints seem to answer each other forever
sim-session-full = the session has reached its limit of { $max } events; start a new one to go on
sim-wire-full = the wire already holds { $max } segments, as many as it may
long-progress = Running “{ $statement }”: { $events } events so far…
long-stop = Stop and undo this step
busy-refused = Not done: nothing else runs until this ends. Wait for it, or stop it.
notice-step-stopped = Stopped after { $events } events; that step was undone.
notice-replay-stopped = { $source } was stopped after { $done } of { $total } steps; what ran is here.
step-lesson = a lesson step
step-selector = segment number { $n } on the wire
step-selector-dir = the { $from }'s segment number { $n } on the wire
step-call = the { $side } calls { $call }
step-deliver = delivered { $seg }
step-drop = dropped { $seg }
step-duplicate = duplicated { $seg }
step-delay = delayed { $seg } by { $d }
step-inject = a hand-made segment from the { $side }
step-release = the { $side } sent a segment from its outbox
step-discard = the { $side } threw away a segment from its outbox
step-advance = Time moved { $d }
step-run = ran until nothing was left to happen, or for { $d } at most
step-several = { $count } actions
step-several-time = { $count } actions; time moved { $d }
controls-next-in = next event in { $time }
controls-back-at = history: back at { $n } of { $of } · act to branch from here
controls-own-lesson = Running: { $title }
state-closed = No connection at all: there is no TCB. Anything that arrives (except a RST) is answered with a RST.
state-listen = Waiting for a connection request from any remote TCP (after a passive OPEN).
state-syn-sent = Our SYN is sent; waiting for a matching SYN (and the ACK of ours).
state-syn-received = A SYN was received and ours sent; waiting for the ACK of our SYN.
state-established = An open connection: data received can be delivered to the user. The normal state for the data transfer phase.
state-fin-wait-1 = Our FIN is sent; waiting for its ACK, or for the peer's FIN.
state-fin-wait-2 = Our FIN is acknowledged; waiting for the peer's FIN. We can still receive data.
state-close-wait = The peer sent FIN; waiting for our own application to CLOSE. We can still send data.
state-closing = Both sides sent FIN at about the same time; waiting for the ACK of ours.
state-last-ack = The peer closed first and we sent our FIN; waiting for its ACK.
state-time-wait = Waiting 2 × MSL so that our last ACK can be sent again if lost, and old duplicates die out before the same connection can exist again.
source-capture = The capture

## Mistakes in the page's address (its URL parameters), said once the
## page has opened
param-embed = embed=“{ $value }” should be 1 or 0
param-mode = mode=“{ $value }” should be readonly or interactive
param-panel = panels: there is no panel “{ $value }” (known: { $known })
param-scale = scale=“{ $value }” should be a text size from 0.75 to 2, such as 1.5
param-lang = lang=“{ $value }” is not a language tag such as fr or pt-BR
param-lang-narration = lang=“{ $value }”: a lesson's narration is shown in this language where the lesson has it; the playground's own words are in English (it has { $known }).
param-unknown = the URL parameter “{ $value }” is not one the playground knows (embed, lesson, panels, mode, lang, scale, id, parent)
param-lesson = lesson=“{ $value }” is neither a bundled lesson nor a file path such as lessons/week5.scn; the playground starts empty.
param-lesson-site = lesson=“{ $value }” is not on this site: a lesson file must be served from the same site as the playground. Put the file beside it, or use a lesson link from “Write a lesson”.
param-id = id= must be 1 to { $max } characters with no line breaks; messages to the page carry no id
param-parent = parent=“{ $value }” is not an origin such as https://moodle.example.edu; messages go to any embedding page
param-resume = resume= is a place in a lesson, and the address names no lesson (lesson=): it was not used.

## What a scenario's line should have held (the editor, a lesson or
## session that does not read): `p-…` is the parser's English words for
## what it expected, keyed by their hash (src/i18n/mod.rs, parse_phrase_key).
scenario-expected = expected { $what }, found { $found }
scenario-expected-near = expected { $what }, found { $found }. { $then }
scenario-found-end = the end of the line
scenario-found-text = the string { $text }
p-caedcebc = a statement (a keyword such as expect, or client/server)
p-bada4b48 = VAR=SEQ, e.g. snd.nxt=client.iss+1
p-65e3dc92 = a number (0 to 4294967295, or 0x hex)
p-cab2eaf0 = a duration such as 250ms, 1s or 2m
p-d7f5d5cb = flags such as SYN,ACK (from SYN ACK FIN RST PSH URG, comma-separated), or none
p-b301f544 = on or off
p-30ad163c = a direction, client>server or server>client
p-889455ca = real or relative
p-8d18eed4 = what to ask: state, sends or outcome
p-5a04c23f = a field of the segment: flags, seq, ack or win
p-0d7cacbc = the line of a question in the lesson
p-62a636ab = a rule's id, or -
p-ec302dca = a byte count (or nothing, to read all)
p-9314a378 = a byte count or "text" in double quotes
p-d57bbb83 = rate, or off
p-e97f3cd7 = a rate such as 10mbit (units bit, kbit, mbit, gbit)
p-dcc0ed18 = a queue of 0 to 1000 segments
p-11134f28 = a congestion control: off, reno, newreno or cubic
p-2a5ab08a = an initial window in segments from 1 to 1000, or rfc5681
p-004a0573 = a segment size from 1 to 65495
p-e70abfbb = a duration of at least 1ms such as 1s
p-e70da24a = a percentage from 0 to 100
p-f42321d7 = "text" or a byte count
p-f424b95d = a number of bytes
p-672e6cc1 = a byte count
p-80d12b51 = a state such as SYN-SENT, a VAR=SEQ check, received or signal
p-328bec3a = the lesson's text in double quotes
p-bde64e3e = text
p-6d51b8dc = a rule's id or section in double quotes, e.g. "rst-challenge" or "RFC 5961"
p-741abd3f = the signal text in double quotes, e.g. "connection reset"
p-3b72dd71 = the end of the line
p-04ffbe5f = the text in double quotes, or a language tag such as es before it
p-86294d3a = a language tag such as es before the text
p-64fcd548 = a statement: title, say, seed, set, client, server, deliver, drop, duplicate, delay, inject, release, discard, advance, run, expect, goal, hint, ask, blank, choice, lesson or capture
p-2a4efa2d = a state such as ESTABLISHED, VAR=SEQ, received or signal
p-980ad458 = a side (client or server), or the question in double quotes
p-bbc267d2 = an answer to that question
p-0c59b140 = a call: listen, connect, send, read, close or abort
p-3e506237 = a setting: client.isn, server.isn, client.window, server.window, mss, msl, rto, latency, retries, rfc5961, loss, client.auto, server.auto, client.autoread, server.autoread, client.nagle, server.nagle, client.cc, server.cc, client.iw, server.iw, client.sack, server.sack, link, delayed-ack or mss-option
p-1b046bc9 = what to expect: client, server, wire, outbox, link or time
p-2d026652 = client or server
p-4c9e693c = a field: seq=, ack=, win=, len=, data="…", mss= or options=
p-5ca748ea = seq=NUMBER or seq=side.var+N
p-2e2d3822 = ack=NUMBER or ack=side.var+N
p-4b0768a3 = win=NUMBER from 0 to 65535 (a 16-bit field)
p-29415588 = data="TEXT" with the text in double quotes
p-9a9de013 = options=LIST such as options=mss:1460,ws:7,sackok,ts:1:0
p-267e1eb0 = mss=NUMBER from 0 to 65535 (a 16-bit field)
p-1e45ecbd = data= or len=, not both
p-3296c626 = the word answer
p-74f156cd = the word events
p-c216e15a = the word hints
p-5dec53de = the word ids
p-36f97e0d = the word next
p-ebf6a9bb = the word queue
p-34a9038a = the word rule
p-4893e8c8 = VAR=SEQ with VAR one of iss, irs, snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd

## A lesson named by the address that could not be fetched (said once
## the fetch has failed)
notice-lesson-network = The lesson { $url } could not be loaded: no answer (are you offline?). Try again when connected.
notice-lesson-missing = The lesson { $url } could not be loaded: the server answered { $status } (404 means there is no such file). Check the address.
notice-lesson-too-large = The lesson { $url } is larger than { $max } bytes, the most a lesson may have.
notice-lesson-not-text = The lesson { $url } is not a text file.

# TCP Playground: English (the reference catalog; every other language has
# the same keys and the same variables).
#
# Rules: `rule-ID` is the line the log shows, with this instance's values;
# its `.plain` attribute is one plain sentence for a student. Sequence
# numbers arrive already written in the student's numbering.

## Rules: application calls (RFC 9293 §3.10.1–§3.10.5)

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
    .plain = There is nothing to close in this state, so the call is refused.
rule-abort-silent = ABORT in { $state }: delete the TCB; nothing is sent
    .plain = Nothing was synchronized yet, so aborting just forgets the connection.
rule-abort-reset = ABORT in { $state }: send <SEQ=SND.NXT><CTL=RST>, flush the queues, delete the TCB
    .plain = Aborting tells the peer with a RST and throws away everything queued.
rule-abort-closing = ABORT in { $state }: respond "ok", delete the TCB
    .plain = The connection is already closing, so aborting just forgets it without a RST.
rule-abort-refused = { $state } refuses this call: "error: { $error }"; nothing changes
    .plain = There is no connection to abort.

## Rules: sending and timers

rule-window-full = data waits: the peer's window is full (SND.WND is used up)
    .plain = The peer cannot take more data now, so the rest waits.
rule-window-probe = the peer's window has been zero for an RTO: probe it with one octet of new data; next try in { $next }
    .plain = The peer's window is closed, so this side sends one byte now and then to learn when it opens again.
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

## Rules: a segment arrives in CLOSED or LISTEN

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

## Rules: a segment arrives in SYN-SENT

rule-syn-sent-bad-ack-rst = SYN-SENT, first check: RST with an unacceptable ACK (SEG.ACK = { $ack }); drop it
    .plain = This RST does not answer our SYN, so it is ignored.
rule-syn-sent-bad-ack = SYN-SENT, first check: SEG.ACK = { $ack } does not acknowledge our SYN (needs ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }); send <SEQ=SEG.ACK><CTL=RST>
    .plain = The ACK does not match our SYN, so it is answered with a reset.
rule-syn-sent-rst = SYN-SENT, second check: RST acknowledging our SYN; the connection is reset, delete the TCB
    .plain = The peer refused the connection with a reset.
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

## Rules: a segment arrives in SYN-RECEIVED or a synchronized state

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
rule-window-update = window update: SND.WND = { $wnd }
    .plain = The peer says how much more data it can take now.
rule-fin-wait-1-acked = FIN-WAIT-1: our FIN is acknowledged; enter FIN-WAIT-2
    .plain = The peer acknowledged our FIN; now this side waits for the peer's FIN.
rule-fin-wait-2-acked = FIN-WAIT-2: everything we sent is acknowledged; our CLOSE is done, waiting for their FIN
    .plain = Everything sent is acknowledged; this side waits for the peer to close.
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

## What the application is told (the RFC's words)

signal-refused = connection refused
signal-reset = connection reset
signal-closing = connection closing
signal-timed-out = connection timed out
signal-does-not-exist = connection does not exist
signal-already-exists = connection already exists
signal-error-closing = connection closing
signal-insufficient-resources = insufficient resources

## Numbers

num-outside = { $n } (outside the window)
num-no-isn = { $n } (real number: no ISN yet)

## Sides, calls, timers and settings

side-client = client
side-server = server
who-wire = wire
who-setting = setting
call-listen = LISTEN (passive OPEN)
call-connect = CONNECT (active OPEN)
call-send = SEND of { $len } { $len ->
        [one] byte
       *[other] bytes
    }
call-close = CLOSE
call-abort = ABORT
timer-retransmission = retransmission timer
timer-time-wait = TIME-WAIT timer
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
setting-loss = the wire now loses { $n } % of the segments the TCPs send
setting-seed = random numbers now come from seed { $n }

## The event log

ev-call = the application calls { $call }
ev-sent = #{ $id } sends { $seg } — { $reason }
ev-released = #{ $id } sends { $seg } (released from the outbox) — { $reason }
ev-injected = #{ $id } hand-made segment, as if from the { $from }: { $seg }
ev-duplicate = #{ $id } copy of #{ $of } on the wire: { $seg }
ev-queued = holds in its outbox: { $seg } — { $reason }
ev-discarded = outbox segment thrown away: { $seg }
ev-delivered = #{ $id } arrives at the { $to }
ev-lost = #{ $id } is lost
ev-lost-random = #{ $id } is lost (random loss)
ev-delayed = #{ $id } is delayed: it now arrives at { $time }
ev-timer = the { $timer } fires
ev-timer-any = a timer fires
ev-signal = the application is told “{ $signal }”
ev-received = { $len } { $len ->
        [one] byte
       *[other] bytes
    } delivered to the application

## An endpoint's panel

ep-title-client = Client
ep-title-server = Server
ep-region = { $side } endpoint
ep-calls = { $side } application
ep-listen = Listen
ep-listen-help = passive OPEN: wait for a connection
ep-connect = Connect
ep-connect-help = active OPEN: sends a SYN
ep-close = Close
ep-close-help = CLOSE: a FIN after queued data
ep-abort = Abort
ep-abort-help = ABORT: a RST
ep-send = Send
ep-send-label = Text for the { $side } to send
ep-send-placeholder = text to send
ep-send-empty = Type some text for the { $side } to send first.
ep-tcb = TCB variables
ep-no-tcb = No TCB: this endpoint has no connection yet, so it has no sequence numbers.
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
ep-sent = Sent
ep-sent-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }{ $queued ->
        [0] {""}
       *[other] { " " }({ $queued } waiting for the window)
    }
ep-received = Received
ep-received-none = nothing yet
ep-received-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }: “{ $text }”
ep-told = Application was told:
ep-timers = running timers
ep-timer-left = { $timer }: { $left } left
ep-manual = Manual: hold every segment this TCP forms in its outbox
ep-outbox = Outbox
ep-outbox-empty = Empty. The state already changed as if each segment were sent.
ep-outbox-send = Send
ep-outbox-edit = Edit…
ep-outbox-discard = Discard

## The event log

log-region = Event log
log-title = What happened, and why
log-forgotten = The first { $n } events were forgotten to save memory; the newest are all here.
log-rule-id = rule id: { $id } (for `expect SIDE rule`)

## The ladder

ladder-label = Ladder diagram: client timeline on the left, server on the right; each arrow is a segment
ladder-empty = Segments will appear here as arrows between the two timelines.
ladder-forgotten = older events were forgotten to save memory; the session itself is kept
ladder-lost = lost
ladder-lost-random = lost (random loss)
ladder-to-outbox = to outbox: { $flags }
ladder-discarded = discarded { $flags }
ladder-in-flight = #{ $id } { $seg } (in flight)

## Notices and announcements

source-saved = The saved session
source-link = The shared session
source-file = The imported file
announce-state = { $side }: { $from } to { $to }
notice-told = The { $side }'s application is told “{ $signal }”.
notice-challenge-complete = ✓ Challenge complete: { $name }. Well done!
notice-lesson-check-failed = Line { $line }: { $message }. (If you took over, this is your own path now.)
notice-lesson-line = Line { $line }: { $message }
notice-nothing-scheduled = Nothing is scheduled: no segment in flight, no timer running.
notice-no-timer = No timer is running.
notice-scenario-unreadable = The scenario could not be read: line { $line }, column { $col }: { $message }
notice-restore-unreadable = { $source } could not be read (line { $line }, column { $col }: { $message }); your current session is kept.
notice-restore-stops = { $source } stops replaying at line { $line }: { $message }. Your current session is kept.
param-embed = embed=“{ $value }” should be 1 or 0
param-mode = mode=“{ $value }” should be readonly or interactive
param-panel = panels: there is no panel “{ $value }” (known: { $known })
param-lang = lang=“{ $value }” is not a language the playground has (known: { $known })
param-unknown = the URL parameter “{ $value }” is not one the playground knows (embed, lesson, panels, mode, lang)

## The segment composer

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

## The page

app-title = TCP Playground
lang-label = Language
confirm-reset = Start a new session? The current one will be lost (use Export first to keep it).
share-label = Share link
share-explain = Anyone who opens this link sees this exact session:
share-done = Done
welcome-title = New here?
welcome-text = Press Listen on the server, then Connect on the client. Then deliver the segments one by one from “On the wire”, or press ▶ Play. Or pick a lesson from the Lesson menu.
tabs-label = Views
tab-ladder = Ladder
tab-diagram = State diagram
param-lesson = lesson=“{ $value }” is not a bundled lesson; the playground starts empty.
notice-address = The page's address has a problem: { $problem }.
notice-share-unreadable = This share link cannot be opened: { $why }. Your own session is kept.
notice-no-lesson = There is no lesson called “{ $name }”; pick one from the Lesson menu.
notice-png-rows = The PNG shows the last { $rows } rows; the SVG export has the whole session.
notice-not-text = “{ $name }” could not be read as text.
share-bad-chars = the link is damaged: it contains characters a share link never has
share-cut = the link is damaged or cut short: its session cannot be unpacked
share-not-text = the link's session is not text

## On the wire

wire-region = Segments on the wire
wire-title = On the wire
wire-empty = Nothing in flight.
wire-released = (released by hand)
wire-injected = (hand-made: the sender's state did not change)
wire-copy = (copy of #{ $of })
wire-arrives-in = arrives in { $time }
wire-deliver = Deliver now
wire-drop = Drop
wire-duplicate = Duplicate
wire-delay = Delay +500 ms

## The timeline's step names

step-start = start
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
step-run = ran until nothing was left to happen

## The top bar

controls-label = Simulation controls
controls-clock = simulated clock
controls-time = time
controls-play = ▶ Play
controls-pause = ❚❚ Pause
controls-step = Step to next event
controls-next-in = next event in { $time }
controls-nothing-scheduled = nothing scheduled
controls-next-timer = Jump to next timer
controls-speed = Speed
controls-history = History
controls-undo = ↶ Undo
controls-redo = ↷ Redo
controls-timeline = Timeline: jump to any earlier moment
controls-step-of = step { $n }/{ $of } · { $label }
controls-back-at = back at step { $n }/{ $of } · act to branch from here
controls-lesson = Lesson
controls-lesson-help = Load a lesson or scenario
controls-choose = Choose…
controls-lessons = Lessons
controls-challenges = Challenges
controls-scenarios = More scenarios (one rule each)
controls-relative = relative seq numbers
controls-share = Share
controls-share-help = a link that reopens this exact session
controls-export = Export ▾
controls-export-session = Session (.scn)
controls-export-svg = Ladder diagram (.svg)
controls-export-png = Ladder diagram (.png)
controls-export-pcap = Capture for Wireshark (.pcap)
controls-import = Import .scn
controls-import-help = open a scenario or saved session
controls-reset = Reset

## Settings

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

## Lessons

lesson-lesson = Lesson
lesson-challenge = Challenge
lesson-goal-reached = ✓ Goal reached. Try another challenge, or keep exploring.
lesson-end = You reached the end of the lesson. Everything stays live: keep experimenting, or pick another lesson.
lesson-next = Next step ▸
lesson-hint = Show a hint ({ $n } of { $of })
lesson-leave-challenge = Leave the challenge
lesson-take-over = Take over (leave the lesson)

## The state diagram (RFC 9293 Figure 5)

diagram-label = TCP connection state diagram (RFC 9293 Figure 5)
diagram-help = C marks the client's state, S the server's; the transitions each just took are drawn bold with their cause. Any state can also go to CLOSED on a reset, an ABORT or a timeout. Click a state or an arrow to have it explained.
diagram-edge-help = Before the / is the event, after it what TCP does; x means nothing is sent.
diagram-edge-label = { $from } to { $to }: { $text }{ $taken ->
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

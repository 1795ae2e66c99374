# TCP Playground: the page's words in English. This catalog is built into
# the app; every other language has the same keys with the same variables
# (es.ftl, zh-CN.ftl). The engine's rules and reasons are in rules.*.ftl,
# fetched after the first screen; the RFC sentences in rfc.ftl.

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

num-outside = { $n } ({ $relative ->
        [1] real number, outside the window
       *[other] outside the window
    })
num-no-isn = { $n } (real number: no ISN yet)
num-relative = { $n } (relative)
num-relative-real = { $n } (relative; real { $real })

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
ev-lost-wire-full = #{ $id } is lost: the wire already holds { $max } segments
ev-delayed = #{ $id } is delayed: it now arrives at { $time }
ev-timer = the { $timer } fires
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
ep-send-label = Text for the { $side } to send, or a number of bytes
ep-send-placeholder = text, or a count
ep-send-empty = Type some text for the { $side } to send first.
ep-bytes = Send bytes
ep-bytes-help = Send as many bytes as the field says (filler text), e.g. 5000 to fill a window
ep-bytes-empty = Type how many bytes, at least 1.
ep-tcb = TCB variables
ep-tcb-deleted = TCB deleted: its last values
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
ep-timers-title = Timers running:
ep-timers = running timers
ep-timer-left = { $timer }: { $left } left
ep-manual = Manual: hold every segment this TCP forms in its outbox
ep-receive = Receive buffer
ep-autoread = Auto-read: the application reads data as soon as it arrives
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
sp-read = received and read: { $n }
sp-waiting = received, waiting in the buffer: { $n }
sp-window = may arrive (RCV.WND): { $n }
sp-held = arrived early, held until the gap fills: { $n }
sp-not-offered = free, not offered yet (silly-window avoidance): { $n }
sp-beyond = beyond the window: would be refused
ep-outbox = Outbox
ep-outbox-empty = Empty. The state already changed as if each segment were sent.
ep-outbox-more = …and { $n } more waiting (the first to go are listed).
ep-outbox-send = Send
ep-outbox-edit = Edit…
ep-outbox-discard = Discard

## The event log

explain-region = Why
explain-newest = Why: the newest step
explain-selected = Why: the event you selected
explain-none = Each rule the endpoints apply is explained here as it happens.
explain-lost = The segment never arrives, and its sender cannot know yet.
explain-rfc = What RFC 9293 says
log-region = Event log
log-title = What happened, and why
log-forgotten = The first { $n } events were forgotten to save memory; the newest are all here.
log-rule-id = Rule id, for teachers' lesson checks: { $id }

## The ladder

ladder-label = Ladder diagram: client timeline on the left, server on the right; each arrow is a segment
ladder-rows-label = The ladder's rows in view, oldest first
ladder-svg-label = The segments between the two timelines; the same events are listed, with their reasons, in “What happened, and why”.
ladder-empty = Segments will appear here as arrows between the two timelines.
ladder-waiting = The ladder and both endpoints show the moment before the work under way; they catch up when the work ends.
ladder-forgotten = older events were forgotten to save memory; the session itself is kept
ladder-tag-retransmission = (retransmission { $n })
ladder-tag-injected = (hand-made)
ladder-tag-released = (from the outbox)
ladder-tag-copy = (copy of #{ $of })
ladder-arrives = { $flags } arrives
ladder-arrives-accepted = { $flags } arrives: accepted
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

## Notices and announcements

source-saved = The saved session
source-link = The shared session
source-file = The imported file
announce-state = { $side }: { $from } to { $to }
notice-told = The { $side }'s application is told “{ $signal }”.
notice-challenge-complete = ✓ “{ $name }” is complete. Well done!
notice-nothing-scheduled = Nothing is scheduled: no segment in flight, no timer running.
notice-no-timer = No timer is running.
notice-scenario-unreadable = The scenario could not be read: line { $line }, column { $col }: { $message }
notice-restore-unreadable = { $source } could not be read (line { $line }, column { $col }: { $message }); your current session is kept.
notice-restore-newer = { $source } was made by a newer TCP Playground (scenario format { $format }), which this one (version { $version }) cannot read; open it in the newer version. Your current session is kept.
notice-restore-stops = { $source } stops at line { $line }: { $message }. Everything before that line was replayed.
sim-no-segment = no segment number { $n } is in flight
sim-no-segment-dir = the { $from } has no segment number { $n } in flight
sim-no-outgoing = the { $side }'s outbox has no segment number { $n }
sim-too-many-events = more than { $max } events in one step: the endpoints seem to answer each other forever
sim-session-full = the session has reached its limit of { $max } events; start a new one to go on
sim-wire-full = the wire already holds { $max } segments, as many as it may
notice-dismiss = Dismiss this message
replay-progress = { $source }: opening, { $done } of { $total } steps…
replay-stop = Stop here
long-progress = Running “{ $statement }”: { $events } events so far…
long-stop = Stop and undo this step
busy-refused = Not done: nothing else runs until this ends. Wait for it, or stop it.
notice-step-stopped = Stopped after { $events } events; that step was undone.
notice-replay-stopped = { $source } was stopped after { $done } of { $total } steps; what ran is here.
param-embed = embed=“{ $value }” should be 1 or 0
param-mode = mode=“{ $value }” should be readonly or interactive
param-panel = panels: there is no panel “{ $value }” (known: { $known })
param-scale = scale=“{ $value }” should be a text size from 0.75 to 2, such as 1.5
param-lang = lang=“{ $value }” is not a language tag such as fr or pt-BR
param-lang-narration = lang=“{ $value }”: a lesson's narration is shown in this language where the lesson has it; the playground's own words are in English (it has { $known }).
param-unknown = the URL parameter “{ $value }” is not one the playground knows (embed, lesson, panels, mode, lang, scale, id, parent)

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

## The page

app-title = TCP Playground
lang-label = Language
confirm-reset = Start a new session? This one is kept aside as last saved: “↩ Earlier session” brings it back, until you start another one.
confirm-reset-lost = Start a new session? This one will be lost: it is not saved in this browser (use Export first to keep it).
welcome-title = New here?
welcome-text = Press Listen on the server, then Connect on the client. Then deliver the segments one by one from “On the wire”, or press ▶ Play. Or pick a lesson from the Lesson menu.
welcome-keys = Keyboard: Tab reaches “Skip to…” links first; ← and → move between an endpoint's calls, ↑ and ↓ to the other endpoint's, and between the tabs; N steps to the next event, Space plays or pauses, Ctrl+Z undoes.
welcome-close = Got it
# A part of the page loaded when first used (a chunk of its own) that did not arrive.
lazy-failed = This part of the playground could not be loaded: check the connection.
lazy-retry = Try again
about-version = TCP Playground { $version } · free software under the MIT or Apache-2.0 licence
text-size = Large text
text-size-help = Larger text for a projector or a small screen
skip-label = Skip to
skip-client = Skip to the client's calls
skip-server = Skip to the server's calls
skip-view = Skip to the ladder and state diagram
skip-wire = Skip to the segments on the wire
skip-log = Skip to the event log
tabs-label = Views
tab-ladder = Ladder
tab-diagram = State diagram
graphs-open = Graphs over time
param-lesson = lesson=“{ $value }” is neither a bundled lesson nor a file path such as lessons/week5.scn; the playground starts empty.
param-lesson-site = lesson=“{ $value }” is not on this site: a lesson file must be served from the same site as the playground. Put the file beside it, or use a lesson link from “Write a lesson”.
param-id = id= must be 1 to { $max } characters with no line breaks; messages to the page carry no id
param-parent = parent=“{ $value }” is not an origin such as https://moodle.example.edu; messages go to any embedding page
notice-lesson-network = The lesson { $url } could not be loaded: no answer (are you offline?). Try again when connected.
notice-lesson-missing = The lesson { $url } could not be loaded: the server answered { $status } (404 means there is no such file). Check the address.
notice-lesson-too-large = The lesson { $url } is larger than { $max } bytes, the most a lesson may have.
notice-lesson-not-text = The lesson { $url } is not a text file.
notice-lesson-unparsable = The lesson { $url } could not be read: line { $line }, column { $col }: { $message }
notice-lesson-link-unreadable = The lesson in this link cannot be opened: { $why }. Your own session is kept.
notice-address = The page's address has a problem: { $problem }.
notice-share-unreadable = This share link cannot be opened: { $why }. Your own session is kept.
notice-no-lesson = There is no lesson called “{ $name }”; pick one from the Lesson menu.
export-range = t = { $from } to { $to }{ $partial ->
        [1] { " " }(the part of the session kept)
       *[other] {""}
    }
notice-unfinished = Your saved session did not finish opening last time (it may be too long for this device), so the playground starts clean. It is kept: “Earlier session” opens it again.
earlier-session = ↩ Earlier session
earlier-session-help = Go back to the session you had before this one (this one is kept in its place)
share-bad-chars = the link is damaged: it contains characters a share link never has
share-old-browser = this browser cannot unpack it; a browser from 2023 or later can
share-cut = the link is damaged or cut short: its session cannot be unpacked
share-not-text = the link's session is not text

## On the wire

wire-region = Segments on the wire
wire-title = On the wire
wire-empty = Nothing in flight.
wire-more = …and { $n } more in flight (the oldest are listed first).
wire-payload = “{ $text }” ({ $n } { $n ->
        [one] byte
       *[other] bytes
    })
wire-between = { $n } more in flight between these two
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
step-run = ran until nothing was left to happen, or for { $d } at most
step-several = { $count } actions
step-several-time = { $count } actions; time moved { $d }

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
controls-step-of = history { $n } of { $of } · { $label }
controls-back-at = history: back at { $n } of { $of } · act to branch from here
controls-lesson = Lesson
controls-lesson-help = Load a lesson or scenario
controls-choose = Choose…
controls-lessons = Lessons
controls-challenges = Challenges
controls-scenarios = More scenarios (one rule each)
controls-relative = relative seq numbers
controls-more = More ▾
controls-own-lesson = Running: { $title }
controls-share = Share
controls-share-help = a link that reopens this exact session
controls-export = Export ▾
controls-export-session = Session (.scn)
controls-export-svg = Ladder diagram (.svg)
controls-export-png = Ladder diagram (.png)
controls-export-slide = Ladder as a slide (PNG, 16:9)
controls-print = Print a worksheet…
controls-export-pcap = Capture for Wireshark (.pcapng)
controls-import = Import .scn
controls-import-help = open a scenario, a saved session or a packet capture
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
settings-delayed-ack = Delayed ACKs, as real stacks do (on/off)

## Lessons

lesson-lesson = Lesson
lesson-challenge = Challenge
lesson-goal-reached = ✓ Goal reached. Try another challenge, or keep exploring.
lesson-end = You reached the end of the lesson. Everything stays live: keep experimenting, or pick another lesson.
lesson-end-embed = You reached the end of the lesson. Everything stays live: keep experimenting here, or go on with your course page.
lesson-start = Press “Next step” to run the first step; its explanation then appears here, beside what it did.
lesson-preview = Next:
lesson-next = Next step ▸
lesson-hint = Show a hint ({ $n } of { $of })
lesson-leave-challenge = Leave the challenge
lesson-take-over = Take over (leave the lesson)
lesson-untitled = An untitled lesson
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

## The state diagram (RFC 9293 Figure 5)

diagram-label = TCP connection state diagram (RFC 9293 Figure 5)
diagram-help = C marks the client's state, S the server's; the transitions each just took are drawn bold with their cause. Any state can also go to CLOSED on a reset, an ABORT or a timeout. Click a state or an arrow to have it explained.
diagram-edge-help = Before the / is the event, after it what TCP does; x means nothing is sent.
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
controls-write = Write a lesson

## Packet captures
source-capture = The capture
controls-capture = Open capture
controls-capture-help = open a Wireshark or tcpdump capture (.pcap, .pcapng) and watch both endpoints' states; you can also drop the file on the page

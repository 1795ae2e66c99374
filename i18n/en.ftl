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

## Sides, calls, timers and settings

side-client = client
side-server = server
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

ev-lost = #{ $id } is lost
ev-signal = the application is told “{ $signal }”

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
ep-no-tcb = No TCB: this endpoint has no connection yet, so it has no sequence numbers.
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
ep-outbox = Outbox
ep-outbox-empty = Empty. The state already changed as if each segment were sent.

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

## Notices and announcements

source-saved = The saved session
source-link = The shared session
source-file = The imported file
announce-state = { $side }: { $from } to { $to }
notice-told = The { $side }'s application is told “{ $signal }”.
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
notice-lesson-link-unreadable = The lesson in this link cannot be opened: { $why }. Your own session is kept.
notice-address = The page's address has a problem: { $problem }.
notice-share-unreadable = This share link cannot be opened: { $why }. Your own session is kept.
notice-no-lesson = There is no lesson called “{ $name }”; pick one from the Lesson menu.
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

## Lessons

lesson-untitled = An untitled lesson

## The state diagram (RFC 9293 Figure 5)

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

controls-write = Write a lesson

## Packet captures
source-capture = The capture
controls-capture = Open capture
controls-capture-help = open a Wireshark or tcpdump capture (.pcap, .pcapng) and watch both endpoints' states; you can also drop the file on the page

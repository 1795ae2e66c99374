# TCP Playground: the page's words in English. This catalog is built into
# the app; every other language has the same keys with the same variables
# (es.ftl, zh-CN.ftl). Only what the first screen shows is here: the
# engine's rules and reasons, and every word only later parts or actions
# show, are in rules.*.ftl, fetched after the first screen; the RFC
# sentences in rfc.ftl.

## Sides, and the fresh session's seed (in the event log)

side-client = client
side-server = server
who-setting = setting
setting-seed = random numbers now come from seed { $n }

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
ep-bytes = Send bytes
ep-bytes-help = Send as many bytes as the field says (filler text), e.g. 5000 to fill a window
ep-no-tcb = No TCB: this endpoint has no connection yet, so it has no sequence numbers.
ep-sent = Sent
ep-sent-bytes = { $n } { $n ->
        [one] byte
       *[other] bytes
    }{ $queued ->
        [0] {""}
       *[other] { " " }({ $queued } waiting to be sent)
    }
ep-received = Received
ep-received-none = nothing yet
ep-manual = Manual: hold every segment this TCP forms in its outbox
ep-receive = Receive buffer
ep-autoread = Auto-read: the application reads data as soon as it arrives

## The event log

explain-region = Why
explain-newest = Why: the newest step
explain-none = Each rule the endpoints apply is explained here as it happens.
log-region = Event log
log-title = What happened, and why

## The ladder

ladder-label = Ladder diagram: client timeline on the left, server on the right; each arrow is a segment
ladder-rows-label = The ladder's rows in view, oldest first
ladder-svg-label = The segments between the two timelines; the same events are listed, with their reasons, in “What happened, and why”.
ladder-empty = Segments will appear here as arrows between the two timelines.

## Notices and announcements

source-saved = The saved session
source-link = The shared session
announce-state = { $side }: { $from } to { $to }
notice-dismiss = Dismiss this message
replay-progress = { $source }: opening, { $done } of { $total } steps…
replay-stop = Stop here

## The page

app-title = TCP Playground
lang-label = Language
confirm-reset = Start a new session? This one is kept aside as last saved: “↩ Earlier session” brings it back, until you start another one.
confirm-reset-lost = Start a new session? This one will be lost: it is not saved in this browser (use Export first to keep it).
welcome-title = New here?
welcome-text = Press Listen on the server, then Connect on the client. Then deliver the segments one by one from “On the wire”, or press ▶ Play. Or pick one from “Choose a lesson…”.
welcome-keys = Keyboard: Tab reaches “Skip to…” links first; ← and → move between an endpoint's calls, ↑ and ↓ to the other endpoint's, and between the tabs; N steps to the next event, Space plays or pauses, Ctrl+Z undoes.
welcome-close = Got it
# A part of the page loaded when first used (a chunk of its own) that did not arrive.
lazy-failed = This part of the playground could not be loaded: check the connection.
lazy-retry = Try again
about-version = TCP Playground { $version } · free software under the MIT or Apache-2.0 licence
text-size = Large text
text-size-help = Larger text for a projector or a small screen
skip-label = Skip to
skip-lesson = Skip to the lesson
skip-client = Skip to the client's calls
skip-server = Skip to the server's calls
skip-view = Skip to the ladder and state diagram
skip-wire = Skip to the segments on the wire
skip-log = Skip to the event log
tabs-label = Views
tab-ladder = Ladder
tab-diagram = State diagram
graphs-open = Graphs over time
notice-lesson-link-unreadable = The lesson in this link cannot be opened: { $why }. Your own session is kept.
notice-address = The page's address has a problem: { $problem }.
notice-share-unreadable = This share link cannot be opened: { $why }. Your own session is kept.
notice-no-lesson = There is no lesson called “{ $name }”; pick one from “Choose a lesson…”.
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

## The top bar

controls-label = Simulation controls
controls-clock = simulated clock
controls-time = time
controls-play = ▶ Play
controls-pause = ❚❚ Pause
controls-step = Step to next event
controls-nothing-scheduled = nothing scheduled
controls-next-timer = Jump to next timer
controls-speed = Speed
controls-history = History
controls-undo = ↶ Undo
controls-redo = ↷ Redo
controls-timeline = Timeline: jump to any earlier moment
controls-step-of = history { $n } of { $of } · { $label }
controls-lesson = Lesson
controls-lesson-help = Load a lesson or scenario
controls-choose = Choose a lesson…
controls-lessons = Lessons
controls-challenges = Challenges
controls-scenarios = More scenarios (one rule each)
controls-relative = relative seq numbers
controls-more = More ▾
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

controls-write = Write a lesson

## Packet captures
controls-capture = Open capture
controls-capture-help = open a Wireshark or tcpdump capture (.pcap, .pcapng) and watch both endpoints' states; you can also drop the file on the page

# TCP Playground：简体中文目录（与 en.ftl 有相同的键和相同的变量）。
#
# 规则：`rule-ID` 是日志中显示的那一行，带有本次实例的数值；
# 它的 `.plain` 属性是给学生看的一句浅显说明。序号已经按学生
# 选择的编号方式写好。

## 规则：应用程序调用（RFC 9293 §3.10.1–§3.10.5）

rule-open-active = 在 CLOSED 状态下主动 OPEN：ISS = { $iss }，发送 <SEQ=ISS><CTL=SYN>，SND.UNA = ISS，SND.NXT = ISS+1
    .plain = 本端发起连接：选定自己的初始序号，并发送 SYN。
rule-open-passive = 在 CLOSED 状态下被动 OPEN：等待 SYN
    .plain = 本端等待别人来连接它。
rule-open-active-from-listen = 在 LISTEN 状态下主动 OPEN：连接变为主动；ISS = { $iss }，发送 SYN
    .plain = 原本在等待的一端决定自己发起连接：它发送自己的 SYN。
rule-open-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = 连接已经存在，所以第二次 OPEN 被拒绝。
rule-send-in-listen = 在 LISTEN 状态下 SEND：连接变为主动（发送 SYN）；数据等到 ESTABLISHED 后再发送
    .plain = 在等待时发送数据，会使本端变成发起连接的一方；数据要等连接建立后才发送。
rule-send-queued = 在 ESTABLISHED 之前 SEND：数据先排队，直到握手完成
    .plain = 连接还没有建立，所以数据先在发送队列中等待。
rule-send-segmentize = SEND：数据被划分为报文段（每段至多 MSS，且不超出对方的窗口），并捎带 ACK
    .plain = 数据被切分成适合对方窗口的报文段，然后发送出去。
rule-send-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = TCP 在此状态下不能发送数据，所以该调用被拒绝，什么也不改变。
rule-close-listen = 在 LISTEN 状态下 CLOSE：删除 TCB
    .plain = 本端不再等待连接。
rule-close-syn-sent = 在 SYN-SENT 状态下 CLOSE：删除 TCB；不发送任何报文段
    .plain = 在得到应答之前就放弃这次连接尝试；什么也不发送。
rule-close-syn-received = 在 SYN-RECEIVED 状态下 CLOSE，且没有排队的数据：发送 FIN，进入 FIN-WAIT-1
    .plain = 已经没有数据要发送，所以本端立即发送 FIN。
rule-close-syn-received-queued = 在 SYN-RECEIVED 状态下 CLOSE，且有排队的数据：FIN 要等到 ESTABLISHED
    .plain = 还有数据在等待，所以连接建立后，FIN 会跟在这些数据之后发送。
rule-close-deferred-applies = 在 SYN-RECEIVED 状态下排队的 CLOSE 现在生效：在排队的数据之后发送 FIN
    .plain = 连接现在已经建立，所以之前请求的 CLOSE 开始生效。
rule-close-established = 在 ESTABLISHED 状态下 CLOSE：在所有排队的数据之后发送 FIN；进入 FIN-WAIT-1
    .plain = 本端没有更多数据要发送了：在数据之后发送一个 FIN。
rule-close-close-wait = 在 CLOSE-WAIT 状态下 CLOSE：在所有排队的数据之后发送 FIN；进入 LAST-ACK
    .plain = 对方已经关闭；现在本端也关闭，并等待最后一个 ACK。
rule-close-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = 在此状态下没有可以关闭的连接，所以该调用被拒绝。
rule-abort-silent = 在 { $state } 状态下 ABORT：删除 TCB；不发送任何报文段
    .plain = 双方还没有同步，所以中止只是把这个连接忘掉。
rule-abort-reset = 在 { $state } 状态下 ABORT：发送 <SEQ=SND.NXT><CTL=RST>，清空队列，删除 TCB
    .plain = 中止时用 RST 通知对方，并丢弃所有排队的数据。
rule-abort-closing = 在 { $state } 状态下 ABORT：回应 “ok”，删除 TCB
    .plain = 连接已经在关闭中，所以中止只是把它忘掉，不发送 RST。
rule-abort-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = 没有可以中止的连接。

## 规则：发送与计时器

rule-window-full = 数据等待：对方的窗口已满（SND.WND 已用完）
    .plain = 对方现在不能接收更多数据，所以剩下的数据要等待。
rule-window-probe = 对方的窗口已经为零达一个 RTO：用 1 字节新数据进行探测；下次尝试在 { $next } 之后
    .plain = 对方的窗口关闭了，所以本端每隔一段时间发送 1 个字节，以便得知窗口何时重新打开。
rule-retransmit = 重传超时（{ $rto }）：重传最早的未确认报文段（第 { $attempt } 次尝试），RTO 加倍为 { $new_rto }
    .plain = 没有按时收到确认，所以最早的未确认报文段被再次发送，下一次的等待时间加倍。
rule-give-up = 一个已经重传 { $retransmits } 次的报文段再次超时：放弃
    .plain = 这个报文段重传了太多次仍然没有应答，所以放弃这个连接。
rule-rto-after-syn-timeout = 本端的 SYN 在握手期间超时过，因此现在开始传送数据时，RTO 从 3 s 开始
    .plain = 因为 SYN 曾经被重传，数据的超时时间从 3 秒开始。
rule-time-wait-timer = TIME-WAIT 计时器 (2 × MSL = { $wait }) 一直运行到 { $until }
    .plain = 本端等待两倍的报文段最长寿命，这样丢失的最后一个 ACK 还能重发，旧的报文段也会在网络中消失。
rule-time-wait-timeout = TIME-WAIT 超时：2 × MSL 已过；删除 TCB
    .plain = 等待结束：连接彻底消失了。

## 规则：报文段到达时处于 CLOSED 或 LISTEN 状态

rule-closed-rst = CLOSED：收到的 RST 被丢弃
    .plain = 这里没有连接，而且 RST 永远不会被回应。
rule-closed-reset-ack = CLOSED：这里没有连接，所以用 <SEQ=SEG.ACK><CTL=RST> 回应该报文段 (SEQ = { $ack })
    .plain = 这里没有程序在监听，所以用复位（RST）回应该报文段。
rule-closed-reset-no-ack = CLOSED：这里没有连接，所以用 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> 回应该报文段 (SEG.SEQ = { $seq }, SEG.LEN = { $len })
    .plain = 这里没有程序在监听，所以用复位（RST）回应该报文段。
rule-listen-rst = LISTEN，第一步检查：收到的 RST 被忽略
    .plain = 处于监听状态的一端没有可以被 RST 复位的连接。
rule-listen-ack = LISTEN，第二步检查：SEG.ACK = { $ack } 确认的不是本端发送过的任何数据；回应 <SEQ=SEG.ACK><CTL=RST>
    .plain = 监听的一端还没有发送过任何东西，所以这个 ACK 一定是弄错了：它用复位来回应。
rule-listen-syn = LISTEN，第三步检查：SYN → IRS = { $irs }，RCV.NXT = { $rcv_nxt }，ISS = { $iss }；发送 <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = 收到 SYN：本端记下对方的初始序号，并用自己的 SYN 和一个 ACK 回应。
rule-listen-other = LISTEN，第四步检查：没有 SYN、RST 或 ACK；丢弃该报文段
    .plain = 只有 SYN 才能发起连接，所以这个报文段被丢弃。
rule-syn-text-held = 随 SYN 一起到达的数据或 FIN 先排队，直到 ESTABLISHED
    .plain = 随 SYN 一起到达的数据要等到连接建立后才交付。

## 规则：报文段到达时处于 SYN-SENT 状态

rule-syn-sent-bad-ack-rst = SYN-SENT，第一步检查：带有不可接受 ACK 的 RST (SEG.ACK = { $ack })；丢弃它
    .plain = 这个 RST 不是对本端 SYN 的应答，所以被忽略。
rule-syn-sent-bad-ack = SYN-SENT，第一步检查：SEG.ACK = { $ack } 没有确认本端的 SYN（要求 ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }）；发送 <SEQ=SEG.ACK><CTL=RST>
    .plain = 这个 ACK 与本端的 SYN 不匹配，所以用复位回应。
rule-syn-sent-rst = SYN-SENT，第二步检查：RST 确认了本端的 SYN；连接被复位，删除 TCB
    .plain = 对方用复位拒绝了连接。
rule-syn-sent-rst-no-ack = SYN-SENT，第二步检查：不带 ACK 的 RST；丢弃它
    .plain = 没有确认本端 SYN 的 RST 可能是伪造的，所以被忽略。
rule-syn-sent-syn-ack = SYN-SENT，第四步检查：SYN,ACK 确认了本端的 SYN → IRS = { $irs }，RCV.NXT = { $rcv_nxt }，SND.UNA = { $snd_una }；发送 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
    .plain = 对方接受了连接：本端记下对方的初始序号，连接建立，并发送握手中的最后一个 ACK。
rule-syn-ack-text = 这个 SYN,ACK 还携带了数据或 FIN：下面发送的一个 ACK 会确认全部内容
    .plain = SYN,ACK 还带来了数据；一个 ACK 同时确认两者。
rule-syn-sent-syn = SYN-SENT，第四步检查：收到的 SYN 没有确认本端的报文段，说明双方同时打开 → IRS = { $irs }，RCV.NXT = { $rcv_nxt }；发送 <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    .plain = 双方同时发送了 SYN（同时打开）；各自应答对方的 SYN。
rule-syn-sent-other = SYN-SENT，第五步检查：既不是 SYN 也不是 RST；丢弃该报文段
    .plain = 在等待 SYN 时，其他报文段一律丢弃。

## 规则：报文段到达时处于 SYN-RECEIVED 或已同步状态

rule-simultaneous-syn-ack = 同时打开（图 7）：这个 SYN,ACK 重复了本端已记下的 SYN；处理其中的 ACK
    .plain = 在同时打开时，对方的 SYN,ACK 重复了一个已经计入的 SYN；只有其中的 ACK 是新的。
rule-seq-unacceptable-rst = 第一步检查：SEG.SEQ = { $seq }，SEG.LEN = { $len } 超出接收窗口 (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd })；RST 被静默丢弃
    .plain = 来自窗口之外的复位可能是伪造的，所以不作应答，直接忽略。
rule-seq-unacceptable = 第一步检查：SEG.SEQ = { $seq }，SEG.LEN = { $len } 超出接收窗口 (RCV.NXT = { $rcv_nxt }, RCV.WND = { $rcv_wnd })；发送 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> 并丢弃该报文段
    .plain = 这个报文段是旧的，或者超出了窗口：它被丢弃，并用一个 ACK 告诉对方接下来期望收到什么。
rule-time-wait-fin-again = TIME-WAIT：这是对方再次发来的 FIN（本端最后的 ACK 丢失了）；确认它，并重新启动 2 × MSL 计时器
    .plain = 对方重发了 FIN，说明本端最后的 ACK 丢失了：再发送一次，并重新等待完整的时间。
rule-seq-trimmed = 报文段超出接收窗口的部分被截掉
    .plain = 只保留能放进接收窗口的部分。
rule-rst-challenge = 第二步检查：RST 在窗口内，但 SEG.SEQ = { $seq } 不恰好等于 RCV.NXT = { $rcv_nxt }；它可能是盲攻击，所以发送挑战 ACK 并丢弃它
    .plain = 复位报文段必须恰好带有期望的序号；否则可能是攻击，所以本端发送挑战 ACK 进行确认。
rule-rst-syn-received-passive = 第二步检查：被动 OPEN 之后在 SYN-RECEIVED 状态收到 RST；返回 LISTEN
    .plain = 尚未完成的连接被复位，所以本端回到监听状态。
rule-rst-syn-received-active = 第二步检查：主动 OPEN 之后在 SYN-RECEIVED 状态收到 RST；连接被拒绝
    .plain = 对方拒绝了连接。
rule-rst-reset = 第二步检查：在 { $state } 状态收到可接受的 RST；清空队列，通知用户，删除 TCB
    .plain = 对方复位了连接：所有数据都被丢弃，并通知应用程序。
rule-rst-closing = 第二步检查：在 { $state } 状态收到可接受的 RST；删除 TCB
    .plain = 连接本来就在关闭中；复位使它立即结束。
rule-syn-syn-received-passive = 第四步检查：被动 OPEN 之后在 SYN-RECEIVED 状态收到新的 SYN；返回 LISTEN
    .plain = 新的 SYN 意味着旧的尝试已经结束，所以本端回到监听状态。
rule-syn-challenge = 第四步检查：已同步的连接中出现 SYN；发送挑战 ACK 并丢弃它
    .plain = 已建立的连接中出现 SYN，可能是攻击，也可能是对方重启了，所以本端用挑战 ACK 回应。
rule-syn-reset = 第四步检查：窗口内的 SYN 是错误（RFC 793 的规则）；发送复位，通知用户，删除 TCB
    .plain = 已建立的连接中出现 SYN 是一种错误，所以连接被复位。
rule-ack-off = 第五步检查：ACK 位没有置 1；丢弃该报文段
    .plain = 连接建立后，每个报文段都必须带 ACK；这个报文段没有带，所以被丢弃。
rule-syn-received-ack = 第五步检查：SEG.ACK = { $ack } 确认了本端的 SYN；SND.WND = { $wnd }，进入 ESTABLISHED
    .plain = 对方确认了本端的 SYN：握手完成。
rule-syn-received-bad-ack = 第五步检查：在 SYN-RECEIVED 状态，SEG.ACK = { $ack } 不满足 SND.UNA < SEG.ACK =< SND.NXT ({ $snd_una }..{ $snd_nxt }]；发送 <SEQ=SEG.ACK><CTL=RST>
    .plain = 这个 ACK 与本端的 SYN,ACK 不匹配，所以用复位回应。
rule-ack-challenge = 第五步检查：SEG.ACK = { $ack } 不满足 SND.UNA − MAX.SND.WND =< SEG.ACK =< SND.NXT ({ $lowest } ..= { $snd_nxt })；发送 ACK 并丢弃该报文段
    .plain = 这个确认号与已发送的数据相差太远，所以本端用挑战 ACK 回应，并忽略该报文段。
rule-ack-too-new = 第五步检查：SEG.ACK = { $ack } 确认了尚未发送的数据 (SND.NXT = { $snd_nxt })；发送 ACK 并丢弃该报文段
    .plain = 对方确认了从未发送过的数据，所以本端告诉它实际发送到了哪里。
rule-ack-new = 第五步检查：新的 ACK，SND.UNA = { $snd_una }
    .plain = 对方确认了本端更多的数据；这些数据不必再保留以备重传。
rule-window-update = 窗口更新：SND.WND = { $wnd }
    .plain = 对方告知它现在还能接收多少数据。
rule-fin-wait-1-acked = FIN-WAIT-1：本端的 FIN 已被确认；进入 FIN-WAIT-2
    .plain = 对方确认了本端的 FIN；现在本端等待对方的 FIN。
rule-fin-wait-2-acked = FIN-WAIT-2：本端发送的所有数据都已被确认；本端的 CLOSE 已完成，等待对方的 FIN
    .plain = 发送的所有数据都已被确认；本端等待对方关闭。
rule-closing-acked = CLOSING：本端的 FIN 已被确认；进入 TIME-WAIT
    .plain = 双方的 FIN 都已被确认；本端在 TIME-WAIT 状态等待。
rule-closing-not-acked = CLOSING：该 ACK 没有覆盖本端的 FIN；忽略该报文段
    .plain = 这个 ACK 还没有确认本端的 FIN，所以什么也不改变。
rule-last-ack-acked = LAST-ACK：本端的 FIN 已被确认；删除 TCB，进入 CLOSED
    .plain = 最后一个 ACK 到达：连接已关闭。
rule-urg = 第六步：URG 已置 1；本工具不模拟紧急指针，数据按序交付
    .plain = 这里不模拟紧急标志；数据照常交付。
rule-out-of-order = 第七步：该报文段从 { $seq } 开始，超出了 RCV.NXT = { $rcv_nxt }；先保存它，直到空缺被填补，并发送重复 ACK
    .plain = 数据越过一个空缺提前到达：先把它保存起来，并用一个 ACK 再次请求缺失的部分。
rule-text-after-fin = 第七步：对方的 FIN 之后的数据不可能有效；忽略它
    .plain = 对方已经表示没有更多数据了，所以新的数据被忽略。
rule-deliver = 第七步：按序到达的 { $len } { $len ->
       *[other] 字节
    }，交付给应用程序；RCV.NXT = { $rcv_nxt }
    .plain = 数据按序到达，并交给应用程序。
rule-held-delivered = 一个先前保存的报文段现在接上了 RCV.NXT (SHLD-31)
    .plain = 空缺已被填补，所以提前到达的数据现在交付。
rule-fin = 第八步：FIN → 通知用户“连接正在关闭”，RCV.NXT = { $rcv_nxt }，确认该 FIN
    .plain = 对方没有更多数据要发送了；通知应用程序，并确认这个 FIN。

## 发送某个报文段的原因

reason-active-open = 主动 OPEN：携带本端 ISS 的 SYN
reason-send-in-listen = 在 LISTEN 状态下 SEND 使连接变为主动：SYN
reason-answer-syn = 应答 SYN：携带本端 ISS 的 SYN,ACK，同时确认对方的 SYN
reason-simultaneous-open = 同时打开：SYN,ACK
reason-data = { $len ->
        [0] CLOSE：FIN，本端不再发送数据
       *[other] { $len } { $len ->
           *[other] 字节
        }数据{ $fin ->
            [1] ，随后是 FIN
           *[other] {""}
        }
    }
reason-window-probe = 零窗口探测
reason-retransmission = 超时后重传（第 { $attempt } 次尝试）
reason-abort = ABORT：复位连接
reason-reset-no-connection = 没有连接：复位
reason-reset-ack-in-listen = 在 LISTEN 状态收到 ACK：复位
reason-reset-bad-ack-syn-sent = 在 SYN-SENT 状态收到不可接受的 ACK：复位
reason-reset-bad-ack-syn-received = 在 SYN-RECEIVED 状态收到不可接受的 ACK：复位
reason-reset-syn-in-window = 窗口内出现 SYN：复位
reason-ack-handshake = 确认对方的 SYN：握手完成
reason-ack-unacceptable = 该报文段不可接受：告诉对方本端期望收到什么
reason-challenge-rst = 挑战 ACK（RFC 5961）：真正的对方会用序号完全正确的 RST 回应
reason-challenge-syn = 挑战 ACK（RFC 5961）：已重启的对方会用 RST 回应
reason-challenge-ack = 挑战 ACK（RFC 5961）：确认号超出范围
reason-ack-too-new = 该 ACK 确认的是从未发送过的数据
reason-ack-out-of-order = 失序的报文段：再次请求 RCV.NXT
reason-ack-data = 确认收到的数据
reason-ack-fin = 确认对方的 FIN

## 通知应用程序的内容（RFC 中的说法）

signal-refused = 连接被拒绝
signal-reset = 连接被复位
signal-closing = 连接正在关闭
signal-timed-out = 连接超时
signal-does-not-exist = 连接不存在
signal-already-exists = 连接已存在
signal-error-closing = 连接正在关闭
signal-insufficient-resources = 资源不足

## 数值

num-outside = { $n }（在窗口之外）
num-no-isn = { $n }（实际数值：尚无 ISN）

## 端点、调用、计时器和设置

side-client = 客户端
side-server = 服务器
who-wire = 线路
who-setting = 设置
call-listen = LISTEN（被动 OPEN）
call-connect = CONNECT（主动 OPEN）
call-send = SEND（{ $len } { $len ->
       *[other] 字节
    }）
call-close = CLOSE
call-abort = ABORT
timer-retransmission = 重传计时器
timer-time-wait = TIME-WAIT 计时器
setting-isn = { $side }的下一个 ISN 将是 { $n }
setting-window = { $side }的接收窗口现在是 { $n } 字节
setting-mss = 最大报文段长度（MSS）现在是 { $n } 字节
setting-msl = 报文段最长寿命（MSL）现在是 { $d }；TIME-WAIT 持续其两倍的时间
setting-rto = 初始超时重传时间（RTO）现在是 { $d }
setting-latency = 线路的单向传输时间现在是 { $d }
setting-retries = 一个报文段现在最多重传 { $n } 次
setting-rfc5961 = RFC 5961 防护（挑战 ACK）{ $on ->
        [1] 已开启
       *[other] 已关闭
    }
setting-auto = { $on ->
        [1] { $side }重新自动发送它的报文段
       *[other] { $side }开启手动模式：它生成的每个报文段都先在发件箱中等待
    }
setting-loss = 线路现在会丢失两端 TCP 所发送报文段中的 { $n } %
setting-seed = 随机数现在由种子 { $n } 生成

## 事件日志

ev-call = 应用程序调用 { $call }
ev-sent = #{ $id } 发送 { $seg } —— { $reason }
ev-released = #{ $id } 发送 { $seg }（从发件箱放行）—— { $reason }
ev-injected = #{ $id } 手工构造的报文段，就像来自{ $from }：{ $seg }
ev-duplicate = #{ $id } 线路上 #{ $of } 的副本：{ $seg }
ev-queued = 保存在发件箱中：{ $seg } —— { $reason }
ev-discarded = 发件箱中的报文段被丢弃：{ $seg }
ev-delivered = #{ $id } 到达{ $to }
ev-lost = #{ $id } 丢失
ev-lost-random = #{ $id } 丢失（随机丢失）
ev-delayed = #{ $id } 被延迟：现在将在 { $time } 到达
ev-timer = { $timer }超时
ev-timer-any = 有一个计时器超时
ev-signal = 应用程序收到通知：“{ $signal }”
ev-received = { $len } { $len ->
       *[other] 字节
    }已交付给应用程序

## 端点面板

ep-title-client = 客户端
ep-title-server = 服务器
ep-region = 端点：{ $side }
ep-calls = { $side }的应用程序
ep-listen = 监听
ep-listen-help = 被动 OPEN：等待连接
ep-connect = 连接
ep-connect-help = 主动 OPEN：发送 SYN
ep-close = 关闭
ep-close-help = CLOSE：在排队的数据之后发送 FIN
ep-abort = 中止
ep-abort-help = ABORT：发送 RST
ep-send = 发送
ep-send-label = { $side }要发送的文本
ep-send-placeholder = 要发送的文本
ep-send-empty = 请先输入{ $side }要发送的文本。
ep-tcb = TCB 变量
ep-no-tcb = 没有 TCB：这个端点还没有连接，所以没有序号。
ep-not-chosen = 尚未选定
ep-not-known = 尚不知道（还没有收到对方的 SYN）
ep-changed = （已改变）
tcb-iss = 初始发送序号
tcb-irs = 初始接收序号（对方的 ISS）
tcb-snd-una = 最早的未确认序号
tcb-snd-nxt = 下一个要发送的序号
tcb-snd-wnd = 对方的窗口
tcb-rcv-nxt = 下一个期望收到的序号
tcb-rcv-wnd = 本端的窗口
ep-sent = 已发送
ep-sent-bytes = { $n } { $n ->
       *[other] 字节
    }{ $queued ->
        [0] {""}
       *[other] （{ $queued } 字节正在等待窗口）
    }
ep-received = 已接收
ep-received-none = 暂无
ep-received-bytes = { $n } { $n ->
       *[other] 字节
    }：“{ $text }”
ep-told = 应用程序收到的通知：
ep-timers = 正在运行的计时器
ep-timer-left = { $timer }：剩余 { $left }
ep-manual = 手动：把这个 TCP 生成的每个报文段都先保留在发件箱中
ep-outbox = 发件箱
ep-outbox-empty = 空。状态已经改变，就好像每个报文段都已发送。
ep-outbox-send = 发送
ep-outbox-edit = 编辑…
ep-outbox-discard = 丢弃

## 事件日志

log-region = 事件日志
log-title = 发生了什么，以及为什么
log-forgotten = 为节省内存，最早的 { $n } 个事件已被丢弃；最新的事件都在这里。
log-rule-id = 规则 id：{ $id }（用于 `expect SIDE rule`）

## 时序图

ladder-label = 时序图：左边是客户端的时间线，右边是服务器的时间线；每个箭头代表一个报文段
ladder-empty = 报文段会以箭头的形式出现在两条时间线之间。
ladder-forgotten = 为节省内存，较早的事件已被丢弃；会话本身仍然保留
ladder-lost = 丢失
ladder-lost-random = 丢失（随机丢失）
ladder-to-outbox = 进入发件箱：{ $flags }
ladder-discarded = 已丢弃 { $flags }
ladder-in-flight = #{ $id } { $seg }（传输中）

## 通知与提示

source-saved = 已保存的会话
source-link = 分享的会话
source-file = 导入的文件
announce-state = { $side }：从 { $from } 变为 { $to }
notice-told = { $side }的应用程序收到通知：“{ $signal }”。
notice-challenge-complete = ✓ 挑战完成：{ $name }。做得好！
notice-lesson-check-failed = 第 { $line } 行：{ $message }。（如果你已经接手操作，现在走的就是你自己的路线了。）
notice-lesson-line = 第 { $line } 行：{ $message }
notice-nothing-scheduled = 没有待发生的事件：没有正在传输的报文段，也没有正在运行的计时器。
notice-no-timer = 没有正在运行的计时器。
notice-scenario-unreadable = 无法读取场景：第 { $line } 行，第 { $col } 列：{ $message }
notice-restore-unreadable = 无法读取{ $source }（第 { $line } 行，第 { $col } 列：{ $message }）；当前会话保持不变。
notice-restore-stops = { $source }在第 { $line } 行停止重放：{ $message }。当前会话保持不变。
param-embed = embed=“{ $value }” 应为 1 或 0
param-mode = mode=“{ $value }” 应为 readonly 或 interactive
param-panel = panels：没有名为“{ $value }”的面板（已知：{ $known }）
param-lang = lang=“{ $value }” 不是本工具支持的语言（已知：{ $known }）
param-unknown = URL 参数“{ $value }”不是本工具认识的参数（embed、lesson、panels、mode、lang）

## 报文段编辑器

composer-region = 报文段编辑器
composer-title = 构造一个报文段
composer-title-edit = 发送前编辑
composer-from = 发送方
composer-client-to-server = 客户端 → 服务器
composer-server-to-client = 服务器 → 客户端
composer-flags = 标志
composer-field-seq = 序号
composer-field-ack = 确认号
composer-field-win = 窗口
composer-relative-to = 相对于{ $side }的 ISS
composer-real-no-isn = 实际数值：{ $side }还没有 ISS
composer-real = 实际的 32 位数值
composer-payload = 数据
composer-payload-none = （无）
composer-explain-edit = 你正在编辑{ $side }的 TCP 生成的报文段。TCP 生成它时，状态就已经改变了；你的编辑只改变线路上传送的内容。
composer-explain-raw-syn = 这是一个原始报文段：{ $side }仍处于 CLOSED 状态，并不知道自己发送了 SYN。要以正常方式建立连接，请在{ $side }上按“连接”（那个 SYN 会使它的状态变为 SYN-SENT）。
composer-explain-raw = 这是一个原始报文段：它被放到线路上，就像是{ $side }发送的，但{ $side }的 TCP 并不知道，所以它的状态和各个数值都不会改变。
composer-send-edited = 发送编辑后的报文段
composer-put-on-wire = 放到线路上
composer-cancel = 取消
composer-refill = 重置为正确的数值
composer-refill-help = 这一端的正确 TCP 此刻会发送的内容
composer-too-big = { $field }：最大为 { $max }，实际为 { $found }
composer-empty = { $field }：为空；请输入 0 到 { $max } 之间的数
composer-not-a-number = { $field }：应为 0 到 { $max } 之间的数（或 0x 开头的十六进制数），实际为“{ $found }”
composer-payload-too-big = 数据：最多 { $max } 字节，实际为 { $found }
composer-notice = 编辑器：{ $message }

## 页面

app-title = TCP Playground
lang-label = 语言
confirm-reset = 开始一个新的会话吗？当前会话将会丢失（如需保留，请先“导出”）。
share-label = 分享链接
share-explain = 任何人打开这个链接，都会看到与此完全相同的会话：
share-done = 完成
welcome-title = 第一次来？
welcome-text = 先在服务器上按“监听”，再在客户端上按“连接”。然后从“线路上”逐个投递报文段，或者按 ▶ 播放。也可以从“课程”菜单中选择一节课。
tabs-label = 视图
tab-ladder = 时序图
tab-diagram = 状态图
param-lesson = lesson=“{ $value }” 不是内置的课程；本工具将以空白状态启动。
notice-address = 页面地址有问题：{ $problem }。
notice-share-unreadable = 无法打开这个分享链接：{ $why }。你自己的会话保持不变。
notice-no-lesson = 没有名为“{ $name }”的课程；请从“课程”菜单中选择一个。
notice-png-rows = PNG 图片只显示最后 { $rows } 行；SVG 导出包含整个会话。
notice-not-text = 无法把“{ $name }”作为文本读取。
share-bad-chars = 链接已损坏：其中含有分享链接中不可能出现的字符
share-cut = 链接已损坏或被截断：无法解开其中的会话
share-not-text = 链接中的会话不是文本

## 线路上

wire-region = 线路上的报文段
wire-title = 线路上
wire-empty = 没有正在传输的报文段。
wire-released = （手动放行）
wire-injected = （手工构造：发送方的状态没有改变）
wire-copy = （#{ $of } 的副本）
wire-arrives-in = { $time } 后到达
wire-deliver = 立即投递
wire-drop = 丢弃
wire-duplicate = 复制
wire-delay = 延迟 +500 ms

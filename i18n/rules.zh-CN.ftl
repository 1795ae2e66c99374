# TCP Playground：协议引擎的规则、发送每个报文段的原因、抓包面板的文字，以及学生操作之后才会显示的文字（保存、导入、导出、分享）（简体中文，首屏之后加载）。
# 键与变量与 rules.en.ftl 相同。

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
    .plain = 没有可以关闭的连接，或者本端已经请求过关闭，所以该调用被拒绝。
rule-close-queued-sends = SYN-SENT 中的 CLOSE：仍在排队的 SEND（{ $bytes } 字节）得到回应 "error: { $error }"
    .plain = 应用程序发送的数据从未发出：CLOSE 会告知应用，而不是悄悄丢弃。
rule-abort-queued-sends = ABORT：仍在排队的 SEND（{ $bytes } 字节）得到回应 "{ $error }"
    .plain = 应用程序发送的数据从未发出：ABORT 会告知应用，而不是悄悄丢弃。
rule-abort-silent = 在 { $state } 状态下 ABORT：删除 TCB；不发送任何报文段
    .plain = 双方还没有同步，所以中止只是把这个连接忘掉。
rule-abort-reset = 在 { $state } 状态下 ABORT：发送 <SEQ=SND.NXT><CTL=RST>，清空队列，删除 TCB
    .plain = 中止时用 RST 通知对方，并丢弃所有排队的数据。
rule-abort-closing = 在 { $state } 状态下 ABORT：回应 “ok”，删除 TCB
    .plain = 连接已经在关闭中，所以中止只是把它忘掉，不发送 RST。
rule-abort-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = 没有可以中止的连接。
rule-read = RECEIVE：应用程序从接收缓冲区读取 { $len } { $len ->
       *[other] 字节
    }；还有 { $buffered } 字节在等待
    .plain = 应用程序从接收缓冲区取走数据，为更多数据腾出空间。
rule-read-nothing = RECEIVE：接收缓冲区中没有等待的数据，所以这次读取什么也没有得到（这里的读取从不等待）
    .plain = 还没有可读的数据。
rule-read-refused = { $state } 状态拒绝此调用：“错误：{ $error }”；不做任何改变
    .plain = 这个连接已经没有可以交给应用程序的数据了。
rule-window-held = 接收方糊涂窗口综合征（SWS）避免：释放了 { $freed } { $freed ->
       *[other] 字节
    }，小于 min(RCV.BUFF/2, MSS) = { $threshold }；RCV.NXT+RCV.WND 保持不变
    .plain = 释放了一点空间，但通告一个很小的窗口会招来很小的报文段，所以窗口暂时不变。
rule-window-opens = 接收方 SWS 避免：空闲空间达到 min(RCV.BUFF/2, MSS) = { $threshold }；RCV.WND = RCV.BUFF − RCV.USER = { $rcv_wnd }，通知发送方
    .plain = 释放了足够的空间：窗口打开，并用窗口更新通知发送方。
rule-window-full = 数据等待：对方的窗口已满（SND.WND 已用完）
    .plain = 对方现在不能接收更多数据，所以剩下的数据要等待。
rule-sws-hold = 发送方糊涂窗口综合征（SWS）避免：可用窗口只有 { $usable } { $usable ->
       *[other] 字节
    }，小于一个满长报文段（MSS = { $mss }），也小于对方通告过的最大窗口的一半（{ $threshold }），而且还有更多数据在等待：暂不发送
    .plain = 现在发送只会得到一个很小的报文段，后面还有数据，所以数据等待窗口进一步打开，或等待超控计时器。
rule-sws-override = SWS 超控：数据已被扣留 { $wait }；现在发送 { $len } { $len ->
       *[other] 字节
    }，比 SWS 避免希望的报文段小，以免因接收方缓冲区缩小而永远等待
    .plain = 数据不能无限期等待，所以即使很少，也把能放下的部分发出去。
rule-nagle-hold = Nagle 算法：有 { $unacked } { $unacked ->
       *[other] 字节
    }尚未确认，队列中的 { $queued } 字节不足一个满长报文段（MSS = { $mss }）：先扣留，直到 ACK 到达或凑满一个报文段
    .plain = 在先前的数据仍在途中时，把小块数据攒成一个报文段。
rule-window-probe = 对方的窗口已经为零达一个 RTO：用 1 字节新数据进行探测；下次尝试在 { $next } 之后
    .plain = 对方的窗口关闭了，所以本端每隔一段时间发送 1 个字节，以便得知窗口何时重新打开。
rule-probe-again = 对方的窗口重新打开，而我们的探测字节曾被关闭的窗口拒绝、仍在等待：现在立即重发它，排在其后的数据之前
    .plain = 窗口重新打开了，所以先发送被关闭窗口拒绝的那个字节，再发送其余数据。
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
rule-initial-window = 初始窗口（RFC 5681 公式 3）：cwnd = { $cwnd } 字节；ssthresh 起始值很高，为 { $ssthresh } 字节（本 TCP 能被通告的最大窗口）
    .plain = 连接已建立：在第一个 ACK 回来之前，发送方只能发送少数几个报文段，之后窗口由此增长。
rule-initial-window-set = 按本端的设置，初始窗口为 { $segments } 个报文段：cwnd = { $cwnd } 字节
    .plain = 发送方以为它设置的初始窗口开始（RFC 6928 允许十个报文段）。
rule-initial-window-syn-lost = 握手期间 SYN 不得不重传，因此初始窗口为一个报文段：cwnd = { $cwnd } 字节
    .plain = 握手丢失了一个报文段，所以发送方谨慎地从一个报文段开始。
rule-slow-start = 慢启动：新确认了 { $acked } 字节，cwnd 至多增长一个 SMSS，变为 { $cwnd } 字节
    .plain = 每个确认让窗口增长一个报文段，因此窗口每个往返时间翻一番。
rule-slow-start-ends = cwnd（{ $cwnd } 字节）已达到 ssthresh（{ $ssthresh } 字节）：慢启动结束，开始拥塞避免
    .plain = 窗口已达到阈值：从现在起每个往返时间只增长一个报文段。
rule-congestion-avoidance = 拥塞避免：已确认了整整一个窗口的字节，cwnd 增长一个 SMSS，变为 { $cwnd } 字节
    .plain = 收到一整个窗口的确认后，窗口增长一个报文段。
rule-cwnd-full = 拥塞窗口已满：在途 { $flight } 字节，cwnd = { $cwnd } 字节；下一个报文段等待 ACK
    .plain = 发送方在网络中的数据已达到拥塞窗口允许的上限，因此等待。
rule-timeout-window = 重传超时：ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } 字节（FlightSize 为 { $flight }），cwnd = 一个报文段 = { $cwnd } 字节：重新慢启动
    .plain = 超时是拥塞的强烈信号：窗口降为一个报文段，阈值降为在途数据的一半。
rule-timeout-window-again = 同样的数据再次超时：ssthresh 保持 { $ssthresh } 字节，cwnd = 一个报文段 = { $cwnd } 字节
    .plain = 对反复超时的数据，阈值只减半一次；窗口保持一个报文段。
rule-duplicate-ack-counted = 第 { $count } 个重复 ACK：不带数据，ACK 和窗口与之前相同，且有未确认的数据
    .plain = 接收方再次索要同一个字节：可能有报文段丢失，连续三个这样的 ACK 就说明确实丢了。
rule-limited-transmit = 有限传输：第 { $count } 个重复 ACK 允许在 cwnd 之外发送一个新报文段，cwnd 不变
    .plain = 重复 ACK 说明有一个报文段离开了网络，因此可以发送一个新报文段来代替它。
rule-fast-retransmit = 第三个重复 ACK：快速重传最早的未确认报文段；ssthresh = max(FlightSize / 2, 2 × SMSS) = { $ssthresh } 字节（FlightSize { $flight }），cwnd = ssthresh + 3 × SMSS = { $cwnd } 字节：进入快速恢复
    .plain = 三个重复 ACK 说明有报文段丢失：立即重传，不等计时器，阈值 ssthresh 变为在途数据的一半。修复丢失期间，cwnd 设为比它高三个报文段。
rule-fast-recovery-inflate = 快速恢复：第 { $count } 个重复 ACK，cwnd 增长一个 SMSS，变为 { $cwnd } 字节
    .plain = 每多一个重复 ACK，就说明又有一个报文段离开了网络，因此窗口再腾出一个的位置。
rule-fast-recovery-ends = 确认了新数据：快速恢复结束，cwnd = ssthresh = { $cwnd } 字节
    .plain = 丢失的报文段已到达：窗口缩回到阈值，继续拥塞避免。
rule-partial-ack = NewReno 部分确认：确认了 { $acked } 字节，但不是丢失前发送的全部数据；重传下一个缺失的报文段，cwnd = { $cwnd } 字节，仍在恢复中
    .plain = 同一窗口中还有另一个报文段也丢了：立即重传它，恢复继续。
rule-full-ack = NewReno 完全确认：丢失前发送的数据已全部确认；快速恢复结束，cwnd = min(ssthresh, max(FlightSize, SMSS) + SMSS) = { $cwnd } 字节
    .plain = 丢失前发送的数据都已到达：恢复结束。
rule-recover-not-covered = 三个重复 ACK，但它们没有确认 recover = { $recover } 之后的任何数据：不进行快速重传
    .plain = 这些重复 ACK 针对的是上次丢失处理之前发送的数据，因此窗口不会被第二次削减。
rule-idle-restart = 已有 { $idle } 没有发送数据，超过了 RTO：cwnd 从 min(IW, cwnd) = { $cwnd } 字节重新开始
    .plain = 长时间停顿后网络可能已经变化，因此发送方以较小的窗口重新开始。
rule-sack-permitted = 双方的 SYN 都带有 SACK-permitted：此连接使用选择性确认
    .plain = 双方都表示理解 SACK，所以 ACK 现在可以指出缺口之后已到达的数据片段。
rule-sack-not-permitted = 本端的 SYN 提供了 SACK，对端的没有：此连接上不使用 SACK 选项
    .plain = 只有一方提供了 SACK，所以双方都不使用它：ACK 只携带累计确认。
rule-sack-blocks = 接收方保存着乱序数据：ACK 携带 { $blocks } 个 SACK 块，第一个是 { $left }–{ $right }（包含刚到达的报文段的块）
    .plain = 接收方准确地告诉发送方它已经有缺口之后的哪些片段，最新的片段排在最前。
rule-sack-duplicate-ack = 按 RFC 6675 的第 { $count } 个重复 ACK：它用 SACK 确认了之前未确认的数据（共 { $sacked } 字节已被 SACK）
    .plain = 缺口之后又到达了更多数据；收到三个这样的 ACK，或缺口之后的数据足够多时，这个缺口就被认为丢失了。
rule-sack-limited-transmit = SACK 有限传输：pipe = { $pipe } 字节，cwnd = { $cwnd } 字节，所以还能发送一个新报文段
    .plain = 接收方用 SACK 确认的数据已经离开网络，所以新数据可以占用它的位置，最多到 cwnd 减去 pipe 为止。
rule-sack-recovery = 带 SACK 的第三个重复 ACK：开始丢失恢复；ssthresh = cwnd = FlightSize / 2 = { $cwnd } 字节（FlightSize { $flight }），RecoveryPoint = { $recovery_point }；第一个缺失的报文段被重传
    .plain = 有一个报文段丢失了：它立即被重传，之后由 SACK 记分板决定还要重传什么。
rule-sack-recovery-lost = SND.UNA 之上被 SACK 的数据表明它已丢失（IsLost），还没等到三个重复 ACK：开始丢失恢复；ssthresh = cwnd = FlightSize / 2 = { $cwnd } 字节（FlightSize { $flight }），RecoveryPoint = { $recovery_point }
    .plain = 缺口之后到达的数据已经很多，缺失的报文段一定是丢了，即使还没有三个重复 ACK。
rule-sack-retransmit-lost = NextSeg 规则 1：{ $seq } 处的 { $len } 字节已丢失（其上方有被 SACK 的数据），重传；pipe 现在是 { $pipe } 字节
    .plain = 接收方的 SACK 块揭示的另一个缺口被立即填补，无需再等一个往返时间。
rule-sack-retransmit-unsacked = NextSeg 规则 3：没有剩下已丢失的数据，也不能发送新数据，所以重传 { $seq } 处、位于最高 SACK 字节之下的 { $len } 字节；pipe 现在是 { $pipe } 字节
    .plain = 窗口还有空间但没有别的可发，所以发送方重传一个之后可能被认定丢失的缺口。
rule-sack-rescue = NextSeg 规则 4：本次恢复唯一的一次救援重传，{ $seq } 处的 { $len } 字节，即最后一段未被 SACK 的数据
    .plain = 最后一个报文段可能丢了，而它后面没有数据能揭示这次丢失，所以以防万一重传一次。
rule-sack-recovery-ack = 丢失恢复期间的 ACK，低于 RecoveryPoint = { $recovery_point }：更新记分板，pipe = { $pipe } 字节；恢复继续
    .plain = 部分数据得到确认，但丢失之前发送的数据还没全部确认：发送方重新计算仍在网络中的数据量。
rule-sack-recovery-ends = ACK 覆盖了 RecoveryPoint：SACK 丢失恢复结束，cwnd = { $cwnd } 字节
    .plain = 丢失之前发送的数据已全部到达：恢复结束，窗口从这里重新增长。
rule-sack-timeout = 带 SACK 的重传超时：丢失恢复结束，RecoveryPoint = { $recovery_point }，并忘记已被 SACK 的 { $cleared } 字节（接收方可能已丢弃它们）
    .plain = 超时之后，发送方不再相信接收方说它持有的数据；新的 ACK 会重新告诉它。
rule-sack-recovery-held = 再次出现丢失信号，但 SND.UNA 还没有越过超时时的 RecoveryPoint = { $recovery_point }：暂不开始新的丢失恢复
    .plain = 这些丢失属于超时正在处理的数据，所以窗口不会被第二次减半。
rule-go-back-n = 超时后回退 N 步：超时前发送的从 { $from } 到 { $to } 的字节视为丢失（不计入 FlightSize）；随着 cwnd 允许，从最早的开始重新发送
    .plain = 超时后发送方无法知道后面的报文段是否到达，因此全部重新发送，随着窗口增长，每个 ACK 多发几个。
rule-cubic-epoch = CUBIC：拥塞避免阶段开始，cwnd = { $cwnd } 字节；W_max = { $w_max } 字节，K = ∛((W_max − cwnd) / C) = { $k }
    .plain = CUBIC 开始它的曲线：窗口在时间 K 内回升到上次丢失发生时的大小（W_max），然后超过它。
rule-cubic-reno-friendly = CUBIC，Reno 友好区域：W_cubic(t) = { $w_cubic } 字节低于 W_est（Reno 会有的窗口），因此 cwnd = W_est = { $cwnd } 字节
    .plain = 此时 Reno 会比三次曲线增长得更快，所以 CUBIC 至少和 Reno 增长得一样快。
rule-cubic-concave = CUBIC，凹区域：进入本阶段 { $t }，目标 = W_cubic(t + RTT) = { $target } 字节，cwnd 低于 W_max = { $w_max } 字节；每个 ACK 使 cwnd 增加 (目标 − cwnd) / cwnd，达到 { $cwnd } 字节
    .plain = 窗口向上次丢失数据时的大小回升：开始很快，然后越来越慢。
rule-cubic-convex = CUBIC，凸区域：进入本阶段 { $t }，目标 = W_cubic(t + RTT) = { $target } 字节，cwnd 达到或超过 W_max = { $w_max } 字节；每个 ACK 使 cwnd 增加 (目标 − cwnd) / cwnd，达到 { $cwnd } 字节
    .plain = 窗口已超过上次丢失数据时的大小：它探测更多带宽，开始很慢，然后越来越快。
rule-cubic-decrease = CUBIC 下的第三个重复 ACK：快速重传最早的未确认报文段；ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } 字节（FlightSize { $flight }），cwnd = ssthresh + 3 × SMSS = { $cwnd } 字节：进入快速恢复
    .plain = 三个重复 ACK 表明一个报文段丢失了：它被立即重发，CUBIC 把阈值降到在途数据的 70%，而 Reno 降到一半。
rule-cubic-fast-convergence = CUBIC 快速收敛：cwnd = { $cwnd } 字节尚未达到上一次的 W_max，因此 W_max = cwnd × (1 + β_cubic) / 2 = { $w_max } 字节
    .plain = 这次丢失发生在窗口恢复到原来大小之前：可能有别的流需要带宽，所以 CUBIC 下次把目标定得更低。
rule-cubic-timeout = CUBIC 下的重传超时：ssthresh = max(FlightSize × β_cubic (0.7), 2 × SMSS) = { $ssthresh } 字节（FlightSize 为 { $flight }），cwnd = 一个报文段 = { $cwnd } 字节：重新慢启动，下一阶段从 K = 0 开始
    .plain = 超时是拥塞的强烈信号：窗口降到一个报文段，阈值降到在途数据的 70%。
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
rule-syn-sent-bad-ack-rst = SYN-SENT，第一步检查：带有不可接受 ACK 的 RST (SEG.ACK = { $ack })；丢弃它
    .plain = 这个 RST 不是对本端 SYN 的应答，所以被忽略。
rule-syn-sent-bad-ack = SYN-SENT，第一步检查：SEG.ACK = { $ack } 没有确认本端的 SYN（要求 ISS = { $iss } < SEG.ACK =< SND.NXT = { $snd_nxt }）；发送 <SEQ=SEG.ACK><CTL=RST>
    .plain = 这个 ACK 与本端的 SYN 不匹配，所以用复位回应。
rule-syn-sent-rst = SYN-SENT，第二步检查：RST 确认了本端的 SYN；连接被复位，删除 TCB
    .plain = 对方拒绝了连接：它用复位（RST）回应了本端的 SYN，所以应用程序收到“连接被复位”（RFC 9293 在此处的用词是 "connection reset"；许多系统称之为“连接被拒绝”）。
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
rule-zero-window-text = 第一项检查：接收窗口为零，所以这 { $len } { $len ->
       *[other] 字节
    }一个也不能接收；只处理 ACK（以及 RST、URG），回复中显示窗口仍为零
    .plain = 缓冲区满了：数据被拒绝，回复表明窗口仍然关闭。
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
rule-ack-duplicate = 第五步检查：SEG.ACK = { $ack } 没有确认任何新内容（SND.UNA = { $snd_una }）；重复的 ACK 可以忽略
    .plain = 这个 ACK 没有确认任何尚未确认的数据。收到三个重复 ACK 后的快速重传属于拥塞控制，而本端没有运行拥塞控制（见“设置”）。
rule-ack-duplicate-cc = 第五步检查：SEG.ACK = { $ack } 没有确认任何新内容（SND.UNA = { $snd_una }）；由拥塞控制判断它是否算作计入快速重传的重复 ACK
    .plain = 这个 ACK 没有确认任何尚未确认的数据；本端运行着拥塞控制，由它判断这个 ACK 是否计入快速重传。
rule-window-update = 窗口更新：SND.WND = { $wnd }
    .plain = 对方告知它现在还能接收多少数据。
rule-fin-wait-1-acked = FIN-WAIT-1：本端的 FIN 已被确认；进入 FIN-WAIT-2
    .plain = 对方确认了本端的 FIN；现在本端等待对方的 FIN。
rule-fin-wait-2-acked = FIN-WAIT-2：本端发送的所有数据都已被确认；本端的 CLOSE 已完成，{ $fin ->
        [1] 对方的 FIN 就在这个报文段中
       *[other] 等待对方的 FIN
    }
    .plain = 发送的所有数据都已被确认，本端自己的关闭已完成；剩下的是对方的 FIN。
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
rule-ack-delayed = 延迟 ACK：这些数据将随下一个发出的报文段一起确认，最迟在 { $until }
    .plain = ACK 稍等片刻，希望能和数据一起发送，或者把下一个报文段也一并确认。
rule-ack-every-second = 自上次 ACK 以来收到了第二个数据报文段：现在一并确认（SHLD-19）
    .plain = 已经有两个报文段没有确认，所以现在发一个 ACK 同时确认两者。
rule-peer-mss = SYN 通告的 MSS 为 { $mss } 字节：发往该对端的报文段所带数据都不超过它（也不超过本 TCP 自己的 mss），MUST-16
    .plain = 对方能接收每段最多 { $mss } 字节的数据，所以这一端一次从不多发。
rule-peer-mss-default = SYN 没有 MSS 选项：本 TCP 必须假定为 { $mss } 字节（MUST-15），一个报文段不发送更多
    .plain = 对方没有说明能接收多大的报文段，所以这一端采用安全的默认值 { $mss } 字节。
rule-ack-delay-timeout = 延迟 ACK 计时器到期：现在发送欠下的 ACK（MUST-40：0.5 秒以内）
    .plain = 没有其他报文段及时发出，所以 ACK 单独发送。
rule-buffered = 第七步：按序到达的 { $len } { $len ->
       *[other] 字节
    }保存在接收缓冲区中，等待应用程序读取（{ $buffered } 字节在等待）；RCV.NXT = { $rcv_nxt }，RCV.WND = { $rcv_wnd }（右边沿不动）
    .plain = 数据按序到达，在缓冲区中等待应用程序；窗口相应缩小。
rule-window-closed = 接收缓冲区已满（{ $buffered } 字节在等待）：RCV.WND = 0，即零窗口；发送方必须停下来并进行探测
    .plain = 缓冲区满了，所以本端通告零窗口：发送方必须等到应用程序读取数据。
rule-held-delivered = 一个先前保存的报文段现在接上了 RCV.NXT (SHLD-31)
    .plain = 空缺已被填补，所以提前到达的数据现在交付。
rule-fin = 第八步：FIN → 通知用户“连接正在关闭”，RCV.NXT = { $rcv_nxt }，确认该 FIN
    .plain = 对方没有更多数据要发送了；通知应用程序，并确认这个 FIN。

## 发送报文段的原因

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
reason-probe-again = 再次发送探测字节：窗口已重新打开
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
reason-delayed-ack = 延迟 ACK：计时器到期
reason-fast-retransmit = 快速重传：在计时器到期之前再次发送最早的未确认报文段
reason-sack-retransmit = SACK 丢失恢复：在计时器到期之前重传记分板显示缺失的报文段
reason-go-back-n = 回退 N 步：超时前发送的报文段，随着窗口增长再次发送
reason-window-update = 窗口更新：应用程序读取了数据，窗口重新打开

## 抓包：抓包重放旁的面板，以及与 RFC 9293 的每种差异的含义（仅在打开抓包后需要）。
capture-no-worker = 此浏览器无法在这里读取抓包（抓包读取器没有启动）。你的会话保持不变。
capture-too-big = “{ $name }”有 { $size } 字节；抓包文件最多 { $max } 字节。没有读取任何内容；你的会话保持不变。
capture-not-capture = “{ $name }”不是抓包文件：请打开 Wireshark 或 tcpdump 保存的 pcap 或 pcapng 文件。你的会话保持不变。
capture-damaged = “{ $name }”是损坏的抓包（{ $why }）。你的会话保持不变。
capture-no-connection = “{ $name }”中没有演练场能读取的 TCP 报文段。你的会话保持不变。
capture-pick = “{ $name }”包含多个 TCP 连接。选哪一个？
capture-connection = { $label }：{ $packets } 个报文段，从 { $start } 毫秒开始
capture-pick-cancel = 都不要
capture-reading = 正在读取“{ $name }”…
capture-reading-cancel = 取消
capture-failed = 读取“{ $name }”时抓包读取器停止了（内存不足或出错）。没有打开任何内容；你的会话保持不变，下一个抓包会启动新的读取器。
capture-filter = 只显示地址包含以下内容的连接：
capture-shown = 显示 { $matching } 个连接中的 { $shown } 个，最大的在前（文件中共 { $total } 个）。
capture-show-more = 显示更多（还有 { $hidden } 个未显示）
capture-limited-segments = 重放停在该连接 { $total } 个报文段中的第 { $at } 个之前：抓包的重放最多包含 { $max } 个报文段。
capture-limited-data = 重放停在该连接 { $total } 个报文段中的第 { $at } 个之前：抓包的重放最多携带 { $max } 字节数据（被抓包长度截断的报文段按其完整长度计算）。
capture-limited-text = 重放停在该连接 { $total } 个报文段中的第 { $at } 个之前：它的场景会超过 { $max } 字节，这是抓包重放最多写入的长度。
capture-limited-unseen = 重放停在该连接 { $total } 个报文段中的第 { $at } 个之前：它的发送方会先发送超过 { $max } 个抓包从未见到的报文段（其序列号向前跳跃），这是抓包重放最多发送的数量。
capture-limited-events = 重放停在该连接 { $total } 个报文段中的第 { $at } 个之前：两个 TCP 已经达到 { $max } 个事件（形成的报文段、触发的定时器、到达），这是抓包重放最多运行的数量。
capture-title = 抓包：{ $name }
capture-summary = { $label }，{ $packets } 个报文段，由演练场的两个 TCP 重放：你看到的状态和规则，是引擎对每一端收发内容的解读。
capture-near = 在{ $side }的主机上抓取：它的时间是准确的；另一端的时间按单程时延平移，取 { $latency } 毫秒（握手往返时间的一半）。
capture-near-unknown = 两台主机相距不到一毫秒：无论在哪里抓包，时间都相同。
capture-lost = 视为在途中丢失：报文段 { $at }。{ $count ->
        [one] 它
       *[other] 每一个都
    }在被确认之前又发送了一次：抓包看到了，接收方很可能没有。
capture-unseen = 发送方必定发送过的 { $count } 个报文段不在抓包中（之后的数据在）：视为在到达抓包点之前丢失。
capture-stopped = 重放在报文段 { $packet } 处停止：从那里起，引擎无法跟上抓包。
capture-not-kept = 未保留的数据：{ $count } 个报文段（{ $at }），共 { $bytes } 字节（被抓包的截断长度截断、超出前 64 KB 数据，或按抓包重发但不是文本）。长度是真实的；两端显示的是填充字母（abcd…），而不是抓到的那些字节。
capture-numbering = 梯形图上标出每个抓到的报文段的编号，与这里相同：第 1 段、第 2 段……
capture-no-handshake = 抓包开始于连接建立之后：没有 SYN，引擎无法知道序号，因此保持 CLOSED，每个报文段按抓到的样子显示。
capture-skipped = 文件中另有 { $count } 个分组被跳过（其他协议、IP 分片、被截断的分组）。
capture-cut-short = 文件在一个分组中间结束：之前的内容已读取。
capture-differences = 真实 TCP 做法不同之处：{ $count } 类
capture-no-differences = 没有：引擎会发送完全相同的报文段。
capture-difference = { $title }（{ $name }）：报文段 { $at }。
capture-more = 等，另有 { $count } 处
capture-at = { $packet }（{ $side }）
capture-differences-doc = 关于每一项以及真实协议栈的不同做法的更多内容（项目笔记，英文纯文本）
capture-continue-help = 要接手，用“撤销”（或时间线）回到任意时刻，然后按“从这里继续”：之后两个 TCP 自动应答，你可以像在任何会话中一样发送、丢弃和延迟。在按下之前，两边都保持手动模式（重放需要如此）：它们发送的内容会留在发件箱里。
capture-continue = 从这里继续
capture-save = 保存为场景
capture-save-help = 场景包含抓包中的各个报文段，每个前面都有一行注释：教师可以把它用页面顶部的“编写课程”编辑成一课。
difference-delayed-ack = 引擎会立即确认；真实 TCP 等了一下，以便用一个 ACK 确认两个报文段，或把 ACK 随数据一起发送（RFC 9293 §3.8.6.3 两者都允许）。
    .title = 延迟 ACK
difference-rst-on-abort-carries-ack = 真实 TCP 中止时发出的 RST 带有 ACK；RFC 9293 §3.10.5 发送的是单纯的 <SEQ=SND.NXT><CTL=RST>。两种情况下接收方都检查序号。
    .title = 中止时的复位带有 ACK
difference-syn-options = SYN 带有演练场的 TCP 不发送的选项（最大报文段长度、窗口扩大、允许 SACK、时间戳）。
    .title = SYN 上的选项
difference-window-scaling = 两个 TCP 约定扩大窗口（RFC 7323）：窗口字段乘以 2 的幂。演练场显示扩大后的窗口，最多 65535 字节。
    .title = 窗口缩放
difference-min-rto = 真实 TCP 在引擎的重传计时器（至少 1 秒，RFC 6298）到期之前就重传了：真实协议栈超时更早（Linux 最少 200 毫秒），还会探测最后一个报文段是否丢失（RACK 与尾部丢失探测，RFC 8985），所以在快速网络上几毫秒内就会重发。
    .title = 更短的重传超时
difference-fast-retransmit = 真实 TCP 在收到重复 ACK 后没有等计时器就重传：快速重传（RFC 5681 §3.2），演练场的 TCP 只有在开启拥塞控制（set client.cc reno）时才这样做，而回放时不开启。
    .title = 快速重传
difference-beyond-window = 真实 TCP 发送的数据超出了引擎所知的窗口（启用窗口扩大后窗口可以更大）。
    .title = 超出窗口的数据
difference-not-formed = 引擎此刻不会发送这个报文段；它按抓到的样子显示，发送方的状态没有改变。
    .title = 引擎不会发送的报文段
difference-engine-would-send = 抓包结束时，引擎仍会发送真实 TCP 从未发送的内容。
    .title = 引擎仍会发送的报文段

## What makes up for a lost segment (the engine's Recovery), in Why

lost-why-retransmission = { $from }仍保存着这些未被确认的字节：等它的重传计时器触发时，会再次发送它们（除非连接先结束）。
lost-why-fast-retransmit-or-timer = { $from }仍保存着这些未被确认的字节，并且启用了拥塞控制：如果返回的 ACK 先报告了丢失（三个重复 ACK，或恢复期间的部分确认），它会立即再次发送它们（快速重传）；否则等它的重传计时器触发后再发送（除非连接先结束）。
lost-why-next-probe = 这是一个零窗口探测：等{ $from }的计时器触发时，它会再次探测，间隔加倍。
lost-why-peer-resends = 纯 ACK 永远不会被重发。{ $to }仍在等待确认：等它的重传计时器触发时，会重发最早的未确认报文段，{ $from }再确认这份副本（除非连接先结束）。
lost-why-peer-resends-time-wait = 纯 ACK 永远不会被重发。{ $to }仍在等待对它的 FIN 的确认：等它的重传计时器触发时，会重发 FIN，仍处于 TIME-WAIT 的{ $from }会再次确认，并重新开始 2 x MSL。
lost-why-peer-resends-too-late = 纯 ACK 永远不会被重发。{ $to }的重传计时器触发时会重发 FIN，但那时{ $from }已离开 TIME-WAIT：它已没有连接，会用 RST 回应这个 FIN，从而结束{ $to }的连接。
lost-why-peer-probes = 纯 ACK 永远不会被重发。{ $to }正在探测零窗口：它的下一次探测会再次得到窗口的回应。
lost-why-not-needed = 纯 ACK 永远不会被重发，也不需要：{ $to }并没有在等待它携带的任何内容。
lost-why-reset = RST 永远不会被重发：没有任何机制会补救它。
lost-why-already-acknowledged = 不会重发任何内容，也不需要：这些字节已经被确认。
lost-why-sender-gone = 没有谁会重发它：{ $from }已不再有保存这些字节的连接。
lost-why-copy-in-flight = { $from }发出的这些字节的另一份副本仍在线路上：{ $to }会从它那里得到这些字节，所以不必重发（如果在它们被确认之前{ $from }的重传计时器先轮到它们，仍会再次发送）。
lost-why-later-ack-in-flight = 纯 ACK 永远不会被重发，但{ $from }发出的另一个报文段仍在线路上，确认了同样多或更多：只要它到达，就什么也不缺。
lost-why-already-received = { $to }已经从更早的副本收到了这些字节，所以不必重发（如果在它们被确认之前{ $from }的重传计时器先轮到它们，仍会再次发送）。
lost-why-unknown = 没有谁会重发它：{ $from }的 TCP 不知道这个报文段的存在（它是手工制作的，或是在线路上复制出来的）。

notice-lesson-timeout = 无法加载课程 { $url }：{ $seconds } 秒后仍未加载完毕（服务器没有响应，或连接非常慢）。请稍后重试。

# 课程中未成立的检查，以课程自身的预期来表述：学生从不会看到文件的行号。
check-real-numbers = （数字按课程所写：为真实值，而非相对值。）
check-state = 课程预期此时{ $side }处于 { $expected }；它实际处于 { $found }。
check-var = 课程预期此时{ $side }的 { $var } 为 { $expected }；它实际为 { $found }。
check-received-text = 课程预期此时{ $side }的应用程序已收到“{ $expected }”；它实际收到的是“{ $found }”。
check-received-count = 课程预期此时{ $side }的应用程序已收到 { $expected } 字节；它实际收到 { $found } 字节。
check-buffered = 课程预期此时{ $side }有 { $expected } 字节等待读取；实际有 { $found } 字节。
check-congestion = 课程预期此时{ $side }的 { $var } 为 { $expected }；实际为 { $found }。
check-congestion-off = 课程预期此时{ $side }的 { $var } 为 { $expected }，但{ $side }没有使用拥塞控制。
check-signal = 课程预期此时{ $side }的应用程序已收到通知{ $expected }；{ $count ->
        [0] 它没有收到任何通知
       *[other] 它只收到了{ $told }
    }。
check-wire-empty = 课程预期此时线路上没有报文段；实际有 { $found } 个在途中，最早的是{ $from }发出的 { $seg }。
check-wire-count = 课程预期此时线路上有 { $expected } 个报文段；实际有 { $found } 个。
check-wire-missing = 课程预期此时线路上有第 { $n } 个报文段（{ $expected }）；{ $found ->
        [0] 线路上是空的
       *[other] 线路上只有 { $found } 个
    }。
check-wire-differs = 课程预期此时{ $from }的报文段为 { $expected }；它实际为 { $found }（{ $field } 字段不同）。
check-outbox-empty = 课程预期此时{ $side }的发件箱为空；其中有 { $found } 个报文段在等待，第一个是 { $seg }。
check-outbox-missing = 课程预期此时{ $side }发件箱中的第 { $n } 个报文段为 { $expected }；{ $found ->
        [0] 发件箱是空的
       *[other] 其中只有 { $found } 个报文段
    }。
check-outbox-differs = 课程预期此时{ $side }发件箱中的第 { $n } 个报文段为 { $expected }；它实际为 { $found }（{ $field } 字段不同）。
check-time = 课程预期此时时钟为 { $expected }；它实际为 { $found }。
check-rule = 课程预期{ $side }的 TCP 此时已应用规则“{ $rule }”；它从未应用过。
check-no-rule = 课程预期{ $side }的 TCP 从不应用规则“{ $rule }”；它已经应用了。
check-no-goals = 课程在此检查它的目标，但在这之前没有设定任何目标。
check-goal = 尚未达成一个目标。{ $why }
check-refused = 课程的下一个操作无法执行：{ $why }
check-unanswerable-sends = 课程询问{ $side }接下来发送什么，但{ $side }在这一步中什么也不发送。
check-unanswerable-arrives = 课程询问到达{ $side }的下一个报文段会怎样，但这一步中没有报文段到达。
check-blank-segment = 课程把{ $side }的第 { $n } 个报文段的一个字段留空，但{ $side }在这一步中只发送了 { $sent } 个。
check-blank-ack = 课程把{ $side }发送的一个报文段的确认号留空，但该报文段不带 ACK。

# A lesson that sets the numbering itself (`numbering real|relative`),
# under its title: leaving the lesson gives the student's choice back.
lesson-numbering-real = 本课程显示真实序号，与其讲解中提到的数字一致。勾选“相对序号”即可从各自的 ISN 起算；离开课程后会恢复你自己的选择。
lesson-numbering-relative = 本课程显示相对于各端 ISN 的序号。取消勾选“相对序号”即可看到线路上的真实数值；离开课程后会恢复你自己的选择。

# 课程中的问题：学生在这一步运行之前先做预测。
quiz-form = 在下一步运行之前做出预测
quiz-intro = 下一步运行之前：会发生什么？作答后，下一步就会运行（“下一步”会跳过这些问题：跳过的问题不得分）。
quiz-ask-state = 下一步运行之后，{ $side }会处于什么状态？
quiz-ask-flags = { $side }发送的下一个报文段会带哪些标志？
quiz-ask-seq = { $side }发送的下一个报文段的序列号（SEG.SEQ）是多少？
quiz-ask-ack = { $side }发送的下一个报文段的确认号（SEG.ACK）是多少？
quiz-ask-win = { $side }发送的下一个报文段会通告多大的窗口（SEG.WND）？
quiz-ask-outcome = { $side }会如何处理下一个到达的报文段？
quiz-pick-state = 选择一个状态
quiz-typed-relative = 数字（相对值，与屏幕上一致）：
quiz-typed-real = 数字（真实值，与屏幕上一致）：
quiz-typed-bytes = 字节数：
quiz-outcome-accepted = 接受它
quiz-outcome-ignored = 丢弃它，不作回应
quiz-outcome-refused = 丢弃它并回复一个 ACK
quiz-outcome-challenged = 回复一个挑战 ACK（RFC 5961）
quiz-outcome-reset = 回复一个 RST
quiz-bytes = { $n } 字节
quiz-answer = 作答并运行这一步 ▸
quiz-missing = 第 { $n } 题还没有作答。
quiz-not-number = 第 { $n } 题：“{ $typed }”不是数字。请只用阿拉伯数字（0–9）书写。
quiz-right = ✓ 正确。
quiz-wrong = ✗ 不太对。
quiz-given = 你的回答：
quiz-happened = 实际发生的：
quiz-why = 原因：
quiz-score-title = 你的得分
quiz-score = 首次作答即正确：{ $right } / { $answered } 题（课程共 { $questions } 题）。
quiz-score-hints = { $hints ->
        [0] 未使用提示。
       *[other] 使用了 { $hints } 条提示。
    }

# 时序图上的空格（`blank` 行）：由学生填写。
fill-flags = 时序图上的空格：{ $side }发送的标志位
fill-seq = 时序图上的空格：{ $side }发送的序号（SEG.SEQ）
fill-ack = 时序图上的空格：{ $side }发送的确认号（SEG.ACK）
fill-win = 时序图上的空格：{ $side }通告的窗口（SEG.WND）
fill-how-flags = 标志位，例如 SYN,ACK：
fill-right = 正确（{ $right }）
fill-wrong = 不太对：你填的是 { $given }；正确的是 { $right }
fill-invalid-number = 请输入数字（只用数字），然后按回车。
fill-invalid-flags = 请输入标志位，例如 SYN,ACK（或 none），然后按回车。
worksheet-blanks = 请填写时序图上的空框。
worksheet-step = 第 { $n } 步

# “编写课程”（编辑器，单独的页面）：稍后加载的文字。
editor-reading = 正在读取课程…
editor-at = 第 { $line } 行，第 { $col } 列
editor-mistakes = 文本中的错误：{ $n }
editor-mistakes-more = 另有 { $n } 行有错误：这里列出前 { $shown } 个。改正它们后，其余的会出现。
editor-pages = 这份草稿很长，所以文本框每次只显示其中一部分：第 { $from } 到 { $to } 行，共 { $total } 行。检查、保存和嵌入代码都使用整个文本。
editor-pages-before = ◂ 前面的行
editor-pages-after = 后面的行 ▸
editor-rules-label = 包含“{ $typed }”的规则 id（↑ 和 ↓ 选择，Enter 插入，Esc 关闭）：
editor-rules-none = 没有规则 id 包含你输入的内容。也可以写规则的章节，例如 §3.10.7.4。
editor-rules-more = 还有 { $n } 个：多输入一些 id 可缩小列表。
editor-embed-what = 要复制的内容
editor-embed-alone = 只有 iframe
editor-embed-script = iframe 以及在你的页面上显示学生进度的脚本（在你的平台允许脚本的地方）
editor-parent-wrong = 这不是一个源（origin）：parent= 只包含协议和主机名（如有端口，也包括端口），例如 https://moodle.your.school。在它成为源之前，代码中不包含它。
editor-parent-use = 使用 { $origin }
editor-script-waiting = 尚未开始。
editor-script-step = 第 { $step } 步，共 { $steps } 步
editor-script-finished = 课程完成：{ $passed } 项检查通过，{ $failed } 项未通过。
editor-script-complete = 挑战完成。使用的提示：{ $hints }。
editor-preview = 按嵌入尺寸预览（{ $width } × { $height }）
editor-preview-again = 显示当前文本
editor-preview-title = 嵌入课程的预览

## 在此浏览器中保存（无法照常保存时）

storage-full = 此浏览器的存储空间已满，无法把你之前的会话另存起来：保存你现在的操作会覆盖它。要怎么处理它？
storage-full-download = 先下载它，再保存当前会话
storage-full-replace = 覆盖它
storage-full-keep = 保留它，不保存当前会话
notice-not-saved = 你之前的会话仍然保存着。你现在的操作不会保存在此浏览器中：请用“导出 ▸ 会话”保存它。
notice-save-too-long = 你的会话现在有 { $n } 字节，超过了保存的会话能再次打开的上限 { $max } 字节，所以它不会保存在此浏览器中。它仍在屏幕上。
notice-save-too-many = 你的会话现在有 { $n } 步，超过了保存的会话能再次打开的上限 { $max } 步，所以它不会保存在此浏览器中。它仍在屏幕上。
notice-save-failed = 无法在此浏览器中保存你的会话（存储空间已满）。会话仍在屏幕上：请用“导出 ▸ 会话”保存它。
notice-save-works = 你的会话又可以在此浏览器中保存了。
notice-other-tab = 另一个标签页刚刚保存了更新的内容。你在此标签页中操作时，此处的会话会覆盖它；若要继续另一个会话，请重新加载此标签页。

## 导入、导出和分享

export-what-svg = SVG 时序图
export-what-png = PNG 时序图
export-what-pcap = 抓包文件（如同在客户端机器上抓取）
notice-export-covers = { $what }覆盖 t = { $from } 至 { $to }：此前的内容不包含在内（长会话会丢弃最早的事件，PNG 只保存最后 600 行）。
notice-not-text = 无法把“{ $name }”作为文本读取。
notice-file-too-big = “{ $name }”有 { $size } 字节；场景文件最多 { $max } 字节。未读取任何内容，会话保持不变。
share-label = 分享链接
share-explain = 任何人打开这个链接，都会看到与此完全相同的会话：
share-copy = 复制链接
share-copied = 已复制：可以粘贴到任何地方。
share-copy-by-hand = 浏览器不允许复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）。
share-done = 完成
share-unsupported = 此浏览器无法生成分享链接；2023 年及以后的浏览器可以。

## Congestion control settings (in the event log)
setting-cc = { $cc ->
        [reno] { $side }现在使用 Reno 拥塞控制（RFC 5681）
        [newreno] { $side }现在使用 NewReno 拥塞控制（RFC 6582）
        [cubic] { $side }现在使用 CUBIC 拥塞控制（RFC 9438）
       *[off] { $side }不再使用拥塞控制：只有对端的窗口限制它的发送
    }
setting-iw = { $n ->
        [0] { $side }的初始窗口现在采用 RFC 5681 的规定（按报文段大小为 2 到 4 个报文段）
       *[other] { $side }的初始窗口现在为 { $n } 个报文段
    }
setting-sack = { $on ->
        [1] { $side }的 SYN 现在提供 SACK（RFC 2018）：如果对端也提供，ACK 会指出缺口之后已保存的数据
       *[other] { $side }不再提供 SACK：它的 ACK 只携带累计确认
    }

## 瓶颈链路（事件日志、梯形图与课程检查中）

setting-link = { $from }→{ $to } 链路现在以 { $rate } 发送，队列可容纳 { $queue } 个报文段：报文段先排队、等待自己的串行化时间，然后才开始传播
setting-link-off = { $from }→{ $to } 链路不再限速：报文段立即发出
ev-queue = { $from }→{ $to } 链路的队列现在有 { $len } 个报文段
ev-lost-queue-full = #{ $id } 丢失：链路队列已满（尾部丢弃）
ladder-lost-queue-full = 丢失（队列已满）
check-link-queue = 课程预期此时 { $from }→{ $to } 链路的队列中有 { $expected } 个报文段在等待；实际有 { $found } 个。

## 随时间变化的图（issue 33），首次打开时加载。
graphs-title = 随时间变化的图
graph-direction = 方向
graph-zoom-in = 放大
graph-zoom-out = 缩小
graph-earlier = 向前
graph-later = 向后
graph-reset = 显示全部
graph-export-svg = 保存图（.svg）
graph-export-png = 保存图（.png）
graph-help = 在图上拖动可放大该时间段。图上的按键：+ 和 − 缩放，← 和 → 移动，0 显示全部，[ 和 ] 选择上一个或下一个事件。点击报文段会选中它在梯形图中的行和日志中的行。
graph-ts-title = 时间-序号图：{ $from }发往{ $to }的数据
graph-cc-title = 拥塞图：{ $from }的各个窗口（字节）及其瓶颈队列
graph-cc-off = 此发送方未启用拥塞控制：只画出在途数据量和对端窗口。
graph-key-data = 发送的数据（从第一个字节到最后一个字节的竖线）
graph-key-again = 由重传定时器再次发送
graph-key-fast = 由快速重传再次发送
graph-key-probe = 零窗口探测
graph-key-other = 手工注入或复制
graph-key-ack = 已确认（收到的 ACK）
graph-key-edge = ACK + 窗口（接收窗口的右边界）
graph-key-sack = SACK 块
graph-key-losses = 丢失：✕ 你丢弃的，○ 随机丢失，□ 队列或线路已满
graph-key-cwnd = cwnd
graph-key-ssthresh = ssthresh
graph-key-flight = 在途数据量
graph-key-window = 对端窗口
graph-key-recovery = 快速恢复（阴影）
graph-key-events = 标记：3 第三个重复 ACK，T 超时，P 部分 ACK，E 恢复结束
graph-key-queue = 瓶颈队列（报文段，下方一栏）
graph-text = 事件和数值（文字）
graph-none = 无
graph-no-events = 还没有重传、丢失、探测或拥塞事件。
graph-more = … 另有 { $n } 个
graph-at-ts = 在 { $time }：已发送到 { $highest }，已确认到 { $ack }，窗口边界 { $edge }；已发送 { $sent } 个报文段，重发 { $again } 个，丢失 { $lost } 个。
graph-at-cc = 在 { $time }：cwnd { $cwnd } 字节，ssthresh { $ssthresh } 字节，在途数据量 { $flight } 字节，对端窗口 { $window } 字节，队列中 { $queue } 个报文段。
graph-at-nocc = 在 { $time }：在途数据量 { $flight } 字节，对端窗口 { $window } 字节，队列中 { $queue } 个报文段。
graph-ev-new = { $time }：发送字节 { $first }–{ $last }。
graph-ev-retransmission = { $time }：再次发送字节 { $first }–{ $last }（重传）。
graph-ev-fast = { $time }：快速重传再次发送字节 { $first }–{ $last }。
graph-ev-probe = { $time }：零窗口探测，字节 { $first }。
graph-ev-injected = { $time }：手工构造的报文段，字节 { $first }–{ $last }。
graph-ev-copy = { $time }：字节 { $first }–{ $last } 的一个副本。
graph-lost-hand = 在 { $time } 被有意丢弃（不是随机丢失）。
graph-lost-random = 在 { $time } 丢失（随机丢失）。
graph-lost-queue = 在 { $time } 丢失：链路队列已满。
graph-lost-wire = 在 { $time } 丢失：线路已满。
graph-cc-ev-third-dupack = { $time }：第三个重复 ACK：快速重传，开始快速恢复（cwnd { $cwnd }，ssthresh { $ssthresh }）。
graph-cc-ev-timeout = { $time }：重传超时（cwnd { $cwnd }，ssthresh { $ssthresh }）。
graph-cc-ev-partial-ack = { $time }：部分 ACK：再次发送下一个空缺，恢复继续（cwnd { $cwnd }）。
graph-cc-ev-recovery-exit = { $time }：快速恢复结束（cwnd { $cwnd }，ssthresh { $ssthresh }）。

# "Download for an LMS (SCORM 1.2)" in the editor, and the package's launch
# page (its words are written into the package in the editor's language).
editor-scorm-title = 用于 LMS 的课件包
editor-scorm-help = SCORM 1.2 课件包包含这节课和整个 playground。把它作为 SCORM 活动上传到 Moodle、Canvas 或 Blackboard：LMS 会记录每个学生的得分、是否通过、所用时间以及学到的步骤，学生离开后回来时会回到同一步。课件包在此浏览器中生成，不会发送到任何地方。
editor-scorm-pass = 及格线，按第一次就答对的问题所占百分比计（可选）：
# An example, not a value: the field is empty until one is typed.
editor-scorm-pass-example = 例如 70
editor-scorm-pass-none = 不设及格线时，课程结束时 LMS 会收到 “completed”（已完成）。
editor-scorm-pass-some = 课程结束时，LMS 会按此及格线收到 “passed”（通过）或 “failed”（未通过）。没有问题的课程记为 “completed”。
editor-scorm-pass-wrong = 及格线是 0 到 100 之间的整数。在它成为这样的数或为空之前，按钮不可用。
editor-scorm-download = 下载用于 LMS（SCORM 1.2）
editor-scorm-making = 正在生成课件包…
editor-scorm-done = 已下载 { $name }（{ $size } MB）。
editor-scorm-failed = 无法生成课件包：{ $why }
scorm-no-lms = 未找到学习管理系统（LMS），因此不会记录任何内容：课程可以使用，但你的得分和学习进度不会被保存。
scorm-refused = 学习管理系统（LMS）拒绝开始会话，因此不会记录任何内容：课程可以使用，但你的得分和学习进度不会被保存。
scorm-frame = TCP Playground 课程
scorm-untitled = TCP Playground 课程
# A place in a lesson kept by an LMS (resume=) that does not read.
notice-resume-unreadable = 无法读取课程保存的本课学习位置（{ $why }），因此课程从头开始。
graph-y-seq-relative = ↑ 序号，相对于 ISN（字节）
graph-y-seq-absolute = ↑ 序号，绝对值（字节）
graph-y-bytes = ↑ 字节
graph-y-segments = ↑ 队列中的报文段
graph-x-time = 自会话开始的时间 →
graph-edge-off = ↑ ACK + 窗口超出顶部
graph-edge-off-value = 最高 { $edge }
graph-edge-above = 接收窗口的右边界（ACK + 窗口）{ $edge } 高于时间-序号图的顶部：它沿顶边画出，并用向上的箭头标出。
graph-arrival = 按到达时刻绘制报文段
graph-arrival-hint = 每条竖线画在它到达{ $to }的时刻；丢失的报文段画在丢失的时刻；仍在线路上的不画。ACK 线仍画在{ $from }收到它们的时刻。

## 设置面板中的拥塞控制和 SACK（随面板加载）。
settings-congestion = 拥塞控制和 SACK
settings-cc-when = 拥塞控制（RFC 5681）在对端窗口之外再限制一端的发送量。更改立即生效：在连接进行中打开时，它像新连接一样从初始窗口开始。
settings-sack-when = SACK（RFC 2018）在一端的 SYN 中提出，只有双方的 SYN 都提出时才使用：打开它对下一个连接生效；关闭它立即停止使用。它的丢包恢复（RFC 6675）只在拥塞控制打开时运行。
settings-client-cc = 客户端的拥塞控制
settings-server-cc = 服务器的拥塞控制
settings-client-sack = 客户端提出 SACK
settings-server-sack = 服务器提出 SACK
settings-cc-off = 关闭
settings-cc-reno = Reno（RFC 5681）
settings-cc-newreno = NewReno（RFC 6582）
settings-cc-cubic = CUBIC（RFC 9438）

## Words of the parts loaded after the first screen (the composer, the
## settings, the lesson bar, the state diagram, the exports, the editor,
## and what only the sessions chunk draws: events, the TCB, the sequence
## spaces, the outbox, the ladder's lines), moved out of the built-in
## catalog to keep the first load small. The wire's buttons stay built in:
## the first action shows them at once.

num-outside = { $n }（{ $relative ->
        [1] 真实序号，在窗口之外
       *[other] 在窗口之外
    }）
num-no-isn = { $n }（实际数值：尚无 ISN）
num-relative = { $n }（相对）
num-relative-real = { $n }（相对；实际值 { $real }）
who-wire = 线路
ev-call = 应用程序调用 { $call }
ev-sent = #{ $id } 发送 { $seg } —— { $reason }
ev-released = #{ $id } 发送 { $seg }（从发件箱放行）—— { $reason }
ev-injected = #{ $id } 手工构造的报文段，就像来自{ $from }：{ $seg }
ev-duplicate = #{ $id } 线路上 #{ $of } 的副本：{ $seg }
ev-queued = 保存在发件箱中：{ $seg } —— { $reason }
ev-discarded = 发件箱中的报文段被丢弃：{ $seg }
ev-delivered = #{ $id } 到达{ $to }
ev-lost-random = #{ $id } 丢失（随机丢失）
ev-lost-wire-full = #{ $id } 丢失：线路上已有 { $max } 个报文段
ev-delayed = #{ $id } 被延迟：现在将在 { $time } 到达
ev-timer = { $timer }超时
ev-received = { $len } { $len ->
       *[other] 字节
    }已交付给应用程序
ep-tcb = TCB 变量
ep-tcb-deleted = TCB 已删除：最后的值
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
sp-title = 序号空间
sp-send = 发送：本端 TCP 的序号（RFC 9293 图 3）
sp-recv = 接收：对方的序号（RFC 9293 图 4）
sp-no-send = 还没有可画的内容：这个 TCP 还没有选择它的 ISS。
sp-no-recv = 还没有可画的内容：对方的 SYN 还没有到达。
sp-acked = 已确认：{ $n }
sp-acked-syn = 已确认：{ $n }（SYN{ $data ->
        [0] {""}
       *[other] {" "}和 { $data } 字节
    }）
sp-acked-syn-fin = 已确认：{ $n }（SYN{ $data ->
        [0] {""}
       *[other] 、{ $data } 字节
    }和 FIN）
sp-flight = 已发送、未确认：{ $n }
sp-retransmitted = 其中超时后重发的：{ $n }
sp-beyond-window = 其中在窗口边沿之外的（在对端缩小窗口之前发出的，或一个 FIN）：{ $n }
sp-usable = 现在可以发送：{ $n }
sp-probe = 其中一个零窗口探测，在窗口边沿之外：{ $n }
sp-usable-shut = 现在可以发送：0（{ $why }）
sp-window-shut = 可以到达：0（{ $why }）
sp-shut-no-connection = 没有连接
sp-shut-time-wait = TIME-WAIT：连接已结束，只有对端重发的 FIN 还可能到达
sp-shut-opening = 三次握手还没有完成
sp-shut-fin-sent = 本端 TCP 已发送 FIN：不再有数据
sp-shut-fin-received = 对端的 FIN 已经到达：不再有数据
sp-not-yet = 还不能发送（在窗口之外）{ $queued ->
        [0] {""}
       *[other] ；{ $queued } { $queued ->
           *[other] 字节
        }等待发送
    }
sp-not-yet-cwnd = 还不能发送（超出 cwnd = { $cwnd } 字节允许的在途数据）{ $queued ->
        [0] {""}
       *[other] ；{ $queued } { $queued ->
           *[other] 字节
        }等待发送
    }
sp-read = 已接收并已读取：{ $n }
sp-waiting = 已接收、在缓冲区中等待：{ $n }
sp-window = 可以到达（RCV.WND）：{ $n }
sp-held = 提前到达、保存到空缺填补为止：{ $n }
sp-not-offered = 空闲、尚未通告（糊涂窗口避免）：{ $n }
sp-beyond = 在窗口之外：会被拒绝
ep-outbox-more = ……还有 { $n } 个在等待（列出的是最先发出的）。
ep-outbox-send = 发送
ep-outbox-edit = 编辑…
ep-outbox-discard = 丢弃
ladder-tag-retransmission = （第 { $n } 次重传）
ladder-tag-fast-retransmit = （快速重传）
ladder-tag-sack-retransmit = （再次发送：SACK 恢复）
ladder-tag-go-back-n = （超时后再次发送：回退 N 步）
ladder-tag-injected = （手工构造）
ladder-tag-released = （来自发件箱）
ladder-tag-copy = （#{ $of } 的副本）
ladder-arrives = { $flags } 到达
ladder-arrives-accepted = { $flags } 到达：已接受
ladder-arrives-duplicate = { $flags } 到达：第 { $n } 个重复 ACK
ladder-arrives-ignored = { $flags } 到达：被忽略
ladder-arrives-reset = { $flags } 到达：以 RST 回应
ladder-arrives-challenged = { $flags } 到达：挑战 ACK
ladder-arrives-refused = { $flags } 到达：不可接受，发送 ACK
ladder-call-refused = 被拒绝：“{ $signal }”
ladder-lost = 丢失
ladder-lost-random = 丢失（随机丢失）
ladder-lost-wire-full = 丢失（线路已满）
ladder-to-outbox = 进入发件箱：{ $flags }
ladder-discarded = 从发件箱丢弃：{ $flags }
ladder-capture-number = 第 { $n } 段
notice-challenge-complete = ✓ “{ $name }”已完成。做得好！
notice-nothing-scheduled = 没有待发生的事件：没有正在传输的报文段，也没有正在运行的计时器。
notice-no-timer = 没有正在运行的计时器。
notice-scenario-unreadable = 无法读取场景：第 { $line } 行，第 { $col } 列：{ $message }
notice-restore-unreadable = 无法读取{ $source }（第 { $line } 行，第 { $col } 列：{ $message }）；当前会话保持不变。
notice-restore-newer = { $source }由更新版本的 TCP Playground 生成（场景格式 { $format }），当前版本（{ $version }）无法读取；请在新版本中打开。当前会话保持不变。
notice-restore-stops = { $source }在第 { $line } 行停止：{ $message }。该行之前的内容均已重放。
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
composer-real-no-connection = 实际数值：{ $side }没有连接（SYN 会开始新的序号空间）
composer-ack-unused = 实际数值；没有 ACK 标志时接收方会忽略它
composer-ack-none = 建议的报文段没有 ACK：请输入一个数
composer-typed-mark = 你输入的
composer-typed = 你输入的内容会在你的下一个操作之后恢复为建议值。
composer-options = 选项：{ $options }（勾选 SYN 时发送，与 TCP 自己的 SYN 相同）
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
notice-lesson-unparsable = 无法读取课程 { $url }：第 { $line } 行，第 { $col } 列：{ $message }
export-range = t = { $from } 至 { $to }{ $partial ->
        [1] （会话中保留的部分）
       *[other] {""}
    }
settings-title = 设置
settings-hint = 填写要更改的项；留空的字段保持不变。时长的写法如 250ms、1s 或 2m。
settings-apply = 应用
settings-random = 随机
settings-error = { $field }：{ $message }
settings-seed = 种子（用于随机 ISN 和丢包）
settings-client-isn = 客户端 ISN（下一个 SYN）
settings-server-isn = 服务器 ISN（下一个 SYN）
settings-latency = 时延（单向）
settings-loss = 随机丢包率（%）
settings-rto = 初始 RTO
settings-msl = MSL（TIME-WAIT = 2 × MSL）
settings-mss = MSS（字节）
settings-client-window = 客户端窗口
settings-server-window = 服务器窗口
settings-retries = 放弃前的最大重传次数
settings-rfc5961 = RFC 5961 挑战 ACK（on/off）
settings-delayed-ack = 延迟 ACK，像真实协议栈那样（on/off）
lesson-lesson = 课程
lesson-challenge = 挑战
lesson-goal-reached = ✓ 目标达成。试试另一个挑战，或者继续探索。
lesson-end = 你已经学完了这节课。一切仍然可以操作：继续做实验，或者选择另一节课程。
lesson-end-embed = 你已经学完了这节课。一切仍然可以操作：可以继续在这里做实验，或者回到课程页面继续学习。
lesson-start = 按“下一步”执行第一步；它的解释随后会出现在这里。
lesson-preview = 下一步：
lesson-next = 下一步 ▸
lesson-hint = 显示提示（{ $n }/{ $of }）
lesson-leave-challenge = 退出挑战
lesson-take-over = 自己接手（退出课程）
lesson-whole = 全文（{ $n } 个字符）
lesson-task = 你的任务：
lesson-goals = 达到 { $goals }。
lesson-progress = 课程第 { $n } 步，共 { $of } 步
lesson-checks = 检查：{ $passed } 项通过，{ $failed } 项未通过。
lesson-checks-all = ✓ 全部 { $n } 项检查均已通过。
diagram-label = TCP 连接状态图（RFC 9293 图 5）
diagram-help = C 标出客户端的状态，S 标出服务器的状态；双方刚刚经过的状态转换用粗线画出，并注明原因。任何状态在遇到复位、ABORT 或超时时，也都可以转到 CLOSED。点击一个状态或箭头可查看说明。
diagram-key = 箭头上，/ 前面是事件，后面是 TCP 所做的动作；x 表示不发送任何报文段。
diagram-edge-label = { $text }：从 { $from } 到 { $to }{ $taken ->
        [0] {""}
       *[other] （{ $who }刚刚经过）
    }
diagram-state-label = { $state }{ $client ->
        [1] ，客户端处于此状态
       *[other] {""}
    }{ $server ->
        [1] ，服务器处于此状态
       *[other] {""}
    }
edge-closed-listen = 被动 OPEN / 创建 TCB
edge-closed-syn-sent = 主动 OPEN / 创建 TCB，发送 SYN
edge-listen-syn-received = 收到 SYN / 发送 SYN,ACK
edge-listen-syn-sent = SEND / 发送 SYN
edge-listen-closed = CLOSE / 删除 TCB
edge-syn-received-listen = 收到 RST（在被动 OPEN 之后）
edge-syn-sent-syn-received = 收到 SYN / 发送 SYN,ACK
edge-syn-sent-closed = CLOSE / 删除 TCB
edge-syn-received-established = 收到对 SYN 的 ACK / x
edge-syn-sent-established = 收到 SYN,ACK / 发送 ACK
edge-syn-received-fin-wait-1 = CLOSE / 发送 FIN
edge-established-fin-wait-1 = CLOSE / 发送 FIN
edge-established-close-wait = 收到 FIN / 发送 ACK
edge-fin-wait-1-fin-wait-2 = 收到对 FIN 的 ACK / x
edge-fin-wait-1-closing = 收到 FIN / 发送 ACK
edge-fin-wait-1-time-wait = 收到 FIN 和对 FIN 的 ACK / 发送 ACK
edge-fin-wait-2-time-wait = 收到 FIN / 发送 ACK
edge-close-wait-last-ack = CLOSE / 发送 FIN
edge-closing-time-wait = 收到对 FIN 的 ACK / x
edge-last-ack-closed = 收到对 FIN 的 ACK / x
edge-time-wait-closed = 超时 = 2 MSL / 删除 TCB
# The lesson editor ("Write a lesson").
editor-title = 编写课程
editor-back = 返回Playground
editor-help = 用场景语言编写课程（README 中的教师指南有说明）：say 行是讲解，它们之间的行是一步，expect 行是检查。输入时错误会被加下划线。检查整个课程，在Playground中试运行，然后复制把它放进课程网页的代码。你的文本保存在这个浏览器中。
editor-template = 从内置课程开始：
editor-replace = 用这个课程替换你的文本吗？如果想保留，请先把你的文本保存为文件。
editor-download = 保存为文件
editor-text = 课程文本
editor-error = 第 { $line } 行，第 { $col } 列：{ $message }
editor-ok = 没有错误：课程可以正确读取。
# A name in a check that no rule or signal has (in the editor and in notices;
# the text before it says the line and column).
scenario-unknown-rule = 没有规则的 id 或章节是“{ $found }”。{ $then }
scenario-unknown-signal = 没有名为“{ $found }”的信号。{ $then }
scenario-rule-ids = 展开“发生了什么，以及为什么”中的每一行，即可看到其规则 id。
scenario-signals = 信号使用 RFC 的原文：{ $signals }。
scenario-did-you-mean = 你是不是想写 { $n ->
        [1] { $a }
        [2] { $a } 或 { $b }
       *[other] { $a }、{ $b } 或 { $c }
    }？
editor-check = 检查整个课程
editor-try = 在Playground中试运行
editor-results = 检查结果
editor-checking = 正在检查…
editor-no-checks = 课程已运行到结尾；其中没有需要检查的 expect 或 goal。
editor-passed = 通过
editor-failed = 未通过：{ $why }
editor-line = 第 { $line } 行
editor-embed-title = 嵌入代码
editor-embed-local = 此演练场是在 { $origin } 打开的，这个地址只有本机能打开：学生无法加载这段代码。请在为学生托管演练场的网址上打开它，并在那里生成代码。
editor-embed-url = 如果你把课程文件放在Playground旁边，请填写它的地址（可选）：
editor-embed-fragment = 这段代码包含整个课程，无需托管任何文件。把它粘贴到课程网页的 HTML 中。
editor-embed-file = 这段代码指向你的文件：请把文件放在这个地址（相对于Playground页面）。
editor-copy = 复制嵌入代码
editor-more-errors = （另有 { $n } 行有错误，均已加下划线。）
editor-solution = 第 { $from } 到 { $to } 行位于挑战的第一个 goal 之后：它们是你的解答。检查器会运行它们（以 expect goal 结尾可证明挑战可解）；学生永远不会运行它们。
editor-stale = 自这次检查以来你修改了文本：请重新检查以得到与之对应的结果。
editor-embed-id = 此 iframe 在发给你的页面的消息中的名称（id=，可选）：
editor-embed-parent = 你的课程网站地址，使只有它能收到消息（parent=，可选）：

## Words the first screen does not show, moved out of the built-in
## catalog: what only a connection, an action or an import brings (the
## application's signals, the calls, timers and settings in the log, the
## endpoint's timers, receive buffer and outbox, Why's RFC text and rule
## id, the step names, notices after actions) and the state diagram's.

signal-refused = 连接被拒绝
signal-reset = 连接被复位
signal-closing = 连接正在关闭
signal-timed-out = 连接超时
signal-does-not-exist = 连接不存在
signal-already-exists = 连接已存在
signal-error-closing = 连接正在关闭
signal-insufficient-resources = 资源不足
call-listen = LISTEN（被动 OPEN）
call-connect = CONNECT（主动 OPEN）
call-send = SEND（{ $len } { $len ->
       *[other] 字节
    }）
call-close = CLOSE
call-abort = ABORT
call-read = RECEIVE（最多 { $len } { $len ->
       *[other] 字节
    }）
call-read-all = RECEIVE（读取所有等待的数据）
timer-retransmission = 重传计时器
timer-time-wait = TIME-WAIT 计时器
timer-delayed-ack = 延迟 ACK 计时器
timer-zero-window-probe = 零窗口探测计时器
timer-sws-override = SWS 超控计时器
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
setting-autoread = { $on ->
        [1] { $side }的应用程序在每个字节到达时立即读取
       *[other] { $side }的应用程序只在被要求时读取：数据在它的接收缓冲区中等待
    }
setting-delayed-ack = { $on ->
        [1] 两端 TCP 现在延迟发送 ACK（最多 200 毫秒，且不超过第二个数据报文段）
       *[other] 两端 TCP 现在立即确认每个报文段
    }
setting-mss-option = { $on ->
        [1] SYN 现在带有 MSS 选项，每个 TCP 最多发送对方通告的 MSS（对方未通告时为 536 字节）
       *[other] SYN 现在不带 MSS 选项；每个 TCP 最多按 mss 设置发送
    }
setting-nagle = { $on ->
        [1] { $side }现在使用 Nagle 算法：有未确认的数据时，小报文段要等待
       *[other] { $side }不再使用 Nagle 算法：小报文段不再等待先前数据的 ACK
    }
setting-loss = 线路现在会丢失两端 TCP 所发送报文段中的 { $n } %
ev-lost = #{ $id } 丢失
ev-signal = 应用程序收到通知：“{ $signal }”
ep-send-empty = 请先输入{ $side }要发送的文本。
ep-bytes-empty = 请输入字节数，至少为 1。
ep-received-bytes = { $n } { $n ->
       *[other] 字节
    }：“{ $text }”
ep-told = 应用程序收到的通知：
ep-timers-title = 正在运行的计时器：
ep-timers = 正在运行的计时器
ep-timer-left = { $timer }：剩余 { $left }
ep-autoread-help = 已关闭：到达的数据在缓冲区中等待，直到你按下“读取”；缓冲区越满，窗口越小。
ep-buffer-meter = { $side }的接收缓冲区
ep-buffer-fill = { $size } { $size ->
       *[other] 字节
    }中有 { $n } 字节等待读取
ep-read = 读取
ep-read-label = { $side }的应用程序读取的字节数（留空：全部）
ep-read-placeholder = 全部
ep-read-bad = “{ $value }”不是字节数：请输入至少为 1 的整数。
ep-outbox = 发件箱
ep-outbox-empty = 空。状态已经改变，就好像每个报文段都已发送。
explain-selected = 原因：你选中的事件
explain-lost = 这个报文段永远不会到达，而发送方此时还无从知道。
explain-rfc = { $rfcs } { $count ->
       *[other] 原文
    }
explain-rfc-and = { $a } 和 { $b }
log-forgotten = 为节省内存，最早的 { $n } 个事件已被丢弃；最新的事件都在这里。
log-rule-id = 规则 id（供教师在课程检查中使用）：{ $id }
ladder-waiting = 时序图和两端显示的是当前工作开始之前的时刻；工作结束后会更新。
ladder-forgotten = 为节省内存，较早的事件已被丢弃；会话本身仍然保留
source-file = 导入的文件
notice-told = { $side }的应用程序收到通知：“{ $signal }”。
sim-no-segment = 线路上没有第 { $n } 个报文段
sim-no-segment-dir = { $from }在线路上没有第 { $n } 个报文段
sim-no-outgoing = { $side }的发件箱中没有第 { $n } 个报文段
sim-too-many-events = 一步中发生了超过 { $max } 个事件：两个端点似乎在无休止地相互应答
sim-session-full = 会话已达到 { $max } 个事件的上限；请开始新的会话以继续
sim-wire-full = 线路上已有 { $max } 个报文段，已达上限
long-progress = 正在执行“{ $statement }”：已处理 { $events } 个事件…
long-stop = 停止并撤销这一步
busy-refused = 未执行：在此完成之前不会执行其他操作。请等待，或将其停止。
notice-step-stopped = 在 { $events } 个事件后停止；这一步已撤销。
notice-replay-stopped = { $source }在 { $total } 步中的第 { $done } 步后停止；已执行的部分保留在这里。
step-lesson = 课程中的一步
step-selector = 线路上的第 { $n } 个报文段
step-selector-dir = 线路上{ $from }发出的第 { $n } 个报文段
step-call = { $side }调用 { $call }
step-deliver = 投递了 { $seg }
step-drop = 丢弃了 { $seg }
step-duplicate = 复制了 { $seg }
step-delay = 将 { $seg } 延迟了 { $d }
step-inject = 来自{ $side }的手工构造报文段
step-release = { $side }从发件箱发出了一个报文段
step-discard = { $side }丢弃了发件箱中的一个报文段
step-advance = 时间前进了 { $d }
step-run = 一直运行到没有事件可发生，最多 { $d }
step-several = { $count } 个操作
step-several-time = { $count } 个操作；时间前进了 { $d }
controls-next-in = 下一个事件在 { $time } 后
controls-back-at = 历史：已回到第 { $n }/{ $of } 项 · 在此处操作即可从这里分出新的分支
controls-own-lesson = 正在进行：{ $title }
state-closed = 根本没有连接：没有 TCB。到达的任何报文段（RST 除外）都会用 RST 回应。
state-listen = 等待来自任何远端 TCP 的连接请求（在被动 OPEN 之后）。
state-syn-sent = 本端的 SYN 已发送；等待对方相应的 SYN（以及对本端 SYN 的 ACK）。
state-syn-received = 已收到 SYN，并已发送本端的 SYN；等待对本端 SYN 的 ACK。
state-established = 连接已打开：收到的数据可以交付给用户。这是数据传送阶段的正常状态。
state-fin-wait-1 = 本端的 FIN 已发送；等待对它的 ACK，或者等待对方的 FIN。
state-fin-wait-2 = 本端的 FIN 已被确认；等待对方的 FIN。本端仍然可以接收数据。
state-close-wait = 对方已发送 FIN；等待本端的应用程序执行 CLOSE。本端仍然可以发送数据。
state-closing = 双方几乎同时发送了 FIN；等待对本端 FIN 的 ACK。
state-last-ack = 对方先关闭，本端随后也发送了 FIN；等待对它的 ACK。
state-time-wait = 等待 2 × MSL：这样本端最后的 ACK 丢失时还能重发，并且在同一个连接再次出现之前，旧的重复报文段都已在网络中消失。
source-capture = 该抓包

## Mistakes in the page's address (its URL parameters), said once the
## page has opened
param-embed = embed=“{ $value }” 应为 1 或 0
param-mode = mode=“{ $value }” 应为 readonly 或 interactive
param-panel = panels：没有名为“{ $value }”的面板（已知：{ $known }）
param-scale = scale=“{ $value }” 应为 0.75 到 2 之间的文字大小，例如 1.5
param-lang = lang=“{ $value }” 不是有效的语言标签（例如 fr 或 pt-BR）
param-lang-narration = lang=“{ $value }”：课程若带有该语言的讲解，则以该语言显示；本工具自身的文字显示为英文（已有：{ $known }）。
param-unknown = URL 参数“{ $value }”不是本工具认识的参数（embed、lesson、panels、mode、lang、scale、id、parent）
param-lesson = lesson=“{ $value }” 既不是内置课程，也不是 lessons/week5.scn 这样的文件路径；本工具将以空白状态启动。
param-lesson-site = lesson=“{ $value }” 不在本站点上：课程文件必须与本工具由同一站点提供。请把文件放在它旁边，或使用“编写课程”中的课程链接。
param-id = id= 必须是 1 到 { $max } 个字符且不含换行；发给页面的消息将不带 id
param-parent = parent=“{ $value }” 不是 https://moodle.example.edu 这样的源；消息将发给任何嵌入本工具的页面
param-resume = resume= 是课程中的一个位置，而地址没有指明课程（lesson=）：它未被使用。

## What a scenario's line should have held (the editor, a lesson or
## session that does not read): `p-…` is the parser's English words for
## what it expected, keyed by their hash (src/i18n/mod.rs, parse_phrase_key).
scenario-expected = 此处应为{ $what }，实际是{ $found }
scenario-expected-near = 此处应为{ $what }，实际是{ $found }。{ $then }
scenario-found-end = 行尾
scenario-found-text = 字符串 { $text }
p-caedcebc = 一条语句（例如关键字 expect，或 client/server）
p-bada4b48 = VAR=SEQ，例如 snd.nxt=client.iss+1
p-65e3dc92 = 一个数（0 到 4294967295，或以 0x 开头的十六进制）
p-cab2eaf0 = 一个时长，例如 250ms、1s 或 2m
p-d7f5d5cb = 标志，例如 SYN,ACK（取自 SYN ACK FIN RST PSH URG，用逗号分隔），或 none
p-b301f544 = on 或 off
p-30ad163c = 一个方向：client>server 或 server>client
p-889455ca = real 或 relative
p-8d18eed4 = 要问什么：state、sends 或 outcome
p-5a04c23f = 报文段的一个字段：flags、seq、ack 或 win
p-0d7cacbc = 课程中某个问题所在的行
p-62a636ab = 规则的 id，或 -
p-ec302dca = 字节数（或不写，表示全部读取）
p-9314a378 = 字节数，或用双引号括起的 "文本"
p-d57bbb83 = rate，或 off
p-e97f3cd7 = 一个速率，例如 10mbit（单位 bit、kbit、mbit、gbit）
p-dcc0ed18 = 0 到 1000 个报文段的队列
p-11134f28 = 一种拥塞控制：off、reno、newreno 或 cubic
p-2a5ab08a = 以报文段计的初始窗口，1 到 1000，或 rfc5681
p-004a0573 = 1 到 65495 的报文段大小
p-e70abfbb = 至少 1ms 的时长，例如 1s
p-e70da24a = 0 到 100 的百分比
p-f42321d7 = "文本" 或字节数
p-f424b95d = 字节数
p-672e6cc1 = 字节数
p-80d12b51 = 一个状态（例如 SYN-SENT）、VAR=SEQ 检查、received 或 signal
p-328bec3a = 用双引号括起的课程文本
p-bde64e3e = 文本
p-6d51b8dc = 用双引号括起的规则 id 或章节，例如 "rst-challenge" 或 "RFC 5961"
p-741abd3f = 用双引号括起的信号文本，例如 "connection reset"
p-3b72dd71 = 行尾
p-04ffbe5f = 用双引号括起的文本，或在它前面写语言标签（例如 es）
p-86294d3a = 文本前的语言标签，例如 es
p-64fcd548 = 一条语句：title、say、seed、set、client、server、deliver、drop、duplicate、delay、inject、release、discard、advance、run、expect、goal、hint、ask、blank、choice、lesson 或 capture
p-2a4efa2d = 一个状态（例如 ESTABLISHED）、VAR=SEQ、received 或 signal
p-980ad458 = 一端（client 或 server），或用双引号括起的问题
p-bbc267d2 = 该问题的一个答案
p-0c59b140 = 一个调用：listen、connect、send、read、close 或 abort
p-3e506237 = 一项设置：client.isn、server.isn、client.window、server.window、mss、msl、rto、latency、retries、rfc5961、loss、client.auto、server.auto、client.autoread、server.autoread、client.nagle、server.nagle、client.cc、server.cc、client.iw、server.iw、client.sack、server.sack、link、delayed-ack 或 mss-option
p-1b046bc9 = 要检查什么：client、server、wire、outbox、link 或 time
p-2d026652 = client 或 server
p-4c9e693c = 一个字段：seq=、ack=、win=、len=、data="…"、mss= 或 options=
p-5ca748ea = seq=数字 或 seq=端.变量+N
p-2e2d3822 = ack=数字 或 ack=端.变量+N
p-4b0768a3 = win=0 到 65535 的数字（16 位字段）
p-29415588 = data="文本"，文本用双引号括起
p-9a9de013 = options=列表，例如 options=mss:1460,ws:7,sackok,ts:1:0
p-267e1eb0 = mss=0 到 65535 的数字（16 位字段）
p-1e45ecbd = data= 或 len=，不能同时给出
p-3296c626 = 关键字 answer
p-74f156cd = 关键字 events
p-c216e15a = 关键字 hints
p-5dec53de = 关键字 ids
p-36f97e0d = 关键字 next
p-ebf6a9bb = 关键字 queue
p-34a9038a = 关键字 rule
p-4893e8c8 = VAR=SEQ，其中 VAR 为 iss、irs、snd.una、snd.nxt、snd.wnd、rcv.nxt、rcv.wnd 之一

## A lesson named by the address that could not be fetched (said once
## the fetch has failed)
notice-lesson-network = 无法加载课程 { $url }：没有响应（是否处于离线状态？）。请在联网后重试。
notice-lesson-missing = 无法加载课程 { $url }：服务器返回 { $status }（404 表示没有这个文件）。请检查地址。
notice-lesson-too-large = 课程 { $url } 超过 { $max } 字节，这是课程的上限。
notice-lesson-not-text = 课程 { $url } 不是文本文件。

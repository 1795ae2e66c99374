# TCP Playground：页面上的文字，简体中文。与 en.ftl 有相同的键和相同的
# 变量。引擎的规则和发送原因在 rules.*.ftl 中；RFC 原文在 rfc.ftl 中。

## 通知应用程序的内容（RFC 中的说法）

signal-refused = 连接被拒绝
signal-reset = 连接被复位
signal-closing = 连接正在关闭
signal-timed-out = 连接超时
signal-does-not-exist = 连接不存在
signal-already-exists = 连接已存在
signal-error-closing = 连接正在关闭
signal-insufficient-resources = 资源不足

## 端点、调用、计时器和设置

side-client = 客户端
side-server = 服务器
who-setting = 设置
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
setting-seed = 随机数现在由种子 { $n } 生成

## 事件日志

ev-lost = #{ $id } 丢失
ev-signal = 应用程序收到通知：“{ $signal }”

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
ep-send-label = { $side }要发送的文本，或字节数
ep-send-placeholder = 文本或字节数
ep-send-empty = 请先输入{ $side }要发送的文本。
ep-bytes = 发送字节
ep-bytes-help = 发送字段中所写数量的字节（填充文本），例如输入 5000 来填满一个窗口
ep-bytes-empty = 请输入字节数，至少为 1。
ep-no-tcb = 没有 TCB：这个端点还没有连接，所以没有序号。
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
ep-timers-title = 正在运行的计时器：
ep-timers = 正在运行的计时器
ep-timer-left = { $timer }：剩余 { $left }
ep-manual = 手动：把这个 TCP 生成的每个报文段都先保留在发件箱中
ep-receive = 接收缓冲区
ep-autoread = 自动读取：应用程序在数据到达时立即读取
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

## 事件日志

explain-region = 原因
explain-newest = 原因：最近的一步
explain-selected = 原因：你选中的事件
explain-none = 两端每应用一条规则，这里都会当场解释。
explain-lost = 这个报文段永远不会到达，而发送方此时还无从知道。
explain-rfc = RFC 9293 原文
log-region = 事件日志
log-title = 发生了什么，以及为什么
log-forgotten = 为节省内存，最早的 { $n } 个事件已被丢弃；最新的事件都在这里。
log-rule-id = 规则 id（供教师在课程检查中使用）：{ $id }

## 时序图

ladder-label = 时序图：左边是客户端的时间线，右边是服务器的时间线；每个箭头代表一个报文段
ladder-rows-label = 时序图中当前可见的行，从早到晚
ladder-svg-label = 两条时间线之间的报文段；同样的事件及其原因列在“发生了什么，以及为什么”中。
ladder-empty = 报文段会以箭头的形式出现在两条时间线之间。
ladder-waiting = 时序图和两端显示的是当前工作开始之前的时刻；工作结束后会更新。
ladder-forgotten = 为节省内存，较早的事件已被丢弃；会话本身仍然保留

## 通知与提示

source-saved = 已保存的会话
source-link = 分享的会话
source-file = 导入的文件
announce-state = { $side }：从 { $from } 变为 { $to }
notice-told = { $side }的应用程序收到通知：“{ $signal }”。
sim-no-segment = 线路上没有第 { $n } 个报文段
sim-no-segment-dir = { $from }在线路上没有第 { $n } 个报文段
sim-no-outgoing = { $side }的发件箱中没有第 { $n } 个报文段
sim-too-many-events = 一步中发生了超过 { $max } 个事件：两个端点似乎在无休止地相互应答
sim-session-full = 会话已达到 { $max } 个事件的上限；请开始新的会话以继续
sim-wire-full = 线路上已有 { $max } 个报文段，已达上限
notice-dismiss = 关闭此消息
replay-progress = { $source }：正在打开，第 { $done } / { $total } 步…
replay-stop = 在此停止
long-progress = 正在执行“{ $statement }”：已处理 { $events } 个事件…
long-stop = 停止并撤销这一步
busy-refused = 未执行：在此完成之前不会执行其他操作。请等待，或将其停止。
notice-step-stopped = 在 { $events } 个事件后停止；这一步已撤销。
notice-replay-stopped = { $source }在 { $total } 步中的第 { $done } 步后停止；已执行的部分保留在这里。
param-embed = embed=“{ $value }” 应为 1 或 0
param-mode = mode=“{ $value }” 应为 readonly 或 interactive
param-panel = panels：没有名为“{ $value }”的面板（已知：{ $known }）
param-scale = scale=“{ $value }” 应为 0.75 到 2 之间的文字大小，例如 1.5
param-lang = lang=“{ $value }” 不是有效的语言标签（例如 fr 或 pt-BR）
param-lang-narration = lang=“{ $value }”：课程若带有该语言的讲解，则以该语言显示；本工具自身的文字显示为英文（已有：{ $known }）。
param-unknown = URL 参数“{ $value }”不是本工具认识的参数（embed、lesson、panels、mode、lang、scale、id、parent）

## 页面

app-title = TCP Playground
lang-label = 语言
confirm-reset = 开始一个新的会话吗？当前会话会按最后一次保存的样子另存：点击“↩ 之前的会话”即可找回，直到你再开始另一个会话。
confirm-reset-lost = 开始一个新的会话吗？当前会话将会丢失：它没有保存在此浏览器中（如需保留，请先“导出”）。
welcome-title = 第一次来？
welcome-text = 先在服务器上按“监听”，再在客户端上按“连接”。然后从“线路上”逐个投递报文段，或者按 ▶ 播放。也可以从“课程”菜单中选择一节课。
welcome-keys = 键盘：按 Tab 先到达“跳转到…”链接；← 和 → 在一端的调用按钮之间和标签页之间移动，↑ 和 ↓ 跳到另一端的调用按钮；N 单步执行到下一个事件，空格键播放或暂停，Ctrl+Z 撤销。
welcome-close = 知道了
lazy-failed = 无法加载 playground 的这一部分：请检查网络连接。
lazy-retry = 重试
about-version = TCP Playground { $version } · 自由软件，采用 MIT 或 Apache-2.0 许可证
text-size = 大字
text-size-help = 为投影仪或小屏幕放大文字
skip-label = 跳转到
skip-client = 跳到客户端的调用按钮
skip-server = 跳到服务器的调用按钮
skip-view = 跳到时序图和状态图
skip-wire = 跳到线路上的报文段
skip-log = 跳到事件日志
tabs-label = 视图
tab-ladder = 时序图
tab-diagram = 状态图
graphs-open = 随时间变化的图
param-lesson = lesson=“{ $value }” 既不是内置课程，也不是 lessons/week5.scn 这样的文件路径；本工具将以空白状态启动。
param-lesson-site = lesson=“{ $value }” 不在本站点上：课程文件必须与本工具由同一站点提供。请把文件放在它旁边，或使用“编写课程”中的课程链接。
param-id = id= 必须是 1 到 { $max } 个字符且不含换行；发给页面的消息将不带 id
param-parent = parent=“{ $value }” 不是 https://moodle.example.edu 这样的源；消息将发给任何嵌入本工具的页面
notice-lesson-network = 无法加载课程 { $url }：没有响应（是否处于离线状态？）。请在联网后重试。
notice-lesson-missing = 无法加载课程 { $url }：服务器返回 { $status }（404 表示没有这个文件）。请检查地址。
notice-lesson-too-large = 课程 { $url } 超过 { $max } 字节，这是课程的上限。
notice-lesson-not-text = 课程 { $url } 不是文本文件。
notice-lesson-link-unreadable = 无法打开这个链接中的课程：{ $why }。你自己的会话保持不变。
notice-address = 页面地址有问题：{ $problem }。
notice-share-unreadable = 无法打开这个分享链接：{ $why }。你自己的会话保持不变。
notice-no-lesson = 没有名为“{ $name }”的课程；请从“课程”菜单中选择一个。
notice-unfinished = 你保存的会话上次没有打开完成（可能对此设备来说太长），因此 Playground 从空白开始。该会话已保留：点击“之前的会话”可以再次打开。
earlier-session = ↩ 之前的会话
earlier-session-help = 回到此会话之前的会话（当前会话会保留在它的位置）
share-bad-chars = 链接已损坏：其中含有分享链接中不可能出现的字符
share-old-browser = 此浏览器无法解开它；2023 年及以后的浏览器可以
share-cut = 链接已损坏或被截断：无法解开其中的会话
share-not-text = 链接中的会话不是文本

## 线路上

wire-region = 线路上的报文段
wire-title = 线路上
wire-empty = 没有正在传输的报文段。
wire-more = ……还有 { $n } 个报文段在途中（最早的列在前面）。
wire-payload = “{ $text }”（{ $n } 字节）
wire-between = 这两个之间还有 { $n } 个报文段在途中
wire-released = （手动放行）
wire-injected = （手工构造：发送方的状态没有改变）
wire-copy = （#{ $of } 的副本）
wire-arrives-in = { $time } 后到达
wire-deliver = 立即投递
wire-drop = 丢弃
wire-duplicate = 复制
wire-delay = 延迟 +500 ms

## 时间线上的步骤名称

step-start = 开始
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

## 顶部栏

controls-label = 模拟控制
controls-clock = 模拟时钟
controls-time = 时间
controls-play = ▶ 播放
controls-pause = ❚❚ 暂停
controls-step = 单步执行到下一个事件
controls-next-in = 下一个事件在 { $time } 后
controls-nothing-scheduled = 没有待发生的事件
controls-next-timer = 跳到下一个计时器
controls-speed = 速度
controls-history = 历史
controls-undo = ↶ 撤销
controls-redo = ↷ 重做
controls-timeline = 时间线：跳回之前的任意时刻
controls-step-of = 历史第 { $n }/{ $of } 项 · { $label }
controls-back-at = 历史：已回到第 { $n }/{ $of } 项 · 在此处操作即可从这里分出新的分支
controls-lesson = 课程
controls-lesson-help = 载入一节课程或一个场景
controls-choose = 选择…
controls-lessons = 课程
controls-challenges = 挑战
controls-scenarios = 更多场景（每个演示一条规则）
controls-relative = 相对序号
controls-more = 更多 ▾
controls-own-lesson = 正在进行：{ $title }
controls-share = 分享
controls-share-help = 一个能重新打开此会话的链接
controls-export = 导出 ▾
controls-export-session = 会话（.scn）
controls-export-svg = 时序图（.svg）
controls-export-png = 时序图（.png）
controls-export-slide = 时序图幻灯片（PNG，16:9）
controls-print = 打印练习单…
controls-export-pcap = Wireshark 抓包文件（.pcapng）
controls-import = 导入 .scn
controls-import-help = 打开一个场景、已保存的会话或抓包文件
controls-reset = 重置

## 课程

lesson-untitled = 未命名的课程

## 状态图（RFC 9293 图 5）

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

controls-write = 编写课程

## Packet captures
source-capture = 该抓包
controls-capture = 打开抓包
controls-capture-help = 打开 Wireshark 或 tcpdump 的抓包文件（.pcap、.pcapng），查看两端的状态；也可以把文件拖到页面上

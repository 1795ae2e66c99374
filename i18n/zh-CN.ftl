# TCP Playground：页面上的文字，简体中文。与 en.ftl 有相同的键和相同的
# 变量。引擎的规则和发送原因在 rules.*.ftl 中；RFC 原文在 rfc.ftl 中。

## 端点、调用、计时器和设置

side-client = 客户端
side-server = 服务器
who-setting = 设置
setting-seed = 随机数现在由种子 { $n } 生成

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
ep-bytes = 发送字节
ep-bytes-help = 发送字段中所写数量的字节（填充文本），例如输入 5000 来填满一个窗口
ep-no-tcb = 没有 TCB：这个端点还没有连接，所以没有序号。
ep-sent = 已发送
ep-sent-bytes = { $n } { $n ->
       *[other] 字节
    }{ $queued ->
        [0] {""}
       *[other] （{ $queued } 字节等待发送）
    }
ep-received = 已接收
ep-received-none = 暂无
ep-manual = 手动：把这个 TCP 生成的每个报文段都先保留在发件箱中
ep-receive = 接收缓冲区
ep-autoread = 自动读取：应用程序在数据到达时立即读取

## 事件日志

explain-region = 原因
explain-newest = 原因：最近的一步
explain-none = 两端每应用一条规则，这里都会当场解释。
log-region = 事件日志
log-title = 发生了什么，以及为什么

## 时序图

ladder-label = 时序图：左边是客户端的时间线，右边是服务器的时间线；每个箭头代表一个报文段
ladder-rows-label = 时序图中当前可见的行，从早到晚
ladder-svg-label = 两条时间线之间的报文段；同样的事件及其原因列在“发生了什么，以及为什么”中。
ladder-empty = 报文段会以箭头的形式出现在两条时间线之间。

## 通知与提示

source-saved = 已保存的会话
source-link = 分享的会话
announce-state = { $side }：从 { $from } 变为 { $to }
notice-dismiss = 关闭此消息
replay-progress = { $source }：正在打开，第 { $done } / { $total } 步…
replay-stop = 在此停止

## 页面

app-title = TCP Playground
lang-label = 语言
confirm-reset = 开始一个新的会话吗？当前会话会按最后一次保存的样子另存：点击“↩ 之前的会话”即可找回，直到你再开始另一个会话。
confirm-reset-lost = 开始一个新的会话吗？当前会话将会丢失：它没有保存在此浏览器中（如需保留，请先“导出”）。
welcome-title = 第一次来？
welcome-text = 先在服务器上按“监听”，再在客户端上按“连接”。然后从“线路上”逐个投递报文段，或者按 ▶ 播放。也可以在“选择课程…”中选一节课。
welcome-keys = 键盘：按 Tab 先到达“跳转到…”链接；← 和 → 在一端的调用按钮之间和标签页之间移动，↑ 和 ↓ 跳到另一端的调用按钮；N 单步执行到下一个事件，空格键播放或暂停，Ctrl+Z 撤销。
welcome-close = 知道了
lazy-failed = 无法加载 playground 的这一部分：请检查网络连接。
lazy-retry = 重试
about-version = TCP Playground { $version } · 自由软件，采用 MIT 或 Apache-2.0 许可证
text-size = 大字
text-size-help = 为投影仪或小屏幕放大文字
skip-label = 跳转到
skip-lesson = 跳到课程
skip-client = 跳到客户端的调用按钮
skip-server = 跳到服务器的调用按钮
skip-view = 跳到时序图和状态图
skip-wire = 跳到线路上的报文段
skip-log = 跳到事件日志
tabs-label = 视图
tab-ladder = 时序图
tab-diagram = 状态图
graphs-open = 随时间变化的图
notice-lesson-link-unreadable = 无法打开这个链接中的课程：{ $why }。你自己的会话保持不变。
notice-address = 页面地址有问题：{ $problem }。
notice-share-unreadable = 无法打开这个分享链接：{ $why }。你自己的会话保持不变。
notice-no-lesson = 没有名为“{ $name }”的课程；请在“选择课程…”中选择一个。
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

## 顶部栏

controls-label = 模拟控制
controls-clock = 模拟时钟
controls-time = 时间
controls-play = ▶ 播放
controls-pause = ❚❚ 暂停
controls-step = 单步执行到下一个事件
controls-nothing-scheduled = 没有待发生的事件
controls-next-timer = 跳到下一个计时器
controls-speed = 速度
controls-history = 历史
controls-undo = ↶ 撤销
controls-redo = ↷ 重做
controls-timeline = 时间线：跳回之前的任意时刻
controls-step-of = 历史第 { $n }/{ $of } 项 · { $label }
controls-lesson = 课程
controls-lesson-help = 载入一节课程或一个场景
controls-choose = 选择课程…
controls-lessons = 课程
controls-challenges = 挑战
controls-scenarios = 更多场景（每个演示一条规则）
controls-relative = 相对序号
controls-more = 更多 ▾
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

controls-write = 编写课程

## Packet captures
controls-capture = 打开抓包
controls-capture-help = 打开 Wireshark 或 tcpdump 的抓包文件（.pcap、.pcapng），查看两端的状态；也可以把文件拖到页面上

//! The RFC sentence each rule applies (quoted, with its RFC number).

use super::Rule;

/// The RFC sentence `rule` applies.
pub(super) fn quote(rule: Rule) -> &'static str {
    match rule {
        // ----- application calls (§3.10.1–§3.10.5) -----
        Rule::OpenActive => "RFC 9293 §3.10.1: \"An initial send sequence number (ISS) is selected. A SYN segment of the form <SEQ=ISS><CTL=SYN> is sent. Set SND.UNA to ISS, SND.NXT to ISS+1, enter SYN-SENT state, and return.\"",
        Rule::OpenPassive => "RFC 9293 §3.10.1: \"Create a new transmission control block (TCB) to hold connection state information. … If passive, enter the LISTEN state and return.\"",
        Rule::OpenActiveFromListen => "RFC 9293 §3.10.1: \"If the OPEN call is active and the remote socket is specified, then change the connection from passive to active, select an ISS. Send a SYN segment, set SND.UNA to ISS, SND.NXT to ISS+1. Enter SYN-SENT state.\"",
        Rule::OpenRefused => "RFC 9293 §3.10.1: \"Return 'error: connection already exists'.\"",
        Rule::SendInListen => "RFC 9293 §3.10.2: \"If the remote socket is specified, then change the connection from passive to active, select an ISS. Send a SYN segment, set SND.UNA to ISS, SND.NXT to ISS+1. Enter SYN-SENT state. Data associated with SEND may be sent with SYN segment or queued for transmission after entering ESTABLISHED state.\"",
        Rule::SendQueued => "RFC 9293 §3.10.2: \"Queue the data for transmission after entering ESTABLISHED state.\"",
        Rule::SendSegmentize => "RFC 9293 §3.10.2: \"Segmentize the buffer and send it with a piggybacked acknowledgment (acknowledgment value = RCV.NXT).\"",
        Rule::SendRefused => "RFC 9293 §3.10.2: \"Otherwise, return 'error: connection does not exist'. … If there is insufficient space to remember this buffer, simply return 'error: insufficient resources'. … Return 'error: connection closing' and do not service request.\"",
        Rule::CloseListen => "RFC 9293 §3.10.4: \"Any outstanding RECEIVEs are returned with 'error: closing' responses. Delete TCB, enter CLOSED state, and return.\"",
        Rule::CloseSynSent => "RFC 9293 §3.10.4: \"Delete the TCB and return 'error: closing' responses to any queued SENDs, or RECEIVEs.\"",
        Rule::CloseSynReceived => "RFC 9293 §3.10.4: \"If no SENDs have been issued and there is no pending data to send, then form a FIN segment and send it, and enter FIN-WAIT-1 state; otherwise, queue for processing after entering ESTABLISHED state.\"",
        Rule::CloseSynReceivedQueued => "RFC 9293 §3.10.4: \"If no SENDs have been issued and there is no pending data to send, then form a FIN segment and send it, and enter FIN-WAIT-1 state; otherwise, queue for processing after entering ESTABLISHED state.\"",
        Rule::CloseDeferredApplies => "RFC 9293 §3.10.4: \"… otherwise, queue for processing after entering ESTABLISHED state. … Queue this until all preceding SENDs have been segmentized, then form a FIN segment and send it. In any case, enter FIN-WAIT-1 state.\"",
        Rule::CloseEstablished => "RFC 9293 §3.10.4: \"Queue this until all preceding SENDs have been segmentized, then form a FIN segment and send it. In any case, enter FIN-WAIT-1 state.\"",
        Rule::CloseCloseWait => "RFC 9293 §3.10.4: \"Queue this request until all preceding SENDs have been segmentized; then send a FIN segment, enter LAST-ACK state.\"",
        Rule::CloseRefused => "RFC 9293 §3.10.4: \"Otherwise, return 'error: connection does not exist'. … Strictly speaking, this is an error and should receive an 'error: connection closing' response. … Respond with 'error: connection closing'.\"",
        Rule::AbortSilent => "RFC 9293 §3.10.5: \"All queued SENDs and RECEIVEs should be given 'connection reset' notification. Delete the TCB, enter CLOSED state, and return.\"",
        Rule::AbortReset => "RFC 9293 §3.10.5: \"Send a reset segment: <SEQ=SND.NXT><CTL=RST> … all segments queued for transmission (except for the RST formed above) or retransmission should be flushed. Delete the TCB, enter CLOSED state, and return.\"",
        Rule::AbortClosing => "RFC 9293 §3.10.5: \"Respond with 'ok' and delete the TCB, enter CLOSED state, and return.\"",
        Rule::AbortRefused => "RFC 9293 §3.10.5: \"Otherwise, return 'error: connection does not exist'.\"",

        // ----- sending and timers -----
        Rule::WindowFull => "RFC 9293 §3.8.6: \"The sending TCP endpoint packages the data to be transmitted into segments that fit the current window, and may repackage segments on the retransmission queue.\"",
        Rule::WindowProbe => "RFC 9293 §3.8.6.1: \"The transmitting host SHOULD send the first zero-window probe when a zero window has existed for the retransmission timeout period (SHLD-29) (Section 3.8.1), and SHOULD increase exponentially the interval between successive probes (SHLD-30).\"",
        Rule::Retransmit => "RFC 6298 §5.4–5.6: \"(5.4) Retransmit the earliest segment that has not been acknowledged by the TCP receiver. (5.5) The host MUST set RTO <- RTO * 2 ('back off the timer'). … (5.6) Start the retransmission timer, such that it expires after RTO seconds (for the value of RTO after the doubling operation outlined in 5.5).\"",
        Rule::GiveUp => "RFC 9293 §3.8.3: \"Excessive retransmission of the same segment by a TCP endpoint indicates some failure of the remote host or the internetwork path. … (c) When the number of transmissions of the same segment reaches a threshold R2 greater than R1, close the connection.\"",
        Rule::RtoAfterSynTimeout => "RFC 6298 §5.7: \"If the timer expires awaiting the ACK of a SYN segment and the TCP implementation is using an RTO less than 3 seconds, the RTO MUST be re-initialized to 3 seconds when data transmission begins (i.e., after the three-way handshake completes).\"",
        Rule::TimeWaitTimer => "RFC 9293 §3.10.7.4: \"Enter the TIME-WAIT state. Start the time-wait timer, turn off the other timers. … Remain in the TIME-WAIT state. Restart the 2 MSL time-wait timeout.\"",
        Rule::TimeWaitTimeout => "RFC 9293 §3.10.8: \"If the time-wait timeout expires on a connection, delete the TCB, enter the CLOSED state, and return.\"",

        // ----- SEGMENT ARRIVES in CLOSED and LISTEN -----
        Rule::ClosedRst => "RFC 9293 §3.10.7.1: \"An incoming segment containing a RST is discarded.\"",
        Rule::ClosedResetAck => "RFC 9293 §3.10.7.1: \"An incoming segment not containing a RST causes a RST to be sent in response. … If the ACK bit is on, <SEQ=SEG.ACK><CTL=RST>\"",
        Rule::ClosedResetNoAck => "RFC 9293 §3.10.7.1: \"An incoming segment not containing a RST causes a RST to be sent in response. … If the ACK bit is off, sequence number zero is used, <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>\"",
        Rule::ListenRst => "RFC 9293 §3.10.7.2: \"An incoming RST segment could not be valid since it could not have been sent in response to anything sent by this incarnation of the connection. An incoming RST should be ignored.\"",
        Rule::ListenAck => "RFC 9293 §3.10.7.2: \"Any acknowledgment is bad if it arrives on a connection still in the LISTEN state. An acceptable reset segment should be formed for any arriving ACK-bearing segment. The RST should be formatted as follows: <SEQ=SEG.ACK><CTL=RST>\"",
        Rule::ListenSyn => "RFC 9293 §3.10.7.2: \"Set RCV.NXT to SEG.SEQ+1, IRS is set to SEG.SEQ, and any other control or text should be queued for processing later. ISS should be selected and a SYN segment sent of the form: <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>\"",
        Rule::ListenOther => "RFC 9293 §3.10.7.2: \"This should not be reached. Drop the segment and return.\"",
        Rule::SynTextHeld => "RFC 9293 §3.10.7.2: \"… any other control or text should be queued for processing later. … Note that any other incoming control or data (combined with SYN) will be processed in the SYN-RECEIVED state, but processing of SYN and ACK should not be repeated.\"",

        // ----- SYN-SENT -----
        Rule::SynSentBadAckRst => "RFC 9293 §3.10.7.3: \"If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is set, if so drop the segment and return)\"",
        Rule::SynSentBadAck => "RFC 9293 §3.10.7.3: \"If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is set, if so drop the segment and return) <SEQ=SEG.ACK><CTL=RST> and discard the segment. Return.\"",
        Rule::SynSentRst => "RFC 9293 §3.10.7.3: \"If the ACK was acceptable, then signal to the user 'error: connection reset', drop the segment, enter CLOSED state, delete TCB, and return.\"",
        Rule::SynSentRstNoAck => "RFC 9293 §3.10.7.3: \"If the ACK was acceptable, then signal to the user 'error: connection reset', drop the segment, enter CLOSED state, delete TCB, and return. Otherwise (no ACK), drop the segment and return.\"",
        Rule::SynSentSynAck => "RFC 9293 §3.10.7.3: \"If SND.UNA > ISS (our SYN has been ACKed), change the connection state to ESTABLISHED, form an ACK segment <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it.\"",
        Rule::SynAckText => "RFC 9293 §3.10.7.3: \"Some TCP implementations suppress sending this segment when the received segment contains data that will anyways generate an acknowledgment in the later processing steps … If there are other controls or text in the segment, then continue processing at the sixth step under Section 3.10.7.4\"",
        Rule::SynSentSyn => "RFC 9293 §3.10.7.3: \"Otherwise, enter SYN-RECEIVED, form a SYN,ACK segment <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> and send it.\"",
        Rule::SynSentOther => "RFC 9293 §3.10.7.3: \"Fifth, if neither of the SYN or RST bits is set, then drop the segment and return.\"",

        // ----- SYN-RECEIVED and the synchronized states (§3.10.7.4) -----
        Rule::SimultaneousSynAck => "RFC 9293 §3.10.7.4: \"Segments are processed in sequence. Initial tests on arrival are used to discard old duplicates, but further processing is done in SEG.SEQ order. If a segment's contents straddle the boundary between old and new, only the new parts are processed.\"",
        Rule::SeqUnacceptableRst => "RFC 9293 §3.10.7.4: \"If an incoming segment is not acceptable, an acknowledgment should be sent in reply (unless the RST bit is set, if so drop the segment and return)\"",
        Rule::SeqUnacceptable => "RFC 9293 §3.10.7.4: \"If an incoming segment is not acceptable, an acknowledgment should be sent in reply (unless the RST bit is set, if so drop the segment and return): <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> After sending the acknowledgment, drop the unacceptable segment and return.\"",
        Rule::TimeWaitFinAgain => "RFC 9293 §3.10.7.4: \"The only thing that can arrive in this state is a retransmission of the remote FIN. Acknowledge it, and restart the 2 MSL timeout.\"",
        Rule::SeqTrimmed => "RFC 9293 §3.10.7.4: \"One could tailor actual segments to fit this assumption by trimming off any portions that lie outside the window (including SYN and FIN) and only processing further if the segment then begins at RCV.NXT.\"",
        Rule::RstChallenge => "RFC 5961 §3.2: \"If the RST bit is set and the sequence number does not exactly match the next expected sequence value, yet is within the current receive window (RCV.NXT < SEG.SEQ < RCV.NXT+RCV.WND), TCP MUST send an acknowledgment (challenge ACK): <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>\"",
        Rule::RstSynReceivedPassive => "RFC 9293 §3.10.7.4: \"If this connection was initiated with a passive OPEN (i.e., came from the LISTEN state), then return this connection to LISTEN state and return. The user need not be informed.\"",
        Rule::RstSynReceivedActive => "RFC 9293 §3.10.7.4: \"If this connection was initiated with an active OPEN (i.e., came from SYN-SENT state), then the connection was refused; signal the user 'connection refused'. … And in the active OPEN case, enter the CLOSED state and delete the TCB, and return.\"",
        Rule::RstReset => "RFC 9293 §3.10.7.4: \"If the RST bit is set, then any outstanding RECEIVEs and SEND should receive 'reset' responses. All segment queues should be flushed. Users should also receive an unsolicited general 'connection reset' signal. Enter the CLOSED state, delete the TCB, and return.\"",
        Rule::RstClosing => "RFC 9293 §3.10.7.4: \"If the RST bit is set, then enter the CLOSED state, delete the TCB, and return.\"",
        Rule::SynSynReceivedPassive => "RFC 9293 §3.10.7.4: \"If the connection was initiated with a passive OPEN, then return this connection to the LISTEN state and return.\"",
        Rule::SynChallenge => "RFC 5961 §4.2: \"If the SYN bit is set, irrespective of the sequence number, TCP MUST send an ACK (also referred to as challenge ACK) to the remote peer: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> After sending the acknowledgment, TCP MUST drop the unacceptable segment and stop processing further.\"",
        Rule::SynReset => "RFC 9293 §3.10.7.4: \"If the SYN is in the window it is an error: send a reset, any outstanding RECEIVEs and SEND should receive 'reset' responses, all segment queues should be flushed, the user should also receive an unsolicited general 'connection reset' signal, enter the CLOSED state, delete the TCB, and return.\"",
        Rule::AckOff => "RFC 9293 §3.10.7.4: \"if the ACK bit is off, drop the segment and return\"",
        Rule::SynReceivedAck => "RFC 9293 §3.10.7.4: \"If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state and continue processing with the variables below set to: SND.WND <- SEG.WND SND.WL1 <- SEG.SEQ SND.WL2 <- SEG.ACK\"",
        Rule::SynReceivedBadAck => "RFC 9293 §3.10.7.4: \"If the segment acknowledgment is not acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST> and send it.\"",
        Rule::AckChallenge => "RFC 5961 §5.2: \"The ACK value is considered acceptable only if it is in the range of ((SND.UNA - MAX.SND.WND) <= SEG.ACK <= SND.NXT). All incoming segments whose ACK value doesn't satisfy the above condition MUST be discarded and an ACK sent back.\"",
        Rule::AckTooNew => "RFC 9293 §3.10.7.4: \"If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the segment, and return.\"",
        Rule::AckNew => "RFC 9293 §3.10.7.4: \"If SND.UNA < SEG.ACK =< SND.NXT, then set SND.UNA <- SEG.ACK. Any segments on the retransmission queue that are thereby entirely acknowledged are removed.\"",
        Rule::WindowUpdate => "RFC 9293 §3.10.7.4: \"If SND.UNA =< SEG.ACK =< SND.NXT, the send window should be updated. If (SND.WL1 < SEG.SEQ or (SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK)), set SND.WND <- SEG.WND, set SND.WL1 <- SEG.SEQ, and set SND.WL2 <- SEG.ACK.\"",
        Rule::FinWait1Acked => "RFC 9293 §3.10.7.4: \"In addition to the processing for the ESTABLISHED state, if the FIN segment is now acknowledged, then enter FIN-WAIT-2 and continue processing in that state.\"",
        Rule::FinWait2Acked => "RFC 9293 §3.10.7.4: \"In addition to the processing for the ESTABLISHED state, if the retransmission queue is empty, the user's CLOSE can be acknowledged ('ok') but do not delete the TCB.\"",
        Rule::ClosingAcked => "RFC 9293 §3.10.7.4: \"In addition to the processing for the ESTABLISHED state, if the ACK acknowledges our FIN, then enter the TIME-WAIT state; otherwise, ignore the segment.\"",
        Rule::ClosingNotAcked => "RFC 9293 §3.10.7.4: \"In addition to the processing for the ESTABLISHED state, if the ACK acknowledges our FIN, then enter the TIME-WAIT state; otherwise, ignore the segment.\"",
        Rule::LastAckAcked => "RFC 9293 §3.10.7.4: \"The only thing that can arrive in this state is an acknowledgment of our FIN. If our FIN is now acknowledged, delete the TCB, enter the CLOSED state, and return.\"",
        Rule::Urg => "RFC 9293 §3.10.7.4: \"If the URG bit is set, RCV.UP <- max(RCV.UP,SEG.UP), and signal the user that the remote side has urgent data if the urgent pointer (RCV.UP) is in advance of the data consumed.\"",
        Rule::OutOfOrder => "RFC 9293 §3.10.7.4: \"Segments with higher beginning sequence numbers SHOULD be held for later processing (SHLD-31). … A TCP implementation MAY send an ACK segment acknowledging RCV.NXT when a valid segment arrives that is in the window but not at the left window edge (MAY-13).\"",
        Rule::TextAfterFin => "RFC 9293 §3.10.7.4: \"This should not occur since a FIN has been received from the remote side. Ignore the segment text.\"",
        Rule::Deliver => "RFC 9293 §3.10.7.4: \"Once the TCP endpoint takes responsibility for the data, it advances RCV.NXT over the data accepted, and adjusts RCV.WND as appropriate to the current buffer availability. … Send an acknowledgment of the form: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>\"",
        Rule::HeldDelivered => "RFC 9293 §3.10.7.4: \"Segments are processed in sequence. Initial tests on arrival are used to discard old duplicates, but further processing is done in SEG.SEQ order.\"",
        Rule::Fin => "RFC 9293 §3.10.7.4: \"If the FIN bit is set, signal the user 'connection closing' and return any pending RECEIVEs with same message, advance RCV.NXT over the FIN, and send an acknowledgment for the FIN.\"",
    }
}

//! Selective acknowledgments (RFC 2018) and SACK loss recovery (RFC 6675):
//! one test per rule, named after it. SMSS is 1000 bytes; our ISS is 1000,
//! so our data starts at 1001, the peer's (ISS 5000) at 5001.

use super::*;
use crate::note::Rule;
use crate::options::TcpOption;

const MSS: u32 = 1000;

fn sack_config(cc: CongestionControl) -> Config {
    Config {
        mss: MSS,
        sack: true,
        cc,
        iw: Some(10),
        ..Config::default()
    }
}

/// ESTABLISHED, active, SACK offered by both SYNs (`peer_sack`) or ours only.
fn sender(cc: CongestionControl, peer_sack: bool) -> Tested {
    let mut ep = with(sack_config(cc));
    ep.call(Call::Connect, ms(0));
    let syn = only(&mut ep);
    assert!(syn.options.contains(&TcpOption::SackPermitted), "{syn}");
    let mut syn_ack = seg(SYN | ACK, PEER, ISS + 1);
    if peer_sack {
        syn_ack.options.push(TcpOption::SackPermitted);
    }
    ep.on_segment(syn_ack, ms(200));
    ep
}

fn notes(out: &[Output]) -> Vec<Note> {
    out.iter()
        .filter_map(|o| match o {
            Output::Note(n) => Some(*n),
            _ => None,
        })
        .collect()
}

fn rules(out: &[Output]) -> Vec<Rule> {
    notes(out).iter().map(Note::rule).collect()
}

/// Data segments sent, as (sequence number, length, reason).
fn data_sent(out: &[Output]) -> Vec<(u32, usize, Reason)> {
    out.iter()
        .filter_map(|o| match o {
            Output::Transmit { seg, reason } if !seg.payload.is_empty() => {
                Some((seg.seq.0, seg.payload.len(), *reason))
            }
            _ => None,
        })
        .collect()
}

/// The peer's ACK of `ack` with SACK blocks.
fn sack_ack(ep: &mut Tested, ack: u32, blocks: &[(u32, u32)], at: u64) -> Vec<Output> {
    let mut s = seg(ACK, PEER + 1, ack);
    if !blocks.is_empty() {
        s.options.push(TcpOption::Sack(blocks.to_vec()));
    }
    ep.on_segment(s, ms(at));
    ep.take_outputs()
}

/// Ten segments out (1001..11001) after IW10, SACK agreed.
fn ten_out(cc: CongestionControl) -> Tested {
    let mut ep = sender(cc, true);
    ep.take_outputs();
    ep.call(Call::Send(vec![b'x'; 10_000]), ms(300));
    let out = ep.take_outputs();
    assert_eq!(data_sent(&out).len(), 10);
    ep
}

#[test]
fn sack_permitted_when_both_syns_carry_it() {
    let mut ep = sender(CongestionControl::Off, true);
    let out = ep.take_outputs();
    assert!(rules(&out).contains(&Rule::SackPermitted));
    assert!(ep.sack_permitted());
}

#[test]
fn sack_permitted_goes_in_the_syn_ack_of_a_side_with_sack_on() {
    let mut ep = with(sack_config(CongestionControl::Off));
    ep.call(Call::Listen, ms(0));
    let mut syn = seg(SYN, PEER, 0);
    syn.options.push(TcpOption::SackPermitted);
    ep.on_segment(syn, ms(10));
    let syn_ack = only(&mut ep);
    assert_eq!(syn_ack.options, [TcpOption::SackPermitted]);
    // Off, no SYN of its carries it.
    let mut off = with(Config::default());
    off.call(Call::Connect, ms(0));
    assert!(only(&mut off).options.is_empty());
}

#[test]
fn sack_not_permitted_when_the_peers_syn_did_not_offer_it() {
    let mut ep = sender(CongestionControl::Off, false);
    let out = ep.take_outputs();
    assert!(rules(&out).contains(&Rule::SackNotPermitted));
    assert!(!ep.sack_permitted());
    // Out-of-order data is then acknowledged without blocks.
    ep.on_segment(data(PEER + 101, ISS + 1, "later"), ms(300));
    let ack = only(&mut ep);
    assert!(ack.options.is_empty(), "{ack}");
}

/// A receiver with SACK agreed (the passive side).
fn receiver() -> Tested {
    let mut ep = with(sack_config(CongestionControl::Off));
    ep.call(Call::Listen, ms(0));
    let mut syn = seg(SYN, PEER, 0);
    syn.options.push(TcpOption::SackPermitted);
    ep.on_segment(syn, ms(10));
    ep.on_segment(seg(ACK, PEER + 1, ISS + 1), ms(20));
    ep.take_outputs();
    assert!(ep.sack_permitted());
    ep
}

fn blocks_of(s: &Segment) -> Vec<(u32, u32)> {
    s.options
        .iter()
        .find_map(|o| match o {
            TcpOption::Sack(b) => Some(b.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn sack_blocks_put_the_block_of_the_segment_that_arrived_last_first() {
    let mut ep = receiver();
    let ten = "0123456789";
    // RCV.NXT = 5001; 5011, 5031 and 5021 arrive, in that order.
    ep.on_segment(data(PEER + 11, ISS + 1, ten), ms(30));
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::SackBlocks {
        left: Seq::peer(SeqNum(PEER + 11)),
        right: Seq::peer(SeqNum(PEER + 21)),
        blocks: 1
    }));
    ep.on_segment(data(PEER + 31, ISS + 1, ten), ms(40));
    let ack = only(&mut ep);
    assert_eq!(blocks_of(&ack), [(5031, 5041), (5011, 5021)]);
    // 5021 joins both into one block.
    ep.on_segment(data(PEER + 21, ISS + 1, ten), ms(50));
    let ack = only(&mut ep);
    assert_eq!(ack.ack.0, PEER + 1);
    assert_eq!(blocks_of(&ack), [(5011, 5041)]);
    // The gap fills: nothing is held, no blocks.
    ep.on_segment(data(PEER + 1, ISS + 1, ten), ms(60));
    let ack = only(&mut ep);
    assert_eq!(ack.ack.0, PEER + 41);
    assert!(ack.options.is_empty(), "{ack}");
}

#[test]
fn sack_blocks_repeat_the_most_recently_reported_before_older_ones() {
    let mut ep = receiver();
    // Blocks at 5101, 5301, 5501, 5701, 5901 (reported in that order),
    // then 5301 again: it goes first, then 5901, 5701, 5501.
    for (i, at) in [101, 301, 501, 701, 901, 301].into_iter().enumerate() {
        ep.on_segment(data(PEER + at, ISS + 1, "0123456789"), ms(30 + i as u64));
        let ack = only(&mut ep);
        let blocks = blocks_of(&ack);
        assert_eq!(blocks[0].0, PEER + at, "{ack}");
        assert!(blocks.len() <= MAX_SACK_BLOCKS);
    }
    let ack = ep.next_segment();
    assert_eq!(
        blocks_of(&ack),
        [(5301, 5311), (5901, 5911), (5701, 5711), (5501, 5511)]
    );
}

#[test]
fn sack_blocks_fit_four_without_timestamps_and_three_with() {
    assert_eq!(blocks_that_fit(&[]), 4);
    assert_eq!(blocks_that_fit(&[TcpOption::Timestamps(1, 2)]), 3);
}

#[test]
fn sack_duplicate_ack_is_an_ack_that_sacks_new_octets() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    let out = sack_ack(ep, 1001, &[(2001, 3001)], 400);
    assert!(notes(&out).contains(&Note::SackDuplicateAck {
        count: 1,
        sacked: 1000
    }));
    // The same block again SACKs nothing new: not a duplicate ACK.
    let out = sack_ack(ep, 1001, &[(2001, 3001)], 410);
    assert!(!rules(&out).contains(&Rule::SackDuplicateAck));
    assert_eq!(cc_view(ep).dupacks, 1);
}

fn cc_view(ep: &Tested) -> CongestionView {
    ep.congestion().expect("congestion control runs")
}

#[test]
fn sack_limited_transmit_sends_new_data_while_cwnd_minus_pipe_allows() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    ep.call(Call::Send(vec![b'y'; 3000]), ms(350));
    ep.take_outputs();
    // cwnd 10000, pipe 10000 − 1000 SACKed = 9000: one segment.
    let out = sack_ack(ep, 1001, &[(2001, 3001)], 400);
    assert!(notes(&out).contains(&Note::SackLimitedTransmit {
        pipe: 9000,
        cwnd: 10_000
    }));
    assert_eq!(
        data_sent(&out),
        [(
            11_001,
            1000,
            Reason::Data {
                len: 1000,
                fin: false
            }
        )]
    );
    assert_eq!(cc_view(ep).cwnd, 10_000, "cwnd does not change");
}

/// Segments 1001 and 3001 lost; the peer SACKs 2001..3001, then 4001
/// onward one segment at a time.
fn two_holes(ep: &mut Tested, upto: u32) -> Vec<Output> {
    let mut out = sack_ack(ep, 1001, &[(2001, 3001)], 400);
    for (i, right) in (5001..=upto).step_by(1000).enumerate() {
        out = sack_ack(ep, 1001, &[(4001, right), (2001, 3001)], 410 + i as u64);
    }
    out
}

#[test]
fn sack_recovery_starts_on_the_third_duplicate_ack() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    sack_ack(ep, 1001, &[(2001, 3001)], 400);
    sack_ack(ep, 1001, &[(4001, 5001), (2001, 3001)], 410);
    let out = sack_ack(ep, 1001, &[(4001, 6001), (2001, 3001)], 420);
    // ssthresh = cwnd = FlightSize / 2 = 10000 / 2; RecoveryPoint =
    // HighData = 11000; the first hole goes again.
    assert!(notes(&out).contains(&Note::SackRecovery {
        flight: 10_000,
        cwnd: 5000,
        recovery_point: Seq::own(SeqNum(11_000))
    }));
    assert_eq!(data_sent(&out), [(1001, 1000, Reason::SackRetransmit)]);
    let view = cc_view(ep);
    assert!(view.recovery);
    assert_eq!((view.cwnd, view.ssthresh), (5000, 5000));
    // pipe: 1001 resent (1000) + 3001 not yet lost (1000) + 6001..11001.
    assert_eq!(ep.pipe(), Some(7000));
}

#[test]
fn sack_recovery_lost_starts_before_three_duplicate_acks() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    // One ACK SACKs three segments above SND.UNA: 3000 > 2·SMSS.
    let out = sack_ack(ep, 1001, &[(2001, 5001)], 400);
    assert!(rules(&out).contains(&Rule::SackRecoveryLost));
    assert_eq!(cc_view(ep).dupacks, 1);
    assert_eq!(data_sent(&out), [(1001, 1000, Reason::SackRetransmit)]);
}

#[test]
fn sack_retransmit_lost_sends_the_second_hole_in_the_same_round_trip() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    two_holes(ep, 6001);
    // 6001 SACKed: 3001 is lost now (3000 SACKed above it), pipe = 1000
    // (1001 resent) + 7001..11001 = 5000 = cwnd: nothing goes yet.
    let out = sack_ack(ep, 1001, &[(4001, 7001), (2001, 3001)], 430);
    assert!(notes(&out).contains(&Note::SackRecoveryAck {
        pipe: 5000,
        recovery_point: Seq::own(SeqNum(11_000))
    }));
    assert!(data_sent(&out).is_empty());
    // 7001 SACKed: pipe 4000, room for 3001.
    let out = sack_ack(ep, 1001, &[(4001, 8001), (2001, 3001)], 440);
    assert_eq!(data_sent(&out), [(3001, 1000, Reason::SackRetransmit)]);
    assert!(notes(&out).contains(&Note::SackRetransmitLost {
        seq: Seq::own(SeqNum(3001)),
        len: 1000,
        pipe: 5000
    }));
}

#[test]
fn sack_retransmit_unsacked_then_sack_rescue_when_nothing_lost_is_left() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    // 2001..5001 SACKed at once: recovery by IsLost; 1001 goes again.
    sack_ack(ep, 1001, &[(2001, 5001)], 400);
    // ACK 9001, 10001..11001 SACKed: RecoveryPoint (11000) not covered.
    // The hole 9001..10001 is not lost (1000 SACKed above it), no new
    // data waits: rule (3) resends it (pipe 1000 + 1000 resent), then
    // the one rescue retransmission goes (rule (4), HighACK 9000 >
    // RescueRxt 2000) and ends the choices.
    let out = sack_ack(ep, 9001, &[(10_001, 11_001)], 500);
    let picked: Vec<Note> = notes(&out)
        .into_iter()
        .filter(|n| matches!(n.rule(), Rule::SackRetransmitUnsacked | Rule::SackRescue))
        .collect();
    assert_eq!(
        picked,
        [
            Note::SackRetransmitUnsacked {
                seq: Seq::own(SeqNum(9001)),
                len: 1000,
                pipe: 2000
            },
            Note::SackRescue {
                seq: Seq::own(SeqNum(9001)),
                len: 1000
            }
        ]
    );
    assert!(cc_view(ep).recovery);
}

#[test]
fn sack_recovery_ends_when_the_ack_covers_recovery_point() {
    let ep = &mut ten_out(CongestionControl::Reno);
    two_holes(ep, 6001);
    let out = sack_ack(ep, 11_001, &[], 600);
    assert!(notes(&out).contains(&Note::SackRecoveryEnds { cwnd: 5000 }));
    let view = cc_view(ep);
    assert!(!view.recovery);
    assert_eq!(ep.pipe(), Some(0));
    assert_eq!(ep.sack_view().map(|s| s.sacked_bytes), Some(0));
}

#[test]
fn sack_timeout_clears_the_sacked_marks_and_holds_recovery_until_recovery_point() {
    let ep = &mut ten_out(CongestionControl::NewReno);
    sack_ack(ep, 1001, &[(2001, 3001)], 400);
    assert_eq!(ep.sack_view().map(|s| s.sacked_bytes), Some(1000));
    let due = ep.poll_timeout().expect("retransmission timer");
    ep.on_timeout(due);
    let out = ep.take_outputs();
    assert!(notes(&out).contains(&Note::SackTimeout {
        cleared: 1000,
        recovery_point: Seq::own(SeqNum(11_000))
    }));
    assert_eq!(ep.sack_view().map(|s| s.sacked_bytes), Some(0));
    assert!(!cc_view(ep).recovery);
    // SACKs that would start recovery now do not, below RecoveryPoint.
    let at = due.as_millis() + 10;
    let out = sack_ack(ep, 1001, &[(2001, 5001)], at);
    assert!(notes(&out).contains(&Note::SackRecoveryHeld {
        recovery_point: Seq::own(SeqNum(11_000))
    }));
    assert!(!cc_view(ep).recovery);
}

#[test]
fn without_sack_the_sender_recovers_as_newreno() {
    let ep = &mut sender(CongestionControl::NewReno, false);
    ep.take_outputs();
    ep.call(Call::Send(vec![b'x'; 4000]), ms(300));
    ep.take_outputs();
    for at in [400, 410] {
        sack_ack(ep, 1001, &[], at);
    }
    let out = sack_ack(ep, 1001, &[], 420);
    assert!(rules(&out).contains(&Rule::FastRetransmit));
}

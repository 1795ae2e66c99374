//! A failed check's words in the checker's English are those it had
//! before checks returned typed mismatches: every kind of check, every
//! way it can fail (the texts below were taken from the checker as it was).

use tcp_engine::scenario::{check_all, parse, Mismatch};

/// (scenario, line, what the checker said).
const SAID: &[(&str, usize, &str)] = &[
        ("expect server TIME-WAIT\n", 1, "expected server TIME-WAIT, found CLOSED"),
        ("set client.isn 1000\nexpect client snd.nxt=client.iss+2\n", 2, "expected client snd.nxt=2 (client.iss+2), found 0"),
        ("expect client snd.una=7\n", 1, "expected client snd.una=7 (7), found 0"),
        ("server listen\nclient connect\nrun\nclient send \"hey\"\nrun\nexpect server received \"hi\"\nexpect server received 4\n", 6, "expected server received \"hi\", found \"hey\""),
        ("server listen\nclient connect\nrun\nclient send \"hey\"\nrun\nexpect server received \"hi\"\nexpect server received 4\n", 7, "expected server received 4 bytes, found 3 bytes"),
        ("set server.autoread off\nserver listen\nclient connect\nrun\nclient send \"hey\"\nrun\nexpect server buffered 2\n", 7, "expected server buffered 2 bytes, found 3 bytes"),
        ("expect client signal \"connection reset\"\n", 1, "expected client signal \"connection reset\", found no signal"),
        ("client send \"x\"\nexpect client signal \"connection reset\"\n", 2, "expected client signal \"connection reset\", found only \"connection does not exist\""),
        ("server listen\nclient connect\nexpect wire empty\n", 3, "expected wire empty, found 1 in flight (oldest: client>server SYN seq=430221860 ack=0 win=65535 len=0)"),
        ("server listen\nclient connect\nexpect wire count 3\n", 3, "expected wire count 3, found 1"),
        ("expect wire 2 SYN seq=5\n", 1, "expected a segment number 2 SYN seq=5, found the wire empty"),
        ("server listen\nclient connect\nexpect wire client>server 2 SYN\n", 3, "expected a segment client>server number 2 SYN, found only 1 in flight"),
        ("set client.isn 1000\nserver listen\nclient connect\nexpect wire client>server SYN,ACK seq=client.iss ack=4 win=5 len=0 data=\"a\"\n", 4, "expected client>server SYN,ACK seq=1000 ack=4 win=5 len=0 data=\"a\", found client>server SYN seq=1000 ack=0 win=65535 len=0 (the flags differs)"),
        ("set client.isn 1000\nserver listen\nclient connect\nexpect wire client>server SYN seq=client.iss+1\n", 4, "expected client>server SYN seq=1001, found client>server SYN seq=1000 ack=0 win=65535 len=0 (seq differs)"),
        ("set client.isn 1000\nserver listen\nclient connect\nexpect wire SYN win=3\n", 4, "expected client>server SYN win=3, found client>server SYN seq=1000 ack=0 win=65535 len=0 (win differs)"),
        ("set client.isn 1000\nserver listen\nclient connect\nexpect wire SYN len=3\n", 4, "expected client>server SYN len=3, found client>server SYN seq=1000 ack=0 win=65535 len=0 (len differs)"),
        ("set client.isn 1000\nserver listen\nclient connect\nexpect wire SYN mss=100\n", 4, "expected client>server SYN, found client>server SYN seq=1000 ack=0 win=65535 len=0 (options differs)"),
        ("set client.auto off\nserver listen\nclient connect\nexpect outbox client empty\n", 4, "expected outbox client empty, found 1 waiting (first: SYN seq=430221860 ack=0 win=65535 len=0)"),
        ("set client.auto off\nexpect outbox client 1 SYN\n", 2, "expected outbox client segment 1 SYN, found 0 waiting"),
        ("set client.auto off\nserver listen\nclient connect\nexpect outbox client 1 ACK\n", 4, "expected outbox client 1 ACK, found SYN seq=430221860 ack=0 win=65535 len=0 (the flags differs)"),
        ("server listen\nclient connect\nrun\nclient send \"hey\"\nexpect wire client>server ACK,PSH data=\"hex\"\n", 5, "expected client>server PSH,ACK data=\"hex\", found client>server PSH,ACK seq=430221861 ack=2693496339 win=65535 len=3 data=\"hey\" (data differs)"),
        ("expect time 3s\n", 1, "expected time 3s, found 0ms"),
        ("advance 1500ms\nexpect time 3s\n", 2, "expected time 3s, found 1500ms"),
        ("expect client rule \"window-probe\"\n", 1, "expected client rule \"window-probe\", found that its TCP never applied it"),
        ("expect goal\n", 1, "expected goals to check, found no goal before this line"),
        ("goal server LISTEN\nexpect goal\n", 2, "goal not reached: expected server LISTEN, found CLOSED"),
        ("goal server LISTEN\nexpect goal\n", 1, "goal not reached: expected server LISTEN, found CLOSED"),
        ("goal server LISTEN\n", 1, "goal not reached: expected server LISTEN, found CLOSED"),
        ("deliver\n", 1, "no segment number 1 is in flight"),
];

#[test]
fn a_failed_check_reads_as_it_always_did() {
    for &(text, line, said) in SAID {
        let report = check_all(&parse(text).unwrap());
        let failed: Vec<_> = report
            .checks
            .iter()
            .filter_map(|c| c.outcome.as_ref().err().map(|m| (c.line, m.to_string())))
            .collect();
        assert!(
            failed.contains(&(line, said.to_string())),
            "{text:?}: {failed:?}"
        );
    }
}

#[test]
fn a_failed_check_is_typed() {
    let first = |text: &str| {
        check_all(&parse(text).unwrap())
            .checks
            .into_iter()
            .find_map(|c| c.outcome.err())
            .unwrap()
    };
    assert!(matches!(
        first("expect server TIME-WAIT\n"),
        Mismatch::State {
            found: tcp_engine::State::Closed,
            ..
        }
    ));
    assert!(matches!(
        first("goal server LISTEN\nexpect goal\n"),
        Mismatch::Goal(why) if matches!(*why, Mismatch::State { .. })
    ));
    assert!(matches!(
        first("deliver\n"),
        Mismatch::Refused {
            cause: Some(tcp_engine::sim::SimError::NoSuchSegment(_)),
            ..
        }
    ));
}

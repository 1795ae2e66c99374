#!/usr/bin/env bash
# Makes the capture fixtures in engine/tests/captures/ from real Linux TCP:
# two network namespaces joined by a veth pair, a server and a client in
# them, and tcpdump (Ethernet, and Linux cooked SLL and SLL2) or dumpcap
# (pcapng) recording what crosses. Needs root, iproute2, tcpdump,
# dumpcap/editcap, nft and ethtool (Debian: tcpdump, tshark, nftables,
# ethtool), python3
# and curl. The fixtures are committed; run this only to make them again.
set -euo pipefail
cd "$(dirname "$0")/.."
out=engine/tests/captures
mkdir -p "$out"
cli=tcpcap-cli srv=tcpcap-srv
cleanup() {
  pkill -f 'tcpdump .*engine/tests/captures' 2>/dev/null || true
  ip netns pids $srv 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns del $cli 2>/dev/null || true; ip netns del $srv 2>/dev/null || true
}
trap cleanup EXIT
cleanup
ip netns add $cli && ip netns add $srv
ip link add veth-cli netns $cli type veth peer name veth-srv netns $srv
ip -n $cli addr add 10.77.0.1/24 dev veth-cli && ip -n $cli link set veth-cli up && ip -n $cli link set lo up
ip -n $srv addr add 10.77.0.2/24 dev veth-srv && ip -n $srv link set veth-srv up && ip -n $srv link set lo up
ip -n $cli addr add fd77::1/64 dev veth-cli nodad && ip -n $srv addr add fd77::2/64 dev veth-srv nodad
in_cli() { ip netns exec $cli "$@"; }
in_srv() { ip netns exec $srv "$@"; }

# Records what `$2...` does on the client's side into $1 (tcpdump, link
# type $LINK: EN10MB on the veth, LINUX_SLL or LINUX_SLL2 on "any").
record() {
  local file=$1; shift
  local iface=veth-cli; [ "${LINK:-EN10MB}" = EN10MB ] || iface=any
  # Started directly (not through in_cli) so that $! is tcpdump itself.
  ip netns exec $cli tcpdump -q -i $iface -y "${LINK:-EN10MB}" -s "${SNAP:-262144}" -U -w "$out/$file" 'tcp' 2>/dev/null &
  local dump=$!
  sleep 1
  "$@" || true
  sleep 1.5
  kill $dump; wait $dump 2>/dev/null || true
  # The kernel's own view of each socket it still has (one gone is
  # CLOSED), for the test that compares the inferred final states.
  { in_cli ss -tanH | sed 's/^/client /'; in_srv ss -tanH | sed 's/^/server /'; } |
    grep -v LISTEN > "$out/$file.ss" || true
}

# A small web server in the server's namespace.
ip netns exec $srv python3 -m http.server 8080 --bind 10.77.0.2 >/dev/null 2>&1 &
sleep 1
curl_page() { in_cli curl -s -o /dev/null http://10.77.0.2:8080/; }

record curl-ethernet.pcap curl_page
ip netns exec $srv python3 -m http.server 8083 --bind fd77::2 >/dev/null 2>&1 &
sleep 1
record curl-ipv6.pcap in_cli curl -s -g -o /dev/null 'http://[fd77::2]:8083/'
LINK=LINUX_SLL record curl-sll.pcap curl_page
LINK=LINUX_SLL2 record curl-sll2.pcap curl_page
editcap -F pcapng "$out/curl-ethernet.pcap" "$out/curl-ethernet.pcapng"
# A snap length of 100: the headers are whole, the data cut short.
SNAP=100 record curl-snaplen.pcap curl_page

# Nobody listens on port 9: the server's kernel answers with RST,ACK.
record closed-port.pcap in_cli curl -s --max-time 2 http://10.77.0.2:9/

# ABORT: SO_LINGER 0 makes close() send a RST.
py_client() { in_cli python3 -c "$1"; }
record abort.pcap py_client '
import socket, struct, time
s = socket.create_connection(("10.77.0.2", 8080)); time.sleep(0.2)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); s.close()'

# Half-close: the client shuts its sending side, then reads the answer.
record half-close.pcap py_client '
import socket
s = socket.create_connection(("10.77.0.2", 8080))
s.sendall(b"GET / HTTP/1.0\r\n\r\n"); s.shutdown(socket.SHUT_WR)
while s.recv(4096): pass
s.close()'

# Simultaneous close: each side's first FIN is lost after the capture saw
# it (nftables drops the first FIN each host receives), so both send FIN
# before either hears the other's, and their second FINs cross.
for end in "$cli sport" "$srv dport"; do
  set -- $end
  ip netns exec $1 nft add table inet simul
  ip netns exec $1 nft add chain inet simul in '{ type filter hook input priority 0; }'
  ip netns exec $1 nft add rule inet simul in tcp $2 8082 'tcp flags & fin == fin' numgen inc mod 1000 == 0 drop
done
ip netns exec $srv timeout 20 python3 -c '
import socket, time
l = socket.create_server(("10.77.0.2", 8082)); c, _ = l.accept()
c.recv(16); time.sleep(0.01); c.shutdown(socket.SHUT_WR)
while c.recv(64): pass
time.sleep(1); c.close()' &
sleep 0.5
record simultaneous-close.pcap py_client '
import socket, time
s = socket.create_connection(("10.77.0.2", 8082)); s.send(b"go")
s.shutdown(socket.SHUT_WR)
while s.recv(64): pass
time.sleep(1); s.close()'
for ns in $cli $srv; do ip netns exec $ns nft delete table inet simul; done

# Loss: every seventh of the server's packets is dropped by the client's
# host after the capture saw it (an nftables rule; where the kernel has it,
# `tc qdisc ... netem loss 20%` loses at random instead), so the capture
# shows each lost segment and its retransmission.
in_cli nft add table inet lossy
in_cli nft add chain inet lossy in '{ type filter hook input priority 0; }'
in_cli nft add rule inet lossy in tcp sport 8081 numgen inc mod 7 == 3 counter drop
# Segments of one MSS each (no offloads merging them), so that there are
# enough to lose.
in_srv ethtool -K veth-srv tso off gso off >/dev/null
in_srv dd if=/dev/urandom of=/tmp/tcpcap-big.bin bs=1k count=50 status=none
ip netns exec $srv timeout 60 python3 -c '
import socket
d = open("/tmp/tcpcap-big.bin", "rb").read()
l = socket.create_server(("10.77.0.2", 8081)); c, _ = l.accept(); c.sendall(d); c.close()' &
sleep 0.5
record lossy.pcap in_cli timeout 60 python3 -c '
import socket
s = socket.create_connection(("10.77.0.2", 8081))
while s.recv(65536): pass
s.close()'
in_cli nft list table inet lossy | grep -o "counter packets [0-9]*" || true
in_cli nft delete table inet lossy
ls -l "$out"

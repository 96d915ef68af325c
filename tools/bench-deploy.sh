#!/usr/bin/env bash
# Deploying a model to a board on loopback (docs/benchmarks.md section 23): a private OpenSSH sshd
# on a free port, then ROUNDS rounds of: MEDLI's upload of all-MiniLM-L6-v2 (90 MB) into an empty
# folder and the same upload again (nothing to send), each with its connection, in a fresh JVM with
# the command line's options - without and with its AOT cache (made once, first, as ./medli does),
# and C1-only as ./medli ran before; beside it the peer, OpenSSH's own sftp client putting the same
# file (and sha256sum on the board, which MEDLI does too).
# Usage: tools/bench-deploy.sh [ROUNDS]   (needs a build: tools/build.sh; root for sshd)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_find_jdk
medli_ensure_apt openssh-server openssh-client
root="$medli_root"
rounds="${1:-5}"
model="$root/build/models/all-minilm-l6-v2.onnx"
product="$root/product/target/products/io.medli.product/linux/gtk/x86_64/medli-studio/plugins"
[ -d "$product" ] || bash "$here/build.sh"
d="$(mktemp -d)"
cleanup() { [ -f "$d/sshd.pid" ] && kill "$(cat "$d/sshd.pid")" 2>/dev/null; rm -rf "$d"; }
trap cleanup EXIT
medli_loopback_sshd "$d"
port=$medli_sshd_port
echo "[127.0.0.1]:$port $(cat "$d/host_key.pub" | cut -d' ' -f1-2)" >"$d/known_hosts"
bench_jar=$(ls "$root"/plugins/io.medli.benchmarks/target/io.medli.benchmarks-*.jar | grep -v sources | head -n1)
cp="$bench_jar"
for b in io.medli.remote io.medli.agent io.medli.onnx org.apache.sshd.osgi org.apache.sshd.sftp slf4j.api slf4j.nop bcprov bcutil com.google.gson; do
  cp="$cp:$(ls "$product"/${b}_*.jar | head -n1)"; done
ssh_opts=(-o "UserKnownHostsFile=$d/known_hosts" -o StrictHostKeyChecking=yes -o BatchMode=yes -i "$d/user_key" -P "$port")
jvm=(-Xmx4g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED)
run() { # JVM options..., then the round's upload in a fresh JVM; prints DeployBenchmark's line
  rm -rf "$d/board" && mkdir -p "$d/board"
  "$JAVA_HOME/bin/java" "${jvm[@]}" "$@" -cp "$cp" io.medli.benchmarks.DeployBenchmark 127.0.0.1 "$port" "$(id -un)" "$d/user_key" "$d/known_hosts" "$d/board/m" "$model"
}
# the AOT cache as ./medli makes it: one recorded run, then the cache made from it
run -XX:AOTMode=record -XX:AOTConfiguration="$d/deploy.aotconf" -Xlog:aot=off -Xlog:cds=off >/dev/null
"$JAVA_HOME/bin/java" "${jvm[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$d/deploy.aotconf" -XX:AOTCache="$d/deploy.aot" -Xlog:aot=off -Xlog:cds=off \
  -cp "$cp" >/dev/null 2>&1
for r in $(seq "$rounds"); do
  plain=$(run)
  aot=$(run -XX:AOTCache="$d/deploy.aot" -Xlog:aot=off -Xlog:cds=off)
  c1=$(run -XX:TieredStopAtLevel=1)
  rm -rf "$d/board" && mkdir -p "$d/board"
  t0=$(date +%s.%N)
  echo "put $model $d/board/peer.onnx" | sftp -q "${ssh_opts[@]}" -b - "$(id -un)@127.0.0.1" >/dev/null
  ssh -o "UserKnownHostsFile=$d/known_hosts" -o BatchMode=yes -i "$d/user_key" -p "$port" "$(id -un)@127.0.0.1" sha256sum "$d/board/peer.onnx" >/dev/null
  peer=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}')
  echo "round $r: medli $plain"
  echo "round $r: medli with AOT cache $aot"
  echo "round $r: medli C1 only $c1"
  echo "round $r: OpenSSH: sftp put + sha256sum $peer s"
done

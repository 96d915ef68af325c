#!/usr/bin/env bash
# The edge agent's harness overhead (docs/benchmarks.md section 22): its p50 on all-MiniLM-L6-v2
# (float, 90 MB; sequence 128) against a bare ONNX Runtime loop with the same settings, each in a
# fresh JVM, alternating, ROUNDS rounds; and the spread of the agent's p50 from run to run.
# Usage: tools/bench-agent.sh [ROUNDS] [THREADS]   (needs a build: tools/build.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_find_jdk
root="$medli_root"
rounds="${1:-5}" threads="${2:-2}" seq=128 warmup=20 iterations=300
model="$root/build/models/all-minilm-l6-v2.onnx"
product="$root/product/target/products/io.medli.product/linux/gtk/x86_64/medli-studio/plugins"
[ -d "$product" ] || bash "$here/build.sh"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
"$root/medli" agent "$out/board" >/dev/null
bench_jar=$(ls "$root"/plugins/io.medli.benchmarks/target/io.medli.benchmarks-*.jar | grep -v sources | head -n1)
java=("$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED)
agent_p50s=() bare_p50s=()
agent() {
  "${java[@]}" -jar "$out/board/medli-agent.jar" bench "$model" --dim sequence_length=$seq --dim batch_size=1 --threads "$threads" \
      --warmup $warmup --iterations $iterations --warm-loads 0 --keep-outputs 0 --out "$out/r$1.json" 2>/dev/null
  python3 -c "import json,sys; print('%.4f' % json.load(open(sys.argv[1]))['runs'][0]['latency']['p50Ms'])" "$out/r$1.json"
}
bare() {
  "${java[@]}" -cp "$bench_jar:$out/board/onnxruntime.jar" io.medli.benchmarks.BareOrtLoop "$model" $seq "$threads" $warmup $iterations | awk '{print $3}'
}
for r in $(seq "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then a=$(agent "$r"); b=$(bare); else b=$(bare); a=$(agent "$r"); fi # ABBA: neither always goes first
  echo "round $r: agent p50 $a ms, bare loop p50 $b ms"
  agent_p50s+=("$a") bare_p50s+=("$b")
done
python3 - "${agent_p50s[*]}" "${bare_p50s[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]; b = [float(x) for x in sys.argv[2].split()]
ma, mb = statistics.median(a), statistics.median(b)
print("median p50: agent %.4f ms, bare loop %.4f ms, agent/bare %.4f (overhead %+.2f %%)" % (ma, mb, ma / mb, (ma / mb - 1) * 100))
print("per-round ratios: " + " ".join("%.4f" % (x / y) for x, y in zip(a, b)))
print("agent p50 spread: (max - min) / median %.2f %%, coefficient of variation %.2f %%" % ((max(a) - min(a)) / ma * 100,
      (statistics.stdev(a) / statistics.mean(a) * 100) if len(a) > 1 else 0))
PY

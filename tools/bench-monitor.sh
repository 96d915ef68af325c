#!/usr/bin/env bash
# Monitoring's cost on inference in the agent (docs/benchmarks.md section 28): the catalog's CNN
# (width 16, trained one epoch on 2,000 Fashion-MNIST images) served by `medli-agent serve` on
# 2,000 Fashion-MNIST test images, without a profile and with one (chunks of 250), ROUNDS times
# interleaved, one thread. Each answer's withMonitoringMs is the model plus the watching of it.
# Usage: tools/bench-monitor.sh [ROUNDS]   (needs a build: tools/build.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist openjdk-17-jre-headless python3-numpy
root="$medli_root"
rounds="${1:-3}"
data=/usr/share/datasets/fashion-mnist
d="$(mktemp -d)"
trap 'rm -rf "$d"' EXIT
export MEDLI_AOT=0
"$root/medli" train --data "$data" --student cnn --param width=16 --epochs 1 --per-class 200 --threads 2 --seed 1 --out "$d/cnn.onnx" >/dev/null 2>&1
"$root/medli" monitor profile "$d/cnn.onnx" --data "$data" --limit 5000 --chunk 250 --out "$d/profile.json" >/dev/null
"$root/medli" agent "$d/agent" >/dev/null
/usr/bin/python3 - "$data" "$d/requests.jsonl" <<'PY'
import gzip, json, sys, os
import numpy as np
data, out = sys.argv[1], sys.argv[2]
path = os.path.join(data, "t10k-images-idx3-ubyte")
raw = open(path, "rb").read() if os.path.exists(path) else gzip.open(path + ".gz").read()
images = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 784)[5000:7000] / 255.0
with open(out, "w") as f:
    for i, x in enumerate(images):
        f.write(json.dumps({"id": str(i), "input": [round(float(v), 4) for v in x]}) + "\n")
PY
java17=$(ls -d /usr/lib/jvm/java-17-openjdk-*/bin/java | head -n1)
for r in $(seq "$rounds"); do
  for mode in plain monitored; do
    args=()
    [ "$mode" = monitored ] && args=(--profile "$d/profile.json" --telemetry "$d/t-$r.jsonl")
    "$java17" -jar "$d/agent/medli-agent.jar" serve "$d/cnn.onnx" --threads 1 "${args[@]}" <"$d/requests.jsonl" >"$d/answers-$mode-$r.jsonl" 2>/dev/null
    /usr/bin/python3 - "$d/answers-$mode-$r.jsonl" "$mode" "$r" <<'PY'
import json, sys, statistics
rows = [json.loads(l) for l in open(sys.argv[1])]
rows = rows[200:]  # after the JIT's warm-up
m = [r["withMonitoringMs"] for r in rows]
q = statistics.quantiles(m, n=100)
print(f"round {sys.argv[3]} {sys.argv[2]:9s}: {len(rows)} answers, model+monitoring p50 {statistics.median(m):.4f} ms, p99 {q[98]:.4f} ms, "
      f"model alone p50 {statistics.median([r['latencyMs'] for r in rows]):.4f} ms")
PY
  done
done
echo "telemetry reports: $(cat "$d"/t-*.jsonl | wc -l), alerts: $(grep -c '"alerts":\["' "$d"/t-*.jsonl | awk -F: '{s+=$2} END {print s}')"

#!/usr/bin/env bash
# Recipe runner against the same steps typed on the command line (docs/benchmarks.md section 20,
# issue 15): M-LSD tiny to static int8 on 6 calibration images, its fidelity on 3 others and its
# latency beside the float model (20 rounds of 3 runs each).
#   by hand:   medli quantize --static, then medli compare (fidelity + latency)
#   recipe:    medli recipe run on Quantize + Evaluate + Benchmark (runs/ removed first: every step runs)
#   rerun:     medli recipe run again, nothing changed (every step reused)
# REPS rounds, the three alternating so that each sees the same machine state; medians reported.
# The runner's own overhead is also read from inside: the recipe's wall time in run.json minus the
# seconds its steps report.
# Usage: tools/bench-recipe.sh [REPS]   (default 5; about 4 minutes on 2 cores). MEDLI may name another medli.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
bash "$root/tools/fetch-models.sh" >/dev/null
reps="${1:-5}"
medli=(${MEDLI:-"$root/medli"})
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/build/models/mlsd_320x320_tiny.onnx" "$work/tiny.onnx"
mkdir -p "$work/cal" "$work/val"
i=0
for f in $(ls "$root/build/data/images/ukui" | sort | head -n 9); do
  if [ $i -lt 6 ]; then cp "$root/build/data/images/ukui/$f" "$work/cal/"; else cp "$root/build/data/images/ukui/$f" "$work/val/"; fi
  i=$((i + 1))
done
cat >"$work/r.medlirecipe" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<recipe:Recipe xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:recipe="http://medli.io/recipe" formatVersion="1" name="M-LSD tiny int8" sourceModel="tiny.onnx">
  <dataSets path="cal" scale="1"/>
  <dataSets role="validation" path="val" scale="1"/>
  <target threads="2"/>
  <steps xsi:type="recipe:QuantizeStep" name="int8" mode="static"/>
  <steps xsi:type="recipe:EvaluateStep" name="fidelity"/>
  <steps xsi:type="recipe:BenchmarkStep" name="speed" rounds="20" warmup="3"/>
</recipe:Recipe>
XML
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}'; }
declare -a hand recipe rerun inside
cd "$work"
for r in $(seq 1 "$reps"); do
  t=$(now)
  "${medli[@]}" quantize tiny.onnx --static --data cal --scale 1 --out int8.onnx >/dev/null 2>>log.txt
  "${medli[@]}" compare tiny.onnx int8.onnx --data val --scale 1 --threads 2 --rounds 20 >/dev/null 2>>log.txt
  hand+=("$(since "$t")")
  rm -rf runs
  t=$(now)
  "${medli[@]}" recipe run r.medlirecipe >/dev/null 2>>log.txt
  recipe+=("$(since "$t")")
  run="$(ls -d runs/*/ | head -n1)"
  inside+=("$(python3 - "$run/run.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
steps = sum(s["seconds"] for s in r["steps"])
print("%.3f %.3f" % (r["seconds"], steps))
PY
)")
  t=$(now)
  out="$("${medli[@]}" recipe run r.medlirecipe 2>>log.txt)"
  rerun+=("$(since "$t")")
  echo "$out" | grep -q "3 reused\|reused 3\|(3 reused)" || { echo "the rerun ran a step again:"; echo "$out"; exit 1; }
  echo "round $r: by hand ${hand[-1]} s, recipe ${recipe[-1]} s (run.json: total, steps ${inside[-1]}), unchanged rerun ${rerun[-1]} s" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
h=$(median "${hand[@]}"); c=$(median "${recipe[@]}"); u=$(median "${rerun[@]}")
o=$(for x in "${inside[@]}"; do echo "$x" | awk '{printf "%.2f\n", ($1 - $2) / $1 * 100}'; done)
echo "medians of $reps rounds: by hand $h s, recipe $c s (ratio $(awk -v a="$c" -v b="$h" 'BEGIN {printf "%.3f", a / b}')), unchanged rerun $u s"
echo "runner overhead inside the recipe run (total - steps) / total, per round: $(echo $o)"

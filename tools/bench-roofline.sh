#!/usr/bin/env bash
# The roofline on this machine (docs/benchmarks.md section 25): the catalog's CNN at widths 16 and
# 32 (trained one epoch on part of Fashion-MNIST: the weights' values do not change the time) and
# M-LSD tiny, each in float and static int8 (QDQ, calibrated), and all-MiniLM-L6-v2 float and its
# dynamic int8: `medli roofline` on each, ROUNDS times, interleaved; each at ONNX Runtime's default threads (all cores:
# peaks and model) and on one core (--threads 1: peaks and model).
# Usage: tools/bench-roofline.sh [ROUNDS]   (needs a build: tools/build.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist
root="$medli_root"
rounds="${1:-3}"
data=/usr/share/datasets/fashion-mnist
d="$(mktemp -d)"
trap 'rm -rf "$d"' EXIT
medli=("$root/medli")
MEDLI_AOT=0 # no cache made in the background while the figures are taken
export MEDLI_AOT
for w in 16 32; do
  "${medli[@]}" train --data "$data" --student cnn --param width=$w --epochs 1 --per-class 200 --threads 2 --seed 1 --out "$d/cnn$w.onnx" >/dev/null 2>&1
  "${medli[@]}" quantize "$d/cnn$w.onnx" --static --data "$data" --out "$d/cnn$w-int8.onnx" >/dev/null 2>&1
done
"${medli[@]}" quantize "$root/build/models/mlsd_320x320_tiny.onnx" --static --data "$root/build/data/images/ukui" --out "$d/mlsd-int8.onnx" >/dev/null 2>&1
models=("$d/cnn16.onnx" "$d/cnn16-int8.onnx" "$d/cnn32.onnx" "$d/cnn32-int8.onnx" "$root/build/models/mlsd_320x320_tiny.onnx" "$d/mlsd-int8.onnx"
  "$root/build/models/all-minilm-l6-v2.onnx" "$root/build/models/all-minilm-l6-v2-q.onnx")
for r in $(seq "$rounds"); do
  for m in "${models[@]}"; do
    for t in 0 1; do
      echo "== round $r: $(basename "$m"), threads $t"
      "${medli[@]}" roofline "$m" --threads $t --dim batch=1 --dim batch_size=1 --dim sequence_length=128 --iterations 100 --top 3 2>&1 | grep -v AOTConfiguration
    done
  done
done

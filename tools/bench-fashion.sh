#!/usr/bin/env bash
# Fashion-MNIST distillation benchmark (docs/benchmarks.md section 12): a teacher CNN, then a
# student of under 100k parameters trained with and without the teacher, on 3 seeds each.
# Usage: tools/bench-fashion.sh [OUT_DIR]   (about 90 minutes on 2 cores: the teacher takes 40, each student 8)
# MEDLI may name another medli command line (default: ./medli, which builds on first use).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist
out="${1:-$root/build/bench-fashion-w48}"  # a folder per setup: finished runs in it are not redone
mkdir -p "$out"
medli=(${MEDLI:-"$root/medli"})
data=/usr/share/datasets/fashion-mnist
common=(--data "$data" --threads 2 --batch 64)
# the teacher is regularized (dropout 0.2 by default, augmentation); the small student underfits with either
teacher=(--student cnn --param width=48 --param convs=2 --augment flip,crop=2 --epochs 20)
student=(--student cnn --param width=16 --param convs=2 --param dropout=0 --epochs 20)

if [ ! -f "$out/teacher.onnx" ]; then
  "${medli[@]}" train "${common[@]}" "${teacher[@]}" --seed 1 --out "$out/teacher.onnx" 2>&1 | tee "$out/teacher.log"
fi
for seed in 1 2 3; do
  [ -f "$out/plain-$seed.onnx" ] || "${medli[@]}" train "${common[@]}" "${student[@]}" --seed "$seed" \
      --out "$out/plain-$seed.onnx" 2>&1 | tee "$out/plain-$seed.log"
  [ -f "$out/distilled-$seed.onnx" ] || "${medli[@]}" distill "${common[@]}" "${student[@]}" --seed "$seed" \
      --teacher "$out/teacher.onnx" --temperature 4 --alpha 0.9 --out "$out/distilled-$seed.onnx" 2>&1 | tee "$out/distilled-$seed.log"
done
grep -h "^wrote" "$out"/*.log

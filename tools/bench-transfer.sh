#!/usr/bin/env bash
# Transfer learning with few labels (docs/benchmarks.md section 13): 100 labelled Fashion-MNIST
# images per class; M-LSD large's MobileNetV2 backbone cut after block 5 with a new linear head,
# (a) frozen, (b) fine-tuned from its pretrained weights, (c) the same network trained from scratch;
# 3 seeds each, accuracy on the 10,000 test images.
# Usage: tools/bench-transfer.sh [OUT_DIR]   (about 15 minutes on 2 cores)
# MEDLI may name another medli command line (default: ./medli).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist
bash "$root/tools/fetch-models.sh" >/dev/null
out="${1:-$root/build/bench-transfer}"
mkdir -p "$out"
medli=(${MEDLI:-"$root/medli"})
common=(--backbone "$root/build/models/mlsd_320x320_large.onnx" --cut "WireFrameModel_with_alpha/block_5_add/add:0"
        --backbone-size 32x32 --backbone-scale 255 --student linear --data /usr/share/datasets/fashion-mnist
        --per-class 100 --epochs 30 --threads 2 --cache "$out/cache")
for mode in frozen pretrained scratch; do
  for seed in 1 2 3; do
    [ -f "$out/$mode-$seed.onnx" ] || "${medli[@]}" finetune "${common[@]}" --backbone-training "$mode" --seed "$seed" \
        --out "$out/$mode-$seed.onnx" 2>&1 | tee "$out/$mode-$seed.log"
  done
done
grep -h "^wrote" "$out"/*.log

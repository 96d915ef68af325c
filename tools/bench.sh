#!/usr/bin/env bash
# Benchmarks behind docs/benchmarks.md. Needs a build (tools/build.sh) and the models
# (tools/fetch-models.sh). Usage: tools/bench.sh parse|external [GiB]|inspect|layout|figures|editor|quantize|static [METHOD [BUDGET_DB]]|all
#        tools/bench.sh channels [CALIBRATION_DIR TEST_DIR]   (PP-OCRv4 det: where int8 loses its output, section 19)
#        tools/bench.sh lossmap CALIBRATION_DIR TEST_DIR pt|pc|both|wLEVELS [MODEL]   (PP-OCRv4 det: int8 loss of each tensor alone)
#        tools/bench.sh lines IMAGES THRESHOLD REFERENCE.onnx [LABEL=]MODEL.onnx...   (M-LSD models side by side)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_find_jdk
root="$medli_root"
models="$root/build/models"
product="$root/product/target/products/io.medli.product/linux/gtk/x86_64/medli-studio/plugins"
[ -d "$product" ] || bash "$here/build.sh"
bench_jar=$(ls "$root"/plugins/io.medli.benchmarks/target/io.medli.benchmarks-*.jar | grep -v sources | head -n1)
cp="$bench_jar:$(ls "$product"/io.medli.onnx_*.jar):$(ls "$product"/io.medli.runtime_*.jar):$(ls "$product"/com.microsoft.onnxruntime_*.jar)"
java=("$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -cp "$cp")
what="${1:-all}"
case "$what" in parse|all)
  for m in all-minilm-l6-v2.onnx mlsd_320x320_large.onnx; do
    "${java[@]}" io.medli.benchmarks.ParseBenchmark "$models/$m" 30; echo; done ;; esac
case "$what" in external|all)
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  "${java[@]}" -Xmx256m io.medli.benchmarks.ExternalDataBenchmark "$tmp" "${2:-1.0}"; echo ;; esac
case "$what" in layout|all)
  dtests=$(ls "$root"/plugins/io.medli.diagram.tests/target/io.medli.diagram.tests-*.jar 2>/dev/null | head -n1)
  [ -n "$dtests" ] || { echo "layout needs the test fragment's jar: run tools/test.sh first"; exit 1; }
  lcp="$cp:$dtests:$(ls "$product"/io.medli.diagram_*.jar)"
  for b in org.eclipse.elk.core org.eclipse.elk.graph org.eclipse.elk.alg.common org.eclipse.elk.alg.layered \
      org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.xtext.xbase.lib com.google.guava com.google.guava.failureaccess; do
    lcp="$lcp:$(ls "$product"/${b}_*.jar | head -n1)"; done
  "$JAVA_HOME/bin/java" -Xmx4g -cp "$lcp" io.medli.benchmarks.LayoutBenchmark "$models/mlsd_320x320_large.onnx" \
    "$models/all-minilm-l6-v2.onnx" generated:10000; echo ;; esac
case "$what" in figures|all)
  fcp="$bench_jar:$(ls "$product"/org.eclipse.draw2d_*.jar):$(ls "$product"/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n1)"
  fcp="$fcp:$(ls "$product"/com.ibm.icu_*.jar 2>/dev/null | head -n1)"
  for n in 500 10000; do
    xvfb-run -a -s "-screen 0 1280x1024x24" "$JAVA_HOME/bin/java" -cp "$fcp" io.medli.benchmarks.ui.FigurePerBoxBenchmark $n 2>&1 \
      | grep -v SessionManager; done; echo ;; esac
case "$what" in editor|all)
  # the editor benchmark runs inside the workbench under Xvfb, through Tycho
  (cd "$root" && source "$here/bootstrap.sh" && medli_bootstrap && xvfb-run -a -s "-screen 0 1280x1024x24" "$MVN" -B -ntp -q verify \
    -Dtest=EditorOpenBenchmark -Dmedli.ui.excludes=none -Dsurefire.failIfNoSpecifiedTests=false \
    -DfailIfNoTests=false > "$root/plugins/io.medli.ui.tests/target/bench.log" 2>&1 || \
    { tail -40 "$root/plugins/io.medli.ui.tests/target/bench.log"; exit 1; })
  cat "$root/plugins/io.medli.ui.tests/target/benchmarks/editor.txt"; echo ;; esac
case "$what" in quantize|all)
  qcp="$cp:$(ls "$product"/io.medli.compress_*.jar):$(ls "$product"/com.google.gson_*.jar)"
  "$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -cp "$qcp" io.medli.benchmarks.QuantizationBenchmark \
    "$models/all-minilm-l6-v2.onnx" "$models/all-minilm-l6-v2-q.onnx" "$models/all-minilm-l6-v2-tokenizer.json" \
    /usr/share/common-licenses 300; echo ;; esac
case "$what" in static|all)
  qcp="$cp:$(ls "$product"/io.medli.compress_*.jar):$(ls "$product"/com.google.gson_*.jar)"
  "$JAVA_HOME/bin/java" -Xmx6g --enable-native-access=ALL-UNNAMED -cp "$qcp" io.medli.benchmarks.StaticQuantizationBenchmark \
    "$models/mlsd_320x320_large.onnx" "$models/mlsd_320x320_tiny.onnx" "$root/build/data/images" "${2:-minmax}" "${3:-23}"; echo ;; esac
case "$what" in channels)
  qcp="$cp:$(ls "$product"/io.medli.compress_*.jar):$(ls "$product"/com.google.gson_*.jar)"
  cal="${2:-}" test="${3:-}"
  if [ -z "$cal" ]; then # the split of section 19: 4 text images + 8 photos calibrate, the other 4 text images test
    split=$(mktemp -d); trap 'rm -rf "$split"' EXIT; cal="$split/calibration" test="$split/test"; mkdir -p "$cal" "$test"
    ls "$root/build/data/text-images" | sort | head -n 4 | while read -r f; do cp "$root/build/data/text-images/$f" "$cal/"; done
    ls "$root/build/data/text-images" | sort | tail -n 4 | while read -r f; do cp "$root/build/data/text-images/$f" "$test/"; done
    ls "$root/build/data/images/ukui" | sort | head -n 8 | while read -r f; do cp "$root/build/data/images/ukui/$f" "$cal/"; done
  fi
  "$JAVA_HOME/bin/java" -Xmx8g --enable-native-access=ALL-UNNAMED -cp "$qcp" io.medli.benchmarks.ChannelScaleBound \
    "$models/ppocr/ch_PP-OCRv4_det_infer.onnx" "$cal" "$test" 640 640 0.3; echo ;; esac
case "$what" in lossmap)
  qcp="$cp:$(ls "$product"/io.medli.compress_*.jar):$(ls "$product"/com.google.gson_*.jar)"
  "$JAVA_HOME/bin/java" -Xmx8g --enable-native-access=ALL-UNNAMED -cp "$qcp" io.medli.benchmarks.QuantLossMap \
    "${5:-$models/ppocr/ch_PP-OCRv4_det_infer.onnx}" "$2" "$3" "$4"; echo ;; esac
case "$what" in lines)
  qcp="$cp:$(ls "$product"/io.medli.compress_*.jar):$(ls "$product"/com.google.gson_*.jar)"
  shift
  "$JAVA_HOME/bin/java" -Xmx6g --enable-native-access=ALL-UNNAMED -cp "$qcp" io.medli.benchmarks.LineDetectorBenchmark "$@"; echo ;; esac
case "$what" in inspect|all)
  if command -v hyperfine >/dev/null; then
    hyperfine -w 2 -r 10 "$root/medli inspect $models/all-minilm-l6-v2.onnx --dim sequence_length=128"
  fi
  "$root/medli" inspect "$models/all-minilm-l6-v2.onnx" --dim sequence_length=128 ;; esac

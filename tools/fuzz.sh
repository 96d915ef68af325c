#!/usr/bin/env bash
# Mutation fuzz target of the ONNX reader (outside CI): COUNT mutants of each real model
# (default 10000). Needs a build with tests (tools/test.sh) for the test fragment's jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_find_jdk
root="$medli_root"
count="${1:-10000}"; seed="${2:-$(date +%s)}"
onnx=$(ls "$root"/plugins/io.medli.onnx/target/io.medli.onnx-*.jar | grep -v sources | head -n1)
tests=$(ls "$root"/plugins/io.medli.onnx.tests/target/io.medli.onnx.tests-*.jar | grep -v sources | head -n1)
m="$root/build/models"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$onnx:$tests" io.medli.onnx.tests.MutationFuzz "$count" "$seed" \
  "$m/mlsd_320x320_tiny.onnx" "$m/mlsd_320x320_large.onnx" "$m/all-minilm-l6-v2-q.onnx"

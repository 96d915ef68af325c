#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (JDK check, Maven 3.9, Xvfb/GTK, the real
# models, the ONNX conformance models), then builds everything and runs all tests - UI tests under
# Xvfb included.
# Produces the update-site zip and the IDE product as a side effect.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_ensure_apt xvfb xauth libgtk-3-0 dataset-fashion-mnist libonnx-testdata openjdk-17-jre-headless openssh-server postgresql python3-scipy mosquitto
medli_bootstrap
bash "$here/fetch-models.sh"
cd "$medli_root"
xvfb-run -a -s "-screen 0 1280x1024x24" "$MVN" -B -ntp clean verify "$@"

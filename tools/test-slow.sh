#!/usr/bin/env bash
# The slow tests: the edge agent on an emulated aarch64 board (tools/arm64-board.sh makes it).
# Function only, never timings. Usage: tools/test-slow.sh   (after a build; some minutes)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_bootstrap
bash "$here/arm64-board.sh" >/dev/null
cd "$medli_root"
"$MVN" -B -ntp verify -pl plugins/io.medli.agent.tests -Dmedli.groups=slow -Dmedli.excludedGroups= "$@"

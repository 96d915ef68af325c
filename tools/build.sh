#!/usr/bin/env bash
# Builds the update site and the IDE product without running tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_bootstrap
cd "$medli_root"
"$MVN" -B -ntp -q -DskipTests verify "$@"

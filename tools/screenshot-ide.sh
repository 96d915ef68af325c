#!/usr/bin/env bash
# Starts './medli ide' on a virtual display, waits for the workbench, saves a screenshot.
# Usage: tools/screenshot-ide.sh OUT.png   (installs xvfb and imagemagick if missing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_ensure_apt xvfb xauth imagemagick libgtk-3-0
out="$(realpath -m "${1:-docs/images/ide.png}")"
ws="$(mktemp -d)"; log="$ws.log"
trap 'rm -rf "$ws" "$log"' EXIT
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  "$0/medli" ide --workspace "$1" > "$2" 2>&1 &
  pid=$!
  for i in $(seq 1 120); do
    [ -d "$1/.metadata/.plugins/org.eclipse.e4.workbench" ] && break
    kill -0 $pid 2>/dev/null || { echo "the IDE exited early:"; cat "$2"; exit 1; }
    sleep 1
  done
  sleep 12
  import -window root "$3"
  kill $pid; wait $pid 2>/dev/null || true
' "$medli_root" "$ws" "$log" "$out"
echo "screenshot: $out"

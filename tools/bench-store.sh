#!/usr/bin/env bash
# The measurement store's speed (docs/benchmarks.md section 24), on embedded H2 and on a private
# PostgreSQL cluster (Debian's postgresql, started here on a loopback port, removed at the end):
# saving a report with 10,000 raw samples, and filtering one million rows by board, model and latency.
# Usage: tools/bench-store.sh   (needs a build: tools/build.sh; a few minutes)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
medli_find_jdk
medli_ensure_apt postgresql
root="$medli_root"
product="$root/product/target/products/io.medli.product/linux/gtk/x86_64/medli-studio/plugins"
[ -d "$product" ] || bash "$here/build.sh"
d="$(mktemp -d)"; chmod 755 "$d"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { [ -d "$d/pg" ] && as_pg "$pgbin/pg_ctl" -D "$d/pg" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$d"; }
trap cleanup EXIT
"$root/medli" bench "$root/build/models/mlsd_320x320_tiny.onnx" --threads 1 --iterations 200 --no-store --out "$d/report.json" >/dev/null
bench_jar=$(ls "$root"/plugins/io.medli.benchmarks/target/io.medli.benchmarks-*.jar | grep -v sources | head -n1)
cp="$bench_jar"
for b in io.medli.store io.medli.agent io.medli.onnx io.medli.runtime com.google.gson org.flywaydb.core org.flywaydb.database.postgresql com.h2database org.postgresql.jdbc; do
  cp="$cp:$(ls "$product"/${b}_*.jar | head -n1)"; done
java=("$JAVA_HOME/bin/java" -Xmx2g -cp "$cp")
echo "== H2 (embedded)"
"${java[@]}" io.medli.benchmarks.StoreBenchmark "$d/report.json" h2 "$d/h2"
echo "== PostgreSQL $(basename "$(dirname "$pgbin")") (loopback)"
mkdir "$d/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$d" "$d/pg"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$pgbin/initdb" -D "$d/pg" -A trust -U medli -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$d/pg" -l "$d/pg.log" -w -o "-p $port -k $d -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U medli medli
"${java[@]}" io.medli.benchmarks.StoreBenchmark "$d/report.json" postgres "jdbc:postgresql://127.0.0.1:$port/medli" medli

#!/usr/bin/env bash
# Seeds the model database with this project's own measurements (issue 17, docs/benchmarks.md
# section 27): catalog students trained on Fashion-MNIST at a few widths, each float and static
# int8 (calibrated on Fashion-MNIST training images), its accuracy measured on the 10,000 test
# images (medli modeldb add), benchmarked on this machine as board "x86-ci" and, for function only,
# on the emulated aarch64 board (tools/arm64-board.sh; about 50x slow, its latencies mean nothing).
# Both boards are reached over SSH on loopback (a private sshd, stopped at the end), so that the
# store names the device the knowledge base knows. Finished models are not trained again.
# Usage: tools/seed-modeldb.sh [OUT_DIR]   (EPOCHS=3 by default; ONLY=NAME for one student; about 60 minutes on 2 cores)
# Writes OUT_DIR/modeldb.json (architectures and models) and OUT_DIR/modeldb.csv (the rows).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist openssh-server qemu-user-static
out="${1:-$root/build/seed-modeldb}"
mkdir -p "$out"
export MEDLI_AOT=0  # no background JVM beside the benchmarks
medli=(${MEDLI:-"$root/medli"})
data=/usr/share/datasets/fashion-mnist
epochs="${EPOCHS:-3}"
task="image classification (Fashion-MNIST)"
store=()  # STORE=jdbc:postgresql://... seeds a PostgreSQL store (PGPASSWORD) instead of the embedded one
[ -z "${STORE:-}" ] || store=(--store "$STORE")

# name|family|train options
students=(
  "cnn w8|cnn|--student cnn --param width=8"
  "cnn w16|cnn|--student cnn --param width=16"
  "cnn w32|cnn|--student cnn --param width=32"
  "mobilenetv2 x0.5|mobilenetv2|--student mobilenetv2 --param width=0.5"
  "resnet-tiny w8|resnet-tiny|--student resnet-tiny --param width=8"
  "resnet-tiny w16|resnet-tiny|--student resnet-tiny --param width=16"
  "mlp 256-128|mlp|--student mlp"
  "mlp 128-64|mlp|--student mlp --param hidden=128-64"
)

models=()
for s in "${students[@]}"; do
  IFS='|' read -r name family opts <<<"$s"
  [ -z "${ONLY:-}" ] || [ "$name" = "$ONLY" ] || continue  # ONLY="cnn w8": just that one
  slug="${name// /-}"
  f="$out/$slug.onnx"; q="$out/$slug-int8.onnx"
  if [ ! -f "$f" ]; then
    medli_log "training $name ($epochs epochs)"
    # shellcheck disable=SC2086
    "${medli[@]}" train --data "$data" $opts --epochs "$epochs" --batch 64 --threads 2 --seed 1 --out "$f" >"$out/$slug.log" 2>&1
  fi
  [ -f "$q" ] || "${medli[@]}" quantize "$f" --static --data "$data" --out "$q" >>"$out/$slug.log" 2>&1
  "${medli[@]}" modeldb add "$f" --architecture "$name" --family "$family" --task "$task" --data "$data" "${store[@]}" | tee -a "$out/$slug.log"
  "${medli[@]}" modeldb add "$q" --architecture "$name" --family "$family" --task "$task" --data "$data" "${store[@]}" | tee -a "$out/$slug.log"
  models+=("$f" "$q")
done

# the two boards on a private sshd on loopback
ssh_dir="$(mktemp -d)"
cleanup() {
  [ -f "$ssh_dir/sshd.pid" ] && kill "$(cat "$ssh_dir/sshd.pid")" 2>/dev/null || true
  "${medli[@]}" board remove x86-ci >/dev/null 2>&1 || true
  "${medli[@]}" board remove emulated-aarch64 >/dev/null 2>&1 || true
  rm -rf "$ssh_dir"
}
trap cleanup EXIT
medli_loopback_sshd "$ssh_dir"
port=$medli_sshd_port
home="$(getent passwd "$(id -un)" | cut -d: -f6)"  # Java's user.home, where MEDLI keeps its boards and known hosts
mkdir -p "$home/.medli"
echo "[127.0.0.1]:$port $(cut -d' ' -f1-2 "$ssh_dir/host_key.pub")" >>"$home/.medli/known_hosts"
user="$(id -un)"
sysroot="$(bash "$root/tools/arm64-board.sh" | tail -n 1)"
"${medli[@]}" board add x86-ci "$user@127.0.0.1:$port" --key "$ssh_dir/user_key" --folder "$ssh_dir/x86-ci" >/dev/null
# the board's Java: Debian's arm64 Java 17 under qemu-user, behind one command as a board's java is
printf '#!/bin/sh\nexec qemu-aarch64-static -L %s %s/usr/lib/jvm/java-17-openjdk-arm64/bin/java -XX:TieredStopAtLevel=1 "$@"\n' "$sysroot" "$sysroot" >"$ssh_dir/java-aarch64"
chmod +x "$ssh_dir/java-aarch64"
"${medli[@]}" board add emulated-aarch64 "$user@127.0.0.1:$port" --key "$ssh_dir/user_key" --folder "$ssh_dir/aarch64" --java "$ssh_dir/java-aarch64" >/dev/null

for m in "${models[@]}"; do
  medli_log "benchmarking $(basename "$m")"
  "${medli[@]}" bench "$m" --board x86-ci --threads 1 --warmup 20 --iterations 300 "${store[@]}" | tail -n 3
  "${medli[@]}" bench "$m" --board emulated-aarch64 --threads 1 --warmup 0 --iterations 3 "${store[@]}" | tail -n 3
done

"${medli[@]}" modeldb export "$out/modeldb.json" "${store[@]}"
"${medli[@]}" modeldb list --task "$task" --limit 1000 --csv "$out/modeldb.csv" "${store[@]}"

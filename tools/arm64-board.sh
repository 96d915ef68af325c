#!/usr/bin/env bash
# An emulated aarch64 "board" for function tests (never for timings: about 50x slower): Debian's
# qemu-user-static and Debian's arm64 Java 17 unpacked into a sysroot. Prints the sysroot's path.
# ONNX Runtime's aarch64 library reads the CPU's description at load; qemu-user passes the host's
# /proc and /sys through, so the sysroot carries aarch64-looking copies that qemu's -L finds first.
# Usage: tools/arm64-board.sh [DIR]   (default build/arm64-sysroot; a second call reuses it)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bootstrap.sh"
dir="${1:-$medli_root/build/arm64-sysroot}"
if [ -f "$dir/.complete" ]; then echo "$dir"; exit 0; fi
medli_ensure_apt qemu-user-static
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  medli_log "adding the arm64 architecture to apt (packages are only downloaded, never installed)"
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq >&2
fi
rm -rf "$dir.partial" && mkdir -p "$dir.partial/debs"
(cd "$dir.partial/debs" && apt-get download -qq openjdk-17-jre-headless:arm64 libc6:arm64 zlib1g:arm64 libstdc++6:arm64 libgcc-s1:arm64 >&2)
for d in "$dir.partial"/debs/*.deb; do dpkg-deb -x "$d" "$dir.partial"; done
rm -rf "$dir.partial/debs"
mkdir -p "$dir.partial/proc" "$dir.partial/sys/devices/system/cpu"
for i in 0 1; do
  printf 'processor\t: %d\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm crc32 cpuid\nCPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: 0xd08\nCPU revision\t: 3\n\n' "$i"
done >"$dir.partial/proc/cpuinfo"
for f in possible present online; do echo "0-1" >"$dir.partial/sys/devices/system/cpu/$f"; done
touch "$dir.partial/.complete"
rm -rf "$dir" && mv "$dir.partial" "$dir"
echo "$dir"

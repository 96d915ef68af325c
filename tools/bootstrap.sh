#!/usr/bin/env bash
# Finds (or installs) what the build needs: a JDK 21+, Maven 3.9.9+, and on request the apt
# packages for UI tests. Sourced by the project's scripts; exports JAVA_HOME, MVN and PATH.
# Nothing here needs a variable exported by hand.

medli_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MEDLI_TOOLS_DIR="${MEDLI_TOOLS_DIR:-$HOME/.cache/medli/tools}"
MAVEN_VERSION=3.9.11

medli_log() { echo "[medli] $*" >&2; }

# Major version of the JDK at $1 (a JAVA_HOME), or 0.
medli_jdk_major() {
  local rel="$1/release"
  [ -x "$1/bin/java" ] || { echo 0; return; }
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -n1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
  fi
}

medli_find_jdk() {
  local cand best="" bestv=0 v
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/* "$MEDLI_TOOLS_DIR"/jdk*; do
    [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(medli_jdk_major "$cand"); v=${v:-0}
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$cand"; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    medli_log "no JDK 21+ found (looked in \$JAVA_HOME and /usr/lib/jvm)."
    medli_log "install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin JDK 21+ under /usr/lib/jvm."
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

medli_maven_ok() {
  local v
  v=$("$1" -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p')
  [ -n "$v" ] || return 1
  [ "$(printf '%s\n3.9.9\n' "$v" | sort -V | head -n1)" = "3.9.9" ]
}

medli_find_maven() {
  local own="$MEDLI_TOOLS_DIR/apache-maven-$MAVEN_VERSION/bin/mvn"
  if [ -x "$own" ]; then export MVN="$own"; return 0; fi
  if command -v mvn >/dev/null && medli_maven_ok "$(command -v mvn)"; then
    export MVN="$(command -v mvn)"; return 0
  fi
  # The system Maven (3.8.x here) is too old for Tycho 5, but it can fetch a newer Maven's
  # distribution from the default remote repository.
  local fetcher
  fetcher=$(command -v mvn) || {
    medli_log "Maven 3.9.9+ is needed and no 'mvn' is installed to fetch it: apt-get install maven"
    return 1; }
  medli_log "fetching Apache Maven $MAVEN_VERSION with $fetcher"
  # run outside the project: its pom.xml loads Tycho, which the old Maven cannot run
  local scratch
  scratch=$(mktemp -d)
  (cd "$scratch" && "$fetcher" -q -B dependency:get -Dtransitive=false \
      -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" >&2) || {
    rm -rf "$scratch"
    medli_log "could not fetch org.apache.maven:apache-maven:$MAVEN_VERSION (is the Maven repository reachable?)"
    return 1; }
  local repo
  repo=$(cd "$scratch" && "$fetcher" -q -B -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository \
      -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')
  rm -rf "$scratch"
  repo=${repo:-$HOME/.m2/repository}
  mkdir -p "$MEDLI_TOOLS_DIR"
  tar -xzf "$repo/org/apache/maven/apache-maven/$MAVEN_VERSION/apache-maven-$MAVEN_VERSION-bin.tar.gz" \
      -C "$MEDLI_TOOLS_DIR" || return 1
  export MVN="$own"
}

# apt packages that the UI tests and the IDE need (Xvfb for headless runs, GTK for SWT).
medli_ensure_apt() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  medli_log "installing apt packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2 && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

medli_bootstrap() {
  medli_find_jdk && medli_find_maven
}

# A private OpenSSH server on a free loopback port, for scripts that reach this machine as a board:
# keys and configuration in DIR (host_key, user_key for logging in, sshd.pid); sets medli_sshd_port.
# Stop it with: kill "$(cat DIR/sshd.pid)".
medli_loopback_sshd() {
  local d="$1"
  medli_sshd_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ssh-keygen -q -t ecdsa -b 256 -N "" -f "$d/host_key"
  ssh-keygen -q -t ecdsa -b 256 -N "" -f "$d/user_key"
  cp "$d/user_key.pub" "$d/authorized_keys"
  cat >"$d/sshd_config" <<CFG
Port $medli_sshd_port
ListenAddress 127.0.0.1
HostKey $d/host_key
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp
LogLevel ERROR
CFG
  mkdir -p /run/sshd
  /usr/sbin/sshd -f "$d/sshd_config"
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$medli_sshd_port") 2>/dev/null && return 0
    sleep 0.1
  done
  medli_log "the loopback sshd did not start on port $medli_sshd_port"
  return 1
}

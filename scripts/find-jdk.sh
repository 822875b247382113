# Sourced by ./rangefinder and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*. Prints what to install when none fits.
# Also sets RF_JAVA_VERSION (for example 25.0.3) and RF_JAVA_MAJOR (25) of the JDK found.

rf_java_version() { # $1 = a JDK's folder; prints its version (17.0.15, 25.0.3, 25-ea, ...)
  # from the JDK's release file when it has one: starting a JVM to ask costs 0.1-0.2 s per candidate
  local v=""
  [[ -f "$1/release" ]] && v=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release")
  [[ -n "$v" ]] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p' | head -n 1)
  echo "$v"
}

rf_find_jdk() {
  local candidates=() c v
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/*; do [[ -d "$c" ]] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    RF_JAVA_VERSION=$(rf_java_version "$c")
    v=${RF_JAVA_VERSION%%[!0-9]*}   # 25 of 25.0.3 or 25-ea; 1 of 1.8.0_402
    if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then
      RF_JAVA_MAJOR=$v
      export JAVA_HOME="$c"
      export PATH="$c/bin:$PATH"
      return 0
    fi
  done
  cat >&2 <<'MSG'
rangefinder: no JDK 21 or newer found (looked at $JAVA_HOME, javac on PATH, /usr/lib/jvm/*).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk / temurin-25-jdk from Adoptium)
  macOS:          brew install openjdk@21
then run again, or set JAVA_HOME to its folder.
MSG
  return 1
}

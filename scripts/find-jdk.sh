# Sourced by ./rangefinder and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*. Prints what to install when none fits.

rf_java_major() { # $1 = path to a java binary; prints its feature version (17, 21, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
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
    v=$(rf_java_major "$c/bin/java")
    if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then
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

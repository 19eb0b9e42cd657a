# Sourced by .ci/run and bench scripts: points JAVA_HOME at a JDK 21 or newer (the default java may be older).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=""
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  else
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
        JAVA_HOME="$candidate"
        break
      fi
    done
  fi
  if [ -z "$JAVA_HOME" ]; then
    echo "No JDK 21 or newer found; install one (e.g. apt-get install openjdk-21-jdk-headless)" >&2
    exit 1
  fi
  export JAVA_HOME
fi
export PATH="$JAVA_HOME/bin:$PATH"

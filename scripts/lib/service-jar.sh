# shellcheck shell=bash
# The packaged service that scripts/run, scripts/seed and scripts/bench start: built when missing
# or older than the sources. Sourced, not run; needs ROOT.

SERVICE_JAR=$ROOT/target/quarkus-app/quarkus-run.jar

# ensure_service_jar PREFIX: builds the service if needed, saying so on stderr after PREFIX.
ensure_service_jar() {
  if [ ! -f "$SERVICE_JAR" ] || [ -n "$(cd "$ROOT" && find src pom.xml -newer "$SERVICE_JAR" -print -quit)" ]; then
    echo "$1: building the service" >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package >&2)
  fi
}

#!/usr/bin/env bash
# The run command: builds what it needs, starts an embedded PostgreSQL (data kept in .viogen-data/) and
# Payara Micro with VioGén in demo mode at http://localhost:8080/, and prints the demo accounts.
#   ./run.sh --national [--seed N] [--cases N]   fills an empty database (.viogen-national/) with the national
#                                                dataset instead (see README, "Scale")
#   ./run.sh --benchmark [...]                    the scale benchmark against that database (see README, "Scale")
set -euo pipefail
cd "$(dirname "$0")"
echo "VioGén: building (first time: a few minutes while Maven downloads dependencies) ..."
./mvnw -q -B -DskipTests -Dmaven.test.skip=true package
DATASET_CP="modules/dataset/target/classes:modules/dataset/target/lib/*:modules/dataset/target/payara/MICRO-INF/runtime/jakarta.security.enterprise.jar"
if [[ "${1:-}" == "--national" ]]; then
  shift
  exec java -Xmx2g -cp "$DATASET_CP" es.viogen.dataset.NationalDataset "$@"
fi
if [[ "${1:-}" == "--benchmark" ]]; then
  shift
  exec java -Xmx1g -cp "$DATASET_CP" es.viogen.dataset.ScaleBenchmark "$@"
fi
exec java -cp "modules/launcher/target/classes:modules/launcher/target/lib/*" \
  es.viogen.launcher.DemoLauncher modules/launcher/target/payara-micro.jar modules/app/target/viogen.war

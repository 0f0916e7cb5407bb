#!/usr/bin/env bash
# The run command: builds what it needs, starts an embedded PostgreSQL (data kept in .viogen-data/) and
# Payara Micro with VioGén in demo mode at http://localhost:8080/, and prints the demo accounts.
set -euo pipefail
cd "$(dirname "$0")"
echo "VioGén: building (first time: a few minutes while Maven downloads dependencies) ..."
./mvnw -q -B -DskipTests -Dmaven.test.skip=true package
exec java -cp "modules/launcher/target/classes:modules/launcher/target/lib/*" \
  es.viogen.launcher.DemoLauncher modules/launcher/target/payara-micro.jar modules/app/target/viogen.war

#!/usr/bin/env bash
# Re-takes modules/app/src/test/resources/openapi/viogen-api-v1.yaml, the committed copy of the REST contract that
# the partners' client in GeneratedRestClientIT is generated from: builds the WAR (no tests), serves it on a free
# port with a throw-away PostgreSQL and saves what GET /openapi answers. Run it after any change to the REST API
# (OpenApiContractIT fails until the copy equals the served document). It boots Payara Micro once (~1 min).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests -Dmaven.test.skip=true -Dcodegen.skip=true package -pl modules/app,modules/launcher -am
exec java -cp "modules/launcher/target/classes:modules/launcher/target/lib/*" \
  es.viogen.launcher.ContractSnapshot modules/launcher/target/payara-micro.jar modules/app/target/viogen.war \
  modules/app/src/test/resources/openapi/viogen-api-v1.yaml

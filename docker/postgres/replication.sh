#!/bin/bash
# Run once by the postgres image when it creates the database: a role the standby replicates
# with, allowed in over the compose network. On a database made before, run it once by hand:
#   docker compose -f docker/compose.yaml exec -u postgres -e POSTGRES_USER=cairn -e POSTGRES_DB=cairn \
#     db bash /docker-entrypoint-initdb.d/20-replication.sh
#   docker compose -f docker/compose.yaml exec -u postgres db pg_ctl reload
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v password="${REPLICATION_PASSWORD:-change-me}" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"

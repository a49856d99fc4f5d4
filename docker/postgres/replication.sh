#!/bin/bash
# Run once by the postgres image when it creates the database: a role the standby replicates
# with, allowed in over the compose network.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -v password="${REPLICATION_PASSWORD:-change-me}" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"

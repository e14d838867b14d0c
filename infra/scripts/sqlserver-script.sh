#!/usr/bin/env bash
# Writes the idempotent SQL Server script (every migration, each guarded by IF NOT EXISTS) for a DBA to run.
# Needs no SQL Server. Usage: infra/scripts/sqlserver-script.sh [OUTPUT]   (default artifacts/sqlserver-migrations.sql)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="${1:-artifacts/sqlserver-migrations.sql}"
mkdir -p "$(dirname "$out")"
project="migrations/CmaRenewal.Migrations.SqlServer"

dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" --output "$out"
echo "Wrote $out"

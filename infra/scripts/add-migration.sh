#!/usr/bin/env bash
# Adds migration NAME to both provider assemblies in lockstep, so SQLite and SQL Server never drift apart.
# Usage: infra/scripts/add-migration.sh NAME
set -euo pipefail

name="${1:?usage: $0 MigrationName}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

dotnet tool restore >/dev/null
# One build up front (sequential: the shared projects build once), then dotnet-ef runs with --no-build. It leaves
# the compiled models out (see CmaRenewal.Infrastructure.csproj): until they are regenerated below they may not compile.
dotnet build migrations/CmaRenewal.Migrations.Sqlite -v q -nologo -clp:NoSummary -p:CmaCompiledModels=false
dotnet build migrations/CmaRenewal.Migrations.SqlServer -v q -nologo -clp:NoSummary -p:CmaCompiledModels=false

for provider in Sqlite SqlServer; do
  project="migrations/CmaRenewal.Migrations.$provider"
  echo "== $provider: adding $name"
  if ! dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
      --output-dir Migrations --no-build 2>&1; then
    # Keep the pair in step: undo the first provider's migration if the second one failed (remove rebuilds
    # first, so it removes the new migration; --force skips asking the design-time database).
    if [ "$provider" = SqlServer ]; then
      dotnet ef migrations remove --project migrations/CmaRenewal.Migrations.Sqlite \
        --startup-project migrations/CmaRenewal.Migrations.Sqlite --force || true
    fi
    exit 1
  fi
done

# The model changed, so the compiled models the app starts from did too (built above, without them).
"$root/infra/scripts/optimize-model.sh" --no-build

echo "Added $name to both assemblies. Check: dotnet test --project tests/CmaRenewal.IntegrationTests"

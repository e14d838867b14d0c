#!/usr/bin/env bash
# Regenerates the compiled EF models (one per provider) after any change to the entity configurations. The app
# starts from them instead of building the model (0.5-0.8 s per process); CompiledModelTests fails while they are stale.
# Usage: infra/scripts/optimize-model.sh [--no-build]   (--no-build: the caller has just built as below)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

if [ "${1:-}" != --no-build ]; then
  dotnet tool restore >/dev/null
  # Without the current compiled models (see CmaRenewal.Infrastructure.csproj): stale ones may no longer compile.
  dotnet build migrations/CmaRenewal.Migrations.Sqlite -v q -nologo -clp:NoSummary -p:CmaCompiledModels=false
  dotnet build migrations/CmaRenewal.Migrations.SqlServer -v q -nologo -clp:NoSummary -p:CmaCompiledModels=false
fi

for provider in Sqlite SqlServer; do
  out="src/CmaRenewal.Infrastructure/Persistence/CompiledModels/$provider"
  echo "== $provider: compiling the model into $out"
  find "$out" -name '*.cs' -delete 2>/dev/null || true
  dotnet ef dbcontext optimize --project src/CmaRenewal.Infrastructure \
    --startup-project "migrations/CmaRenewal.Migrations.$provider" --no-build \
    --output-dir "Persistence/CompiledModels/$provider" \
    --namespace "CmaRenewal.Infrastructure.Persistence.CompiledModels.$provider"
  # Both models compile into one assembly, so neither may claim the context for itself: CmaRenewalDbOptions picks
  # the provider's model.
  rm "$out/CmaRenewalDbContextAssemblyAttributes.cs"
done

# Back to a normal build, which compiles the new models in.
dotnet build migrations/CmaRenewal.Migrations.Sqlite -v q -nologo -clp:NoSummary
echo "Compiled both models. Check: dotnet test --project tests/CmaRenewal.IntegrationTests -- --filter-class '*CompiledModelTests'"

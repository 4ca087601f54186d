#!/usr/bin/env bash
# Builds Grid and runs every test project on a fresh Debian machine that has the .NET SDK.
# Installs and starts whatever the tests need; the last line it prints is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Debug}"
log_dir="${TEST_OUTPUT:-.test-output}"
mkdir -p "$log_dir"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Tests start their own throwaway PostgreSQL servers (Grid.Runtime.Testing.PostgresServer); they only need the
# server binaries, never a system service.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo > /dev/null; then
    sudo "$@"
  else
    echo "not root and no sudo: cannot run $*"
    return 1
  fi
}

postgres_bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
  [ -n "$initdb" ] || initdb=$(command -v initdb) || return 1
  dirname "$initdb"
}

echo "== postgresql"
if ! postgres_bin_dir > /dev/null; then
  echo "no PostgreSQL server binaries; installing the Debian package postgresql (log: $log_dir/postgresql-install.log)"
  if as_root apt-get update > "$log_dir/postgresql-install.log" 2>&1 &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
      >> "$log_dir/postgresql-install.log" 2>&1; then
    # The package may start a cluster on port 5432; nothing uses it, so don't leave it running.
    echo "stopping the postgresql system service, if any"
    as_root service postgresql stop > /dev/null 2>&1 || echo "no postgresql service to stop"
  fi
fi
if postgres_bin_dir > /dev/null; then
  echo "server binaries: $(postgres_bin_dir)"
else
  echo "PostgreSQL server binaries still missing; tests that need them will fail (see $log_dir/postgresql-install.log)"
fi

echo "== build ($configuration)"
dotnet build Grid.sln -c "$configuration" -nologo > "$log_dir/build.log" 2>&1
build_status=$?
grep -E "(error|warning) [A-Z]+[0-9]+" "$log_dir/build.log" | sort -u | head -50
if [ "$build_status" -ne 0 ]; then
  echo "build failed; see $log_dir/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== test"
dotnet test Grid.sln -c "$configuration" --no-build -nologo 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}

passed=0
failed=0
projects=0
while IFS= read -r line; do
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
  f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")
  passed=$((passed + p))
  failed=$((failed + f))
  projects=$((projects + 1))
done < <(grep -E "^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+" "$log_dir/test.log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A crashed or aborted test host reports no summary line; count it as a failure.
  failed=1
fi

echo "test projects reporting: $projects"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Runs one benchmark, test/bench/<name>.bench.ts: `bash test/bench/run.sh tasks` or `… sockets`.
# Thousands of sockets need more descriptors than the usual 1,024: raise the soft limit as far as allowed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec node --import tsx "test/bench/$1.bench.ts"

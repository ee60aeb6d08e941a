#!/usr/bin/env bash
# The one way to run every check and test: `npm run test:all` (CI runs it as .ci/run).
# Installs what it needs, then runs typecheck, lint, build and all test suites, and ends
# with the line "N passed, N failed" summed over every suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the real-component tests use: Prometheus (exemplar storage), Chromium, and docker-compose
# (no engine: `docker-compose config` validates the compose file statically).
need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi

# npm ci on CI or when node_modules is missing or older than the lockfile.
if [ -n "${CI:-}" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The demo service (used by the integration and live browser tests) has its own lockfile.
if [ -n "${CI:-}" ] || [ ! -d demo/node_modules ] || [ demo/package-lock.json -nt demo/node_modules/.package-lock.json ]; then
  npm ci --prefix demo --no-audit --no-fund
fi

# The sandbox's second host (Grafana 13 / React 19, browser project grafana13-react19) has its own lockfile too.
if [ -n "${CI:-}" ] || [ ! -d sandbox/compat/node_modules ] || [ sandbox/compat/package-lock.json -nt sandbox/compat/node_modules/.package-lock.json ]; then
  npm ci --prefix sandbox/compat --no-audit --no-fund
fi

exec node scripts/run-suites.mjs "$@"

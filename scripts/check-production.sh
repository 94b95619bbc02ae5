#!/usr/bin/env bash
# The production path without Docker, as CI checks it after `npm run build`: dist/ with only the production
# dependencies installed (npm ci --omit=dev) in a folder of its own, then the compiled entry points must run:
# the bot refuses, exit 1, without a token or a terminal; the command line answers from the default corpus; the
# heartbeat and the health check agree. No TypeScript, tsx or other dev dependency may be there.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/bin/start.js ] || { echo "dist/ is not built: run npm run build first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r package.json package-lock.json dist data "$work"/
cd "$work"
npm ci --omit=dev --no-audit --no-fund --loglevel=error
for dev in tsx typescript vitest eslint; do
  [ ! -e "node_modules/$dev" ] || { echo "dev dependency $dev installed by npm ci --omit=dev" >&2; exit 1; }
done

status=0
out=$(env -u DISCORD_TOKEN HEALTH_FILE="$work/heartbeat" node --import ./dist/util/heartbeat.js dist/bin/start.js </dev/null 2>&1) || status=$?
[ "$status" = 1 ] || { echo "node dist/bin/start.js without a token: exit $status, expected 1" >&2; exit 1; }
grep -q 'DISCORD_TOKEN is not set' <<<"$out" || { echo "node dist/bin/start.js without a token said: $out" >&2; exit 1; }
echo "ok: node dist/bin/start.js without a token or terminal refuses, exit 1"

HEALTH_FILE="$work/heartbeat" node dist/bin/health.js
echo "ok: the heartbeat written while it ran passes the health check"
status=0
HEALTH_FILE="$work/none" node dist/bin/health.js >/dev/null || status=$?
[ "$status" = 1 ] || { echo "health check without a heartbeat: exit $status, expected 1" >&2; exit 1; }
echo "ok: no heartbeat, unhealthy"

n=$(node dist/bin/ask.js articles --json --data data | node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(JSON.parse(s).articles.length))')
[ "$n" = 5 ] || { echo "node dist/bin/ask.js articles: $n articles, expected 5" >&2; exit 1; }
echo "ok: node dist/bin/ask.js answers from the default corpus"

# The HTTP endpoint, compiled: with a (made-up) key and id it loads the corpus and listens; its health check passes.
port=$((20000 + RANDOM % 20000))
DISCORD_PUBLIC_KEY=$(printf '0%.0s' {1..64}) DISCORD_APPLICATION_ID=100000000000000001 PORT=$port LOG_LEVEL=warn \
  node dist/bin/serve.js </dev/null &
serve=$!
healthy=
for _ in $(seq 1 120); do
  if PORT=$port node dist/bin/health.js http >/dev/null 2>&1; then healthy=1; break; fi
  kill -0 "$serve" 2>/dev/null || break
  sleep 1
done
kill "$serve" 2>/dev/null || true
wait "$serve" 2>/dev/null || true
[ -n "$healthy" ] || { echo "node dist/bin/serve.js: GET /health never answered 200" >&2; exit 1; }
echo "ok: node dist/bin/serve.js listens and passes its health check"

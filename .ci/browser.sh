#!/usr/bin/env bash
# Browser stage: a real nopCommerce 4.90.3 store on PostgreSQL, the plugin's zip uploaded and installed through
# Configuration > Local plugins as a shop owner would, then the admin driven in headless Chromium (Selenium with
# Debian's chromium and chromium-driver). Screenshots land in artifacts/screenshots (--refresh-docs copies them to
# docs/screenshots). Prints "N passed, N failed".
#
# usage: .ci/browser.sh [--refresh-docs]
# environment: NOP_WORK_DIR (the nopCommerce tree, shared with .ci/integration.sh and reused when present;
#   default /tmp/amazonchannel-nop), NOP_PORT (5080), NOP_SHARED (../shared), EMULATOR_PORT (5099: the project's SP-API
#   emulator, which the installed stage points the store at through the endpoint override setting)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${NOP_SHARED:-$ROOT/../shared}
WORK=${NOP_WORK_DIR:-/tmp/amazonchannel-nop}
PORT=${NOP_PORT:-5080}
REFRESH_DOCS=0
[ "${1:-}" = "--refresh-docs" ] && REFRESH_DOCS=1
BUILD_SH="$SHARED/nopcommerce/build.sh"
WEB_DIR="$WORK/src/src/Presentation/Nop.Web"
PIDFILE="$WORK/nop-web.pid"
BASE="http://127.0.0.1:$PORT"
LOGS="$WORK/logs"
TESTS="$ROOT/tests/Nop.Plugin.Misc.AmazonChannel.BrowserTests"
RESULTS="$ROOT/artifacts/browser-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_ROLL_FORWARD=Major
export NOP_BASE_URL="$BASE" PLUGIN_ZIP="$ROOT/artifacts/Misc.AmazonChannel.zip" SCREENSHOT_DIR="$ROOT/artifacts/screenshots"
export NOP_DB_CONNECTION="Host=127.0.0.1;Database=${NOP_DB_NAME:-nop};Username=postgres;Password=${NOP_DB_PASSWORD:-nop-lab}"

log() { printf '[browser %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
[ -f "$BUILD_SH" ] || { echo "the browser stage needs ../shared/nopcommerce (the nopCommerce test bench)" >&2; exit 2; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "chromium and chromium-driver are missing and this is not root" >&2; exit 2; }
  log "installing chromium and chromium-driver (apt)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

log "building the package as the README does"
dotnet build "$ROOT/Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj" -c Release -p:PackagePlugin=true \
  -nologo -clp:"ErrorsOnly;Summary" > "$ROOT/artifacts-build.log" 2>&1 || { cat "$ROOT/artifacts-build.log"; exit 1; }
rm -f "$ROOT/artifacts-build.log"
dotnet build "$TESTS" -nologo -clp:"ErrorsOnly;Summary" >/dev/null
EMULATOR_PORT=${EMULATOR_PORT:-5099}
export AMAZON_EMULATOR_URL="http://127.0.0.1:$EMULATOR_PORT"
dotnet build "$ROOT/tests/AmazonSpApi.Emulator" -nologo -clp:"ErrorsOnly;Summary" >/dev/null

# A new store for every run: no plugin folder of ours (an in-tree build of the integration stage leaves one), no
# database or plugin state of an earlier run, so the installer runs and the zip is what brings the plugin in.
bash "$BUILD_SH" --stop "$WORK" >/dev/null 2>&1 || true
rm -rf "$WEB_DIR/Plugins/Misc.AmazonChannel" "$WEB_DIR/App_Data/appsettings.json" "$WEB_DIR/App_Data/plugins.json"
REUSE=(); [ -d "$WORK/src/src" ] && REUSE=(--reuse)
log "laying out and starting the store (log: $LOGS/browser-store.log)"
bash "$BUILD_SH" "${REUSE[@]}" --web-only --run --port="$PORT" "$WORK" > "$WORK/browser-store.log" 2>&1 \
  || { tail -30 "$WORK/browser-store.log"; exit 1; }

restart_store() {
  log "restarting the store"
  bash "$BUILD_SH" --stop "$WORK" >/dev/null
  (cd "$WEB_DIR" || exit 1; ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} ASPNETCORE_URLS="$BASE" \
     nohup dotnet bin/Debug/net9.0/Nop.Web.dll >> "$LOGS/nop-web.log" 2>&1 & echo $! > "$PIDFILE")
  for _ in $(seq 1 180); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -A "Mozilla/5.0 Chrome/156.0" "$BASE/" || true)
    case "$code" in 200|302) return 0 ;; esac
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -30 "$LOGS/nop-web.log"; echo "the store exited" >&2; exit 1; }
    sleep 2
  done
  echo "the store did not answer within 6 minutes" >&2; exit 1
}

NOP_LOG_START_ID=$(su postgres -c "psql -d ${NOP_DB_NAME:-nop} -tAc 'SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Log\"'")
export NOP_LOG_START_ID
rm -rf "$SCREENSHOT_DIR" "$RESULTS"; mkdir -p "$RESULTS"

passed=0 failed=0 status=0
run_step() {
  log "step $1"
  local out="$RESULTS/$1.log"
  dotnet test "$TESTS" --no-build --filter "TestCategory=$1" --logger "trx;LogFileName=$1.trx" --results-directory "$RESULTS" > "$out" 2>&1 || status=1
  grep -E '^\s+Failed |^(Passed|Failed)! ' "$out" || { tail -20 "$out"; status=1; }
  local line; line=$(grep -E '^(Passed|Failed)! +-' "$out" | tail -1)
  passed=$((passed + $(grep -Eo 'Passed: +[0-9]+' <<<"$line" | awk '{print $2+0}'))) || true
  local f; f=$(grep -Eo 'Failed: +[0-9]+' <<<"$line" | awk '{print $2+0}'); failed=$((failed + ${f:-1}))
}

run_step Stage1Upload
restart_store
run_step Stage2Install
restart_store
# The SP-API emulator the installed stage downloads orders from: a few US orders, seeded so every run sees the same.
log "starting the SP-API emulator at $AMAZON_EMULATOR_URL"
dotnet "$ROOT/tests/AmazonSpApi.Emulator/bin/Debug/net10.0/AmazonSpApi.Emulator.dll" --urls "$AMAZON_EMULATOR_URL" \
  --seed 4242 --orders 6 --marketplaces ATVPDKIKX0DER > "$LOGS/emulator.log" 2>&1 &
EMULATOR_PID=$!
trap 'kill $EMULATOR_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "$AMAZON_EMULATOR_URL/" && break
  kill -0 $EMULATOR_PID 2>/dev/null || { tail -20 "$LOGS/emulator.log"; echo "the emulator exited" >&2; exit 1; }
  sleep 1
done
run_step Stage3Installed
kill $EMULATOR_PID 2>/dev/null || true

bash "$BUILD_SH" --stop "$WORK" >/dev/null 2>&1 || true
if [ "$REFRESH_DOCS" = 1 ]; then
  mkdir -p "$ROOT/docs/screenshots"
  # the pages docs/admin.md shows; the rest stay CI artefacts
  for name in 03-uploaded 06-plugin-installed 08-permissions-orders 13-configure 15-configure-saved 18-configure-invalid \
      22-configure-accounts 24-account-edit 30-amazon-orders 34-amazon-sync-log 35-amazon-sku-mappings 36-dashboard \
      42-account-tested 46-orders-imported 47-order-panel 48-amazon-queue; do
    f="$SCREENSHOT_DIR/$name.png"
    [ -f "$f" ] && { cmp -s "$f" "$ROOT/docs/screenshots/$name.png" || cp "$f" "$ROOT/docs/screenshots/"; }
  done
  log "docs/screenshots refreshed"
fi
log "screenshots: $SCREENSHOT_DIR"
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]

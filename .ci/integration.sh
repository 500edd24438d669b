#!/usr/bin/env bash
# Integration tests on nopCommerce's own engine (docs/integration-tests.md).
#
# Lays out a nopCommerce 4.90.3 tree with ../shared/nopcommerce/build.sh into a work directory (reused when it is
# already there), copies this repository's git-tracked files into its src/Plugins/Nop.Plugin.Misc.AmazonChannel,
# builds the plugin in-tree together with tests/Nop.Plugin.Misc.AmazonChannel.IntegrationTests (which references
# nopCommerce's src/Tests/Nop.Tests), runs them and prints "N passed, N failed".
#
# usage: bash .ci/integration.sh [--benchmark] [--filter=EXPR] [WORK_DIR]
#   WORK_DIR       the tree's work directory (default: $NOP_WORK_DIR, else /tmp/amazonchannel-nop, shared with .ci/browser.sh;
#                  never inside the clone: the repository's Directory.Packages.props would apply to nopCommerce)
#   --benchmark    run only the [Explicit] benchmark (AMAZON_BENCH_ORDERS orders, default 1000) and print its figure
#   --filter=EXPR  a dotnet test --filter expression
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_ROLL_FORWARD=Major

log() { printf '[integration %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; echo "0 passed, 1 failed"; exit 1; }

FILTER="" BENCH=0 WORK=""
for a in "$@"; do
  case "$a" in
    --benchmark) BENCH=1 ;;
    --filter=*) FILTER="${a#--filter=}" ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option $a" >&2; exit 2 ;;
    *) WORK="$a" ;;
  esac
done
WORK=${WORK:-${NOP_WORK_DIR:-/tmp/amazonchannel-nop}}

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (10.x) is required: dotnet is not on PATH"
SHARED="$REPO/../shared/nopcommerce"
[ -f "$SHARED/build.sh" ] || die "$SHARED/build.sh is missing (the nopCommerce test bench beside the clone)"
mkdir -p "$WORK" || die "cannot create $WORK"
WORK=$(cd "$WORK" && pwd)
case "$WORK/" in "$REPO"/*) die "WORK_DIR must not be inside the repository ($WORK)" ;; esac
SRC="$WORK/src/src"
LOGS="$WORK/logs"
mkdir -p "$LOGS"
t_start=$(date +%s)

# 1. the tree: extracted and patched once, then reused (its build output too)
if [ -d "$SRC/Tests/Nop.Tests" ]; then
  log "reusing the nopCommerce tree in $WORK"
else
  log "laying out nopCommerce 4.90.3 in $WORK (build.sh --no-build)"
  bash "$SHARED/build.sh" --no-build "$WORK" || die "build.sh could not lay out the tree"
fi

# 2. the repository as src/Plugins/Nop.Plugin.Misc.AmazonChannel (git-tracked files, as build.sh --plugin copies them)
dest="$SRC/Plugins/Nop.Plugin.Misc.AmazonChannel"
log "copying the repository into $dest"
rm -rf "$dest" && mkdir -p "$dest" || die "cannot write $dest"
if git -C "$REPO" rev-parse --git-dir >/dev/null 2>&1; then
  (git -C "$REPO" ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$dest" || die "copy failed"
else
  (tar --exclude=bin --exclude=obj --exclude=artifacts -cf - .) | tar -xf - -C "$dest" || die "copy failed"
fi

# 3. build: the integration tests build Nop.Tests (all of nopCommerce, incrementally), the plugin in-tree, the emulator
proj="$dest/tests/Nop.Plugin.Misc.AmazonChannel.IntegrationTests/Nop.Plugin.Misc.AmazonChannel.IntegrationTests.csproj"
# the plugin's in-tree output folder starts empty, so the check below sees this build's files only
rm -rf "$SRC/Presentation/Nop.Web/Plugins/Misc.AmazonChannel"
log "building the plugin in-tree as the README says, then the integration tests (log: $LOGS/integration-build.log)"
t0=$(date +%s)
if ! (cd "$dest" && dotnet build Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj -nologo -clp:"ErrorsOnly;Summary") > "$LOGS/integration-build.log" 2>&1 \
   || ! dotnet build "$proj" -c Debug -nologo -clp:"ErrorsOnly;Summary" >> "$LOGS/integration-build.log" 2>&1; then
  grep -E ' error ' "$LOGS/integration-build.log" | sort -u | head -40
  die "build failed after $(( $(date +%s) - t0 )) s"
fi
log "build ok in $(( $(date +%s) - t0 )) s"

# 3b. the in-tree output holds the plugin's own files only: no host assembly, nothing of Nop.Web
plugin_dir="$SRC/Presentation/Nop.Web/Plugins/Misc.AmazonChannel"
foreign=$(cd "$plugin_dir" 2>/dev/null && find . -type f \( -name '*.dll' -o -name 'Nop.Web*' -o -name '*.runtimeconfig.json' \) \
  ! -name 'Nop.Plugin.Misc.AmazonChannel.dll' | sort)
output_failed=0
if [ ! -f "$plugin_dir/Nop.Plugin.Misc.AmazonChannel.dll" ] || [ ! -f "$plugin_dir/plugin.json" ]; then
  log "the in-tree build wrote no plugin to $plugin_dir"; output_failed=1
elif [ -n "$foreign" ]; then
  log "the in-tree plugin folder holds host files:"; sed 's/^/    /' <<<"$foreign"; output_failed=1
else
  log "in-tree plugin folder: $(cd "$plugin_dir" && find . -type f | sed 's|^\./||' | sort | tr '\n' ' ')"
fi

# 4. run
if [ "$BENCH" = 1 ]; then FILTER="Category=Benchmark"; fi
log "running the integration tests ${FILTER:+(filter: $FILTER) }(log: $LOGS/integration-test.log)"
t0=$(date +%s)
rm -f "$LOGS/integration.trx"
dotnet test "$proj" --no-build -c Debug -nologo ${FILTER:+--filter "$FILTER"} \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=integration.trx" --results-directory "$LOGS" > "$LOGS/integration-test.log" 2>&1
status=$?
grep -E '^\s+(Failed|Skipped) ' "$LOGS/integration-test.log" || true
grep -E 'BENCHMARK ' "$LOGS/integration-test.log" | sed 's/^ *//' | sort -u || true
log "tests finished in $(( $(date +%s) - t0 )) s; whole run $(( $(date +%s) - t_start )) s"

# the counters of the run's TRX file (whatever the console verbosity)
counters=$(grep -o '<Counters [^>]*>' "$LOGS/integration.trx" 2>/dev/null | head -1)
passed=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')
failed=$(grep -o ' failed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')
if [ -z "$counters" ]; then
  tail -20 "$LOGS/integration-test.log"
  passed=0 failed=1
fi
# the in-tree output check counts as one more
if [ "$output_failed" = 0 ]; then passed=$(( ${passed:-0} + 1 )); else failed=$(( ${failed:-0} + 1 )); status=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"

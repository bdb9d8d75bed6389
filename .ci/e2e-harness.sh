# Shared by the end-to-end scripts (.ci/consumer-e2e.sh, .ci/tool-e2e.sh); sourced, not run.
# Before sourcing, set e2e_name (printed as "<e2e_name> e2e: passed") and e2e_folder (the work folder's
# prefix). The caller's first argument, if any, is OUTCOME_FILE: it receives "Passed" or "Failed" (read by
# .ci/count_trx.py). E2E_KEEP=1 keeps the work folder of a passing run for a look.
# Defines: repo (the checkout, also the current folder), work, log, step, run, fail, finish.
set -uo pipefail
outcome_file=${1:-}
# Absolute (relative to where the script was called from), since the scripts change folders.
[ -n "$outcome_file" ] && case "$outcome_file" in /*) ;; *) outcome_file="$(pwd)/$outcome_file" ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
repo=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/$e2e_folder.XXXXXX")
log="$work/log.txt"

finish() {
  local result=$1
  [ -n "$outcome_file" ] && { mkdir -p "$(dirname "$outcome_file")"; echo "$result" > "$outcome_file"; }
  if [ "$result" = Passed ]; then
    echo "$e2e_name e2e: passed"
  else
    echo "$e2e_name e2e: FAILED ($2); last lines of $log:"
    tail -n 40 "$log"
  fi
  if [ "${E2E_KEEP:-0}" = 1 ] || [ "$result" != Passed ]; then
    echo "work folder kept: $work"
  else
    rm -rf "$work"
  fi
  [ "$result" = Passed ]
  exit $?
}

step() { echo "-- $*"; echo "-- $*" >> "$log"; }
run() { "$@" >> "$log" 2>&1; }
fail() { finish Failed "$1"; }

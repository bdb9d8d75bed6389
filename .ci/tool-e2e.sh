#!/usr/bin/env bash
# End-to-end test of the reportdata tool as users get it (docs/tool.md: "Install and a first draft"): packs
# ReportData.Tool into a local folder feed, installs it with `dotnet tool install --tool-path` into a
# fresh folder (fresh global packages folder, so no cached package stands in), then in a fresh folder:
#   reportdata draft 004_759fef2eaf5c0f7f.txt --city Quzhou --city-name 衢州   writes a draft that the
#     generator reads with no error but RD4001 (figures to review) and that validates against the schema,
#   reportdata check seeds   exits 0,   reportdata export seeds --format csv   gives the library's CSV header.
#
# Usage: bash .ci/tool-e2e.sh [OUTCOME_FILE]    (OUTCOME_FILE receives "Passed" or "Failed")
#   E2E_NO_BUILD=1  pack what the last `dotnet build -c Release` produced (as .ci/run does).
#   E2E_KEEP=1      keep the work folder (printed) for a look.
e2e_name=tool e2e_folder=reportdata-tool-e2e
source "$(dirname "$0")/e2e-harness.sh"

version=$(dotnet msbuild tools/ReportData.Tool/ReportData.Tool.csproj -getProperty:Version 2>>"$log") || fail "reading the version"
step "pack ReportData.Tool $version into $work/feed"
pack_args=(-c Release -o "$work/feed")
[ "${E2E_NO_BUILD:-0}" = 1 ] && pack_args+=(--no-build)
run dotnet pack tools/ReportData.Tool/ReportData.Tool.csproj "${pack_args[@]}" || fail "dotnet pack"
# Listings are read whole into a variable, never piped into `grep -q`: under pipefail a grep that
# matches and exits early kills the writer with SIGPIPE, and the pipeline fails (or, before `&& fail`,
# hides a real finding), depending on timing.
tool_files=$(unzip -Z1 "$work/feed/ReportData.Tool.$version.nupkg") || fail "listing the package"
grep -qx 'tools/net10.0/any/ReportData.Tool.dll' <<<"$tool_files" || fail "the package has no tool"

step "install it from the local feed into a fresh folder"
export NUGET_PACKAGES="$work/packages"
run dotnet tool install --tool-path "$work/bin" --add-source "$work/feed" ReportData.Tool --version "$version" || fail "dotnet tool install"
reportdata="$work/bin/reportdata"

step "draft the 2024 Quzhou report in a fresh folder"
mkdir -p "$work/draft" && cp seeds/004_759fef2eaf5c0f7f.txt "$work/draft/"
(cd "$work/draft" && "$reportdata" draft 004_759fef2eaf5c0f7f.txt --city Quzhou --city-name 衢州) >> "$log" 2>&1 || fail "reportdata draft"
[ -f "$work/draft/quzhou-2024.report.yaml" ] || fail "no draft written"
"$reportdata" check "$work/draft" > "$work/check.txt" 2>&1
code=$?
cat "$work/check.txt" >> "$log"
[ $code -eq 1 ] || fail "check of the draft exited $code, expected 1 (figures to review)"
grep -q 'error RD4001' "$work/check.txt" || fail "the draft has no figure to review"
grep 'error RD' "$work/check.txt" | grep -v 'error RD4001' && fail "the draft has errors other than RD4001"
step "the draft validates against docs/report.schema.json (ajv)"
if command -v npx > /dev/null && npx --no-install ajv --version > /dev/null 2>&1; then
  run npx --no-install ajv validate -s docs/report.schema.json -d "$work/draft/quzhou-2024.report.yaml" || fail "schema validation"
else
  echo "(ajv not installed: the schema is checked by the test suite, tests/Tool/DraftSeedTests.cs)" | tee -a "$log"
fi

step "reportdata check seeds exits 0; export gives the library's columns and a Parquet file"
run "$reportdata" check "$repo/seeds" || fail "reportdata check seeds"
"$reportdata" export "$repo/seeds" --format csv > "$work/figures.csv" 2>>"$log" || fail "reportdata export"
csv_header=$(head -n 1 "$work/figures.csv")
grep -q '^id,place,level,year,horizon,key,' <<<"$csv_header" || fail "reportdata export's CSV header is $csv_header"
run "$reportdata" export "$repo/seeds" --format parquet --output "$work/figures.parquet" || fail "reportdata export --format parquet"
[ "$(head -c 4 "$work/figures.parquet")" = "PAR1" ] || fail "the parquet export is no Parquet file"
"$reportdata" coverage "$repo/seeds" >> "$log" 2>&1 || fail "reportdata coverage seeds"
finish Passed

#!/usr/bin/env bash
# End-to-end consumer test: how users meet the product.
#
# Packs ReportData and ReportData.Generator into a local folder feed, creates fresh projects outside
# the repository (their own nuget.config, a fresh global packages folder, so no cached or repacked
# package can stand in), adds the packages by version with `dotnet add package`, builds and runs:
#   Consumer.App       net10.0 console, both packages, report YAML of its own, references the two below
#   Consumer.Lib       netstandard2.0 library, ReportData.Generator only (runtime types emitted, polyfills)
#   Consumer.Standard  netstandard2.0 library, ReportData only (netstandard2.0 asset, System.Text.Json)
#   Consumer.Units     net10.0 library, ReportData only: the package's unit analyzer flags exactly the lines
#                      of .ci/consumer-e2e/Units/UnitChecks.cs marked "expect RDnnnn" (RD3001 for GdpBillion + GdpGrowthPercent)
#   Consumer.Both      the same file with both packages: each carries the analyzer, and it still reports once
#   Consumer.Analyst   net10.0 console, the satellite packages of integrations/ only (data frames, Parquet, charts, terminal)
# and checks that the packages are reproducible, their contents, and the program's output
# (.ci/consumer-e2e/expected-output.txt).
#
# Usage: bash .ci/consumer-e2e.sh [OUTCOME_FILE]
#   OUTCOME_FILE  receives "Passed" or "Failed" (read by .ci/count_trx.py).
#   E2E_NO_BUILD=1  pack what the last `dotnet build -c Release` produced (as .ci/run does).
#   SOURCE_DATE_EPOCH  the packages' file times; defaults to the time of the last commit.
#   E2E_KEEP=1      keep the work folder (printed) for a look.
e2e_name=consumer e2e_folder=reportdata-e2e
source "$(dirname "$0")/e2e-harness.sh"

# Zip entries take this time (NuGet 7.9+), so that packing the same commit twice gives identical bytes.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}

version=$(dotnet msbuild lib/ReportData.csproj -getProperty:Version 2>>"$log") || fail "reading the version"
feed="$work/feed"
step "pack ReportData and ReportData.Generator $version into $feed"
pack_args=(-c Release -o "$feed")
[ "${E2E_NO_BUILD:-0}" = 1 ] && pack_args+=(--no-build)
run dotnet pack generator/ReportData.Generator.csproj "${pack_args[@]}" || fail "dotnet pack generator"
run dotnet pack lib/ReportData.csproj "${pack_args[@]}" || fail "dotnet pack lib"

step "pack again: the packages are reproducible"
run dotnet pack generator/ReportData.Generator.csproj -c Release --no-build -o "$work/feed-again" || fail "dotnet pack generator again"
run dotnet pack lib/ReportData.csproj -c Release --no-build -o "$work/feed-again" || fail "dotnet pack lib again"
for package in "$feed"/*.nupkg "$feed"/*.snupkg; do
  cmp -s "$package" "$work/feed-again/$(basename "$package")" || fail "$(basename "$package") differs when packed again"
done

step "check the packages' contents"
lib_pkg="$feed/ReportData.$version.nupkg"
gen_pkg="$feed/ReportData.Generator.$version.nupkg"
[ -f "$lib_pkg" ] && [ -f "$gen_pkg" ] && [ -f "$feed/ReportData.$version.snupkg" ] || fail "a package is missing: $(ls "$feed")"
gen_files=$(unzip -Z1 "$gen_pkg")
lib_files=$(unzip -Z1 "$lib_pkg")
lib_nuspec=$(unzip -p "$lib_pkg" ReportData.nuspec)
for file in analyzers/dotnet/cs/ReportData.Generator.dll analyzers/dotnet/cs/ReportData.Authoring.dll analyzers/dotnet/cs/YamlDotNet.dll analyzers/dotnet/cs/ReportData.Analyzers.dll analyzers/dotnet/cs/ReportData.Analyzers.CodeFixes.dll build/ReportData.Generator.props README.md; do
  grep -qx "$file" <<<"$gen_files" || fail "ReportData.Generator lacks $file"
done
grep -q '^lib/' <<<"$gen_files" && fail "ReportData.Generator has a lib/ folder: consumers would get a runtime dependency"
for file in lib/net10.0/ReportData.dll lib/net10.0/ReportData.xml lib/netstandard2.0/ReportData.dll lib/netstandard2.0/ReportData.xml README.md; do
  grep -qx "$file" <<<"$lib_files" || fail "ReportData lacks $file"
done
grep -qiE 'YamlDotNet|Microsoft\.CodeAnalysis|ReportData\.Generator' <<<"$lib_nuspec" && fail "the ReportData nuspec depends on YamlDotNet, Roslyn or the generator"
# The unit analyzer and its code fix, and no other analyzer: the generator is not part of ReportData.
for file in analyzers/dotnet/cs/ReportData.Analyzers.dll analyzers/dotnet/cs/ReportData.Analyzers.CodeFixes.dll; do
  grep -qx "$file" <<<"$lib_files" || fail "ReportData lacks $file"
done
grep -i 'analyzers/' <<<"$lib_files" | grep -vE '^analyzers/dotnet/cs/ReportData\.Analyzers(\.CodeFixes)?\.dll$' >/dev/null && fail "ReportData carries an analyzer other than the unit analyzer"
grep -q '<license type="expression">MIT</license>' <<<"$lib_nuspec" || fail "the ReportData nuspec has no license expression"
# Source Link writes the commit always, and the repository URL only when the git remote is a hosted one
# (a clone of a local folder has none): no URL is ever written by hand.
grep -q '<repository type="git"[^>]* commit="[0-9a-f]\{40\}"' <<<"$lib_nuspec" || fail "the ReportData nuspec has no repository commit"
remote_url=$(git remote get-url origin 2>/dev/null || true)
if [[ "$remote_url" =~ ^(https?|ssh|git)://|^[^/]+@[^/]+: ]]; then
  grep -q '<repository type="git" url="[^"]\+"' <<<"$lib_nuspec" || fail "the ReportData nuspec has no repository URL though the remote is $remote_url"
else
  grep -q 'github.com/reportdata' <<<"$lib_nuspec" && fail "the ReportData nuspec names a repository that does not exist"
fi

step "fresh projects in $work (own nuget.config, fresh packages folder)"
# The feed serves ReportData*; everything else comes from the sources configured on this machine.
upstream=$(cd "$work" && dotnet nuget list source --format short 2>>"$log" | awk '$1 == "E" { print $2 }')
[ -n "$upstream" ] || fail "no enabled NuGet source is configured on this machine"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <config><add key="globalPackagesFolder" value="packages" /></config>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo '    <add key="local-feed" value="feed" />'
  n=0; for url in $upstream; do n=$((n + 1)); echo "    <add key=\"upstream$n\" value=\"$url\" />"; done
  echo '  </packageSources>'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="local-feed"><package pattern="ReportData" /><package pattern="ReportData.*" /></packageSource>'
  n=0; for url in $upstream; do n=$((n + 1)); echo "    <packageSource key=\"upstream$n\"><package pattern=\"*\" /></packageSource>"; done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} > "$work/nuget.config"
# Stop MSBuild from looking above the work folder for shared props (such as this repository's).
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$work/$file"; done
cp -r "$repo/.ci/consumer-e2e/App" "$work/Consumer.App"
cp -r "$repo/.ci/consumer-e2e/Lib" "$work/Consumer.Lib"
cp -r "$repo/.ci/consumer-e2e/Standard" "$work/Consumer.Standard"
cp -r "$repo/.ci/consumer-e2e/Units" "$work/Consumer.Units"
cp -r "$repo/.ci/consumer-e2e/Units" "$work/Consumer.Both"

# Strict settings, as a careful user would have them: warnings are errors, XML docs are checked.
project() { # name target-framework output-type
  cat > "$work/$1/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>$2</TargetFramework>
    <OutputType>$3</OutputType>
    <RootNamespace>$1</RootNamespace>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
  </PropertyGroup>
</Project>
EOF
}
project Consumer.App net10.0 Exe
project Consumer.Lib netstandard2.0 Library
project Consumer.Standard netstandard2.0 Library
project Consumer.Units net10.0 Library
project Consumer.Both net10.0 Library
for name in Consumer.App Consumer.Lib; do
  # The generator reads report YAML and texts as AdditionalFiles.
  sed -i 's|</Project>|  <ItemGroup>\n    <AdditionalFiles Include="reports/*.report.yaml;reports/*.txt" />\n  </ItemGroup>\n</Project>|' "$work/$name/$name.csproj"
done

step "dotnet add package (by version)"
cd "$work" || fail "cd $work"
run dotnet add Consumer.App package ReportData --version "$version" || fail "add ReportData to Consumer.App"
run dotnet add Consumer.App package ReportData.Generator --version "$version" || fail "add ReportData.Generator to Consumer.App"
run dotnet add Consumer.Lib package ReportData.Generator --version "$version" || fail "add ReportData.Generator to Consumer.Lib"
run dotnet add Consumer.Standard package ReportData --version "$version" || fail "add ReportData to Consumer.Standard"
run dotnet add Consumer.Units package ReportData --version "$version" || fail "add ReportData to Consumer.Units"
run dotnet add Consumer.Both package ReportData --version "$version" || fail "add ReportData to Consumer.Both"
run dotnet add Consumer.Both package ReportData.Generator --version "$version" || fail "add ReportData.Generator to Consumer.Both"
run dotnet add Consumer.App reference Consumer.Lib/Consumer.Lib.csproj Consumer.Standard/Consumer.Standard.csproj || fail "add project references"

step "build and run Consumer.App"
run dotnet build Consumer.App -c Release || fail "build"
dotnet run --project Consumer.App -c Release --no-build > "$work/output.txt" 2>>"$log" || fail "run"
cat "$work/output.txt" >> "$log"
if ! diff -u "$repo/.ci/consumer-e2e/expected-output.txt" "$work/output.txt" >> "$log"; then
  fail "output differs from .ci/consumer-e2e/expected-output.txt"
fi

step "check what the application carries"
app_out="$work/Consumer.App/bin/Release/net10.0"
app_files=$(ls "$app_out")
grep -qiE '^(YamlDotNet|Microsoft\.CodeAnalysis|ReportData\.Generator)' <<<"$app_files" && fail "the application output carries the generator, YamlDotNet or Roslyn"
grep -qiE 'YamlDotNet|Microsoft\.CodeAnalysis|ReportData\.Generator' "$app_out/Consumer.App.deps.json" && fail "the application's deps.json lists the generator, YamlDotNet or Roslyn"
grep -q '"ReportData/' "$app_out/Consumer.App.deps.json" || fail "the application's deps.json does not list ReportData"
grep -q 'lib/net10.0/ReportData.dll' "$app_out/Consumer.App.deps.json" || fail "the application does not use the net10.0 build of ReportData"
[ -f "$work/packages/reportdata/$version/reportdata.$version.nupkg" ] || fail "ReportData was not restored into the fresh packages folder"

# The unit analyzer's warnings are the point here: build without warnings-as-errors and read them off the output.
expected_units=$(grep -n 'expect RD3[0-9]\{3\}' Consumer.Units/UnitChecks.cs | sed -E 's/^([0-9]+):.*expect (RD3[0-9]{3}).*/\1 \2/' | sort -u)
[ -n "$expected_units" ] || fail "UnitChecks.cs marks no expected diagnostic"
mixed_line=$(grep -n 'GdpBillion + Quzhou.Y2023.GdpGrowthPercent' Consumer.Units/UnitChecks.cs | cut -d: -f1)
for name in Consumer.Units Consumer.Both; do
  step "the unit analyzer, with no setup ($name)"
  dotnet build "$name" -c Release -p:TreatWarningsAsErrors=false > "$work/$name-build.txt" 2>&1 || { cat "$work/$name-build.txt" >> "$log"; fail "build $name"; }
  cat "$work/$name-build.txt" >> "$log"
  found_units=$(grep -oE 'UnitChecks\.cs\([0-9]+,[0-9]+\): warning RD3[0-9]{3}' "$work/$name-build.txt" | sed -E 's/.*\(([0-9]+),[0-9]+\): warning (RD3[0-9]{3})/\1 \2/' | sort -u)
  grep -qx "$mixed_line RD3001" <<<"$found_units" || fail "$name: the unit analyzer did not flag GdpBillion + GdpGrowthPercent with RD3001"
  [ "$expected_units" = "$found_units" ] || fail "$name: unit analyzer diagnostics differ from the lines marked in UnitChecks.cs: expected [$expected_units], found [$found_units]"
  # Each warning once: MSBuild's summary counts them (a second copy of the analyzer would double it).
  grep -qE "^ +$(wc -l <<<"$expected_units") Warning\(s\)" "$work/$name-build.txt" || fail "$name: expected $(wc -l <<<"$expected_units") warnings, the build reports $(grep -E 'Warning\(s\)' "$work/$name-build.txt")"
done

# --- Satellite packages (integrations/): each packs beside the core, reproducibly, with its XML docs and
# README, depends on ReportData of the same version, and works in a fresh project that references
# only the satellites (ReportData arrives as their dependency).
satellites=()
for csproj in "$repo"/integrations/ReportData.*/ReportData.*.csproj; do
  case "$csproj" in *.Tests.csproj) continue ;; esac
  satellites+=("$(basename "$csproj" .csproj)")
done
step "pack the satellites: ${satellites[*]}"
cd "$repo" || fail "cd $repo"
for name in "${satellites[@]}"; do
  run dotnet pack "integrations/$name/$name.csproj" "${pack_args[@]}" || fail "dotnet pack $name"
  run dotnet pack "integrations/$name/$name.csproj" -c Release --no-build -o "$work/feed-again" || fail "dotnet pack $name again"
  for package in "$feed/$name.$version.nupkg" "$feed/$name.$version.snupkg"; do
    [ -f "$package" ] || fail "$(basename "$package") is missing"
    cmp -s "$package" "$work/feed-again/$(basename "$package")" || fail "$(basename "$package") differs when packed again"
  done
  files=$(unzip -Z1 "$feed/$name.$version.nupkg")
  for file in "lib/net10.0/$name.dll" README.md; do
    grep -qx "$file" <<<"$files" || fail "$name lacks $file"
  done
  # XML docs beside the assembly of every target framework.
  for dll in $(grep "^lib/[^/]*/$name\.dll\$" <<<"$files"); do
    grep -qx "${dll%.dll}.xml" <<<"$files" || fail "$name lacks ${dll%.dll}.xml"
  done
  nuspec=$(unzip -p "$feed/$name.$version.nupkg" "$name.nuspec")
  grep -q "<dependency id=\"ReportData\" version=\"$version\"" <<<"$nuspec" || fail "$name does not depend on ReportData $version"
  grep -q '<description>.\{40,\}</description>' <<<"$nuspec" || fail "$name has no description"
done

step "fresh project Consumer.Analyst: ReportData.DataFrames, ReportData.Parquet, ReportData.Charts and ReportData.Terminal from the feed"
cp -r "$repo/.ci/consumer-e2e/Analyst" "$work/Consumer.Analyst"
project Consumer.Analyst net10.0 Exe
cd "$work" || fail "cd $work"
run dotnet add Consumer.Analyst package ReportData.DataFrames --version "$version" || fail "add ReportData.DataFrames to Consumer.Analyst"
run dotnet add Consumer.Analyst package ReportData.Parquet --version "$version" || fail "add ReportData.Parquet to Consumer.Analyst"
run dotnet add Consumer.Analyst package ReportData.Charts --version "$version" || fail "add ReportData.Charts to Consumer.Analyst"
run dotnet add Consumer.Analyst package ReportData.Terminal --version "$version" || fail "add ReportData.Terminal to Consumer.Analyst"
run dotnet build Consumer.Analyst -c Release || fail "build Consumer.Analyst"
dotnet run --project Consumer.Analyst -c Release --no-build > "$work/analyst-output.txt" 2>>"$log" || fail "run Consumer.Analyst"
cat "$work/analyst-output.txt" >> "$log"
if ! diff -u "$repo/.ci/consumer-e2e/analyst-expected-output.txt" "$work/analyst-output.txt" >> "$log"; then
  fail "Consumer.Analyst's output differs from .ci/consumer-e2e/analyst-expected-output.txt"
fi
analyst_deps="$work/Consumer.Analyst/bin/Release/net10.0/Consumer.Analyst.deps.json"
for dependency in ReportData ReportData.DataFrames ReportData.Parquet ReportData.Charts ReportData.Terminal; do
  grep -q "\"$dependency/$version\"" "$analyst_deps" || fail "Consumer.Analyst's deps.json does not list $dependency $version"
done
[ -f "$work/packages/reportdata.parquet/$version/reportdata.parquet.$version.nupkg" ] || fail "ReportData.Parquet was not restored into the fresh packages folder"

finish Passed

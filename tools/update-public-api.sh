#!/usr/bin/env bash
# Brings every PublicAPI.Unshipped.txt up to the code: builds each API-tracked project for each of its target frameworks
# with a SARIF log, then adds the exact line of every RS0016 (a public member the list lacks; the analyzer's own APIName)
# and deletes the line of every RS0017 (a listed member that is gone). Suppressed results (the generated dataset's
# constants) are left out. Review the diff before committing: it is the change to the public surface.
set -uo pipefail
cd "$(dirname "$0")/.."
export SARIF_DIR=$(mktemp -d)
# Everything built once (the lists may be stale, so their findings are warnings here), then each project alone.
dotnet build ReportData.sln -c Release -p:WarningsNotAsErrors=RS0016%3BRS0017 > "$SARIF_DIR/build.log" 2>&1 \
  || { tail -n 30 "$SARIF_DIR/build.log"; exit 1; }
for proj in lib/ReportData.csproj authoring/ReportData.Authoring.csproj generator/ReportData.Generator.csproj tools/ReportData.Tool/ReportData.Tool.csproj integrations/ReportData.Charts/ReportData.Charts.csproj integrations/ReportData.Terminal/ReportData.Terminal.csproj integrations/ReportData.DataFrames/ReportData.DataFrames.csproj integrations/ReportData.Parquet/ReportData.Parquet.csproj; do
  tfms=$(dotnet msbuild $proj -getProperty:TargetFrameworks 2>/dev/null); [ -z "$tfms" ] && tfms=$(dotnet msbuild $proj -getProperty:TargetFramework)
  for tfm in ${tfms//;/ }; do
    name=$(basename $proj .csproj)-$tfm
    dotnet build $proj -c Release -f $tfm --no-restore --no-dependencies --no-incremental "-p:ErrorLog=$SARIF_DIR/$name.sarif%2Cversion=2.1" -p:WarningsNotAsErrors=RS0016%3BRS0017 > $SARIF_DIR/$name.log 2>&1 || echo "build failed: $name (see $SARIF_DIR/$name.log)"
  done
done
python3 - <<'PY'
import os
import json,glob,os,collections
adds=collections.defaultdict(set); removes=collections.defaultdict(set)
for f in glob.glob(os.environ['SARIF_DIR']+'/*.sarif'):
    d=json.load(open(f))
    for r in d['runs'][0].get('results',[]):
        if r['ruleId'] not in ('RS0016','RS0017') or r.get('suppressions'): continue
        uri=r['locations'][0]['physicalLocation']['artifactLocation']['uri'] if r.get('locations') else None
        base=os.path.basename(f).rsplit('-',1)[0]
        if r['ruleId']=='RS0016':
            adds[base].add(r['properties']['customProperties']['APIName'])
        else:
            msg=r['message']['text']; s=msg.index("'")+1; e=msg.index("' is part of")
            removes[base].add(msg[s:e])
dirs={'ReportData':'lib','ReportData.Authoring':'authoring','ReportData.Generator':'generator','ReportData.Tool':'tools/ReportData.Tool','ReportData.Charts':'integrations/ReportData.Charts','ReportData.Terminal':'integrations/ReportData.Terminal','ReportData.DataFrames':'integrations/ReportData.DataFrames','ReportData.Parquet':'integrations/ReportData.Parquet'}
for base in set(adds)|set(removes):
    p=os.path.join(dirs[base],'PublicAPI.Unshipped.txt')
    lines=open(p).read().splitlines()
    header=[l for l in lines if l.startswith('#')]
    body=[l for l in lines if l and not l.startswith('#') and l not in removes[base]]
    body=sorted(set(body)|adds[base], key=lambda x: x.replace('~','').lower())
    open(p,'w').write('\n'.join(header+body)+'\n')
    print(base, '+', len(adds[base]), '-', len(removes[base]))
PY

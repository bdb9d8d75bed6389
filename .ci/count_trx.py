#!/usr/bin/env python3
"""Prints 'N passed, N failed, N skipped' from the TRX files of a dotnet test run, plus the
*.outcome files of other checks in the same folder (one word each, "Passed" or "Failed", such as
the end-to-end consumer test's). Exits 1 when no test ran (a run that tests nothing must not look green)."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
files = glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)
for path in files:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive"):
            skipped += 1
        else:
            failed += 1
for path in glob.glob(f"{sys.argv[1]}/**/*.outcome", recursive=True):
    with open(path, encoding="utf-8") as outcome_file:
        if outcome_file.read().strip() == "Passed":
            passed += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(0 if files and passed + failed > 0 else 1)

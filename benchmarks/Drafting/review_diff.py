#!/usr/bin/env python3
"""What a review changed in a drafted report YAML.

Usage: review_diff.py DRAFT.yaml REVIEWED.yaml TEXT.txt [--list | --row NAME]

--list prints every change; --row prints one Markdown table row (the columns of the summary line).

Each figure is placed at the printed number it stands for: each place of its quote in the text, and the
first place of its printed value (words if given) in the quote. A reviewed figure and a draft figure that
share a place are one figure (each reviewed figure, in file order, takes the first draft figure not yet
taken; several figures at one number, as 各/均 lists give, pair in file order).
Paired figures are compared field by field (value, unit, year or horizon, kind, bound, key, decline; the unit
is the corrected unit where one is given, and bound `reach` is no bound, as the build reads it);
a draft figure with no reviewed one at its number was removed, a reviewed one with no draft one added.
"""
import sys
import yaml


def fold(text):
    return text.replace("\r\n", "\n")


def anchors(figure, text):
    """Where the figure's printed number stands: one place for each place of its quote in the text."""
    quote = str(figure.get("quote", ""))
    printed = str(figure.get("words") or figure.get("value"))
    inner = max(quote.find(printed), 0)
    places, start = set(), text.find(quote)
    while start >= 0 and quote:
        places.add(start + inner)
        start = text.find(quote, start + 1)
    return places


def period(figure):
    if "horizon" in figure:
        return "h:" + str(figure["horizon"])
    return str(figure.get("year"))


FIELDS = [
    ("value", lambda f: str(f.get("value"))),
    ("unit", lambda f: str(f.get("correctedUnit") or f.get("unit"))),
    ("year", period),
    ("kind", lambda f: f.get("kind", "actual")),
    ("bound", lambda f: "" if f.get("bound", "reach") == "reach" else f["bound"]),
    ("key", lambda f: f.get("key")),
    ("decline", lambda f: bool(f.get("decline", False))),
]


def main(argv):
    draft_path, reviewed_path, text_path = argv[1:4]
    listing = "--list" in argv
    row = argv[argv.index("--row") + 1] if "--row" in argv else None
    text = fold(open(text_path, encoding="utf-8").read())
    draft = yaml.safe_load(open(draft_path, encoding="utf-8"))["figures"] or []
    reviewed = yaml.safe_load(open(reviewed_path, encoding="utf-8"))["figures"] or []

    old_places = [anchors(figure, text) for figure in draft]
    used = set()
    counts = {name: 0 for name, _ in FIELDS}
    changed = added = removed = pairs = 0
    lines = []
    for figure in reviewed:
        places = anchors(figure, text)
        match = next((i for i, p in enumerate(old_places) if i not in used and p & places), None)
        where = min(places, default=-1)
        if match is None:
            added += 1
            lines.append((where, f"  added   {figure.get('key')} {figure.get('value')}{figure.get('unit')} [{figure.get('quote')}]"))
            continue
        used.add(match)
        pairs += 1
        old = draft[match]
        diffs = [name for name, get in FIELDS if get(old) != get(figure)]
        for name in diffs:
            counts[name] += 1
        if diffs:
            changed += 1
            lines.append((where, "  changed " + ", ".join(f"{n}: {dict(FIELDS)[n](old)} -> {dict(FIELDS)[n](figure)}" for n in diffs)
                          + f"  [{figure.get('quote')}]"))
    for i, old in enumerate(draft):
        if i not in used:
            removed += 1
            lines.append((min(old_places[i], default=-1), f"  removed {old.get('key')} {old.get('value')}{old.get('unit')} [{old.get('quote')}]"))
    lines = [line for _, line in sorted(lines, key=lambda entry: entry[0])]

    if row:
        cells = [row, len(draft), len(reviewed), pairs - changed, added, removed, changed] + list(counts.values())
        print("| " + " | ".join(str(cell) for cell in cells) + " |")
        return
    print(f"draft {len(draft)}, reviewed {len(reviewed)}, paired {pairs}, unchanged {pairs - changed}, "
          f"added {added}, removed {removed}, changed {changed}: "
          + ", ".join(f"{name} {count}" for name, count in counts.items()))
    if listing:
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)

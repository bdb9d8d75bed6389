#!/usr/bin/env python3
"""What a review changed in a drafted report YAML.

Usage: review_diff.py DRAFT.yaml REVIEWED.yaml TEXT.txt [--list]

Each figure is placed at the printed number it stands for: the first place of its quote in the text, and
the first place of its printed value (words if given) in the quote. A reviewed figure and a draft figure
at the same number are one figure (several figures at one number, as 各/均 lists give, pair in file order).
Paired figures are compared field by field (value, unit, year or horizon, kind, bound, key, decline; the unit
is the corrected unit where one is given, and bound `reach` is no bound, as the build reads it);
a draft figure with no reviewed one at its number was removed, a reviewed one with no draft one added.
"""
import sys
import yaml


def fold(text):
    return text.replace("\r\n", "\n")


def anchor(figure, text):
    quote = str(figure.get("quote", ""))
    printed = str(figure.get("words") or figure.get("value"))
    start = text.find(quote)
    inner = quote.find(printed)
    if start < 0:
        return (-1, quote)
    return (start + max(inner, 0), None)


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
    text = fold(open(text_path, encoding="utf-8").read())
    draft = yaml.safe_load(open(draft_path, encoding="utf-8"))["figures"] or []
    reviewed = yaml.safe_load(open(reviewed_path, encoding="utf-8"))["figures"] or []

    def group(figures):
        groups = {}
        for figure in figures:
            groups.setdefault(anchor(figure, text), []).append(figure)
        return groups

    drafted, kept = group(draft), group(reviewed)
    counts = {name: 0 for name, _ in FIELDS}
    changed = added = removed = pairs = 0
    lines = []
    for place in sorted(set(drafted) | set(kept), key=lambda p: (p[0], p[1] or "")):
        old, new = drafted.get(place, []), kept.get(place, [])
        for a, b in zip(old, new):
            pairs += 1
            diffs = [name for name, get in FIELDS if get(a) != get(b)]
            for name in diffs:
                counts[name] += 1
            if diffs:
                changed += 1
                lines.append("  changed " + ", ".join(f"{n}: {dict(FIELDS)[n](a)} -> {dict(FIELDS)[n](b)}" for n in diffs)
                             + f"  [{b.get('quote')}]")
        for a in old[len(new):]:
            removed += 1
            lines.append(f"  removed {a.get('key')} {a.get('value')}{a.get('unit')} [{a.get('quote')}]")
        for b in new[len(old):]:
            added += 1
            lines.append(f"  added   {b.get('key')} {b.get('value')}{b.get('unit')} [{b.get('quote')}]")

    print(f"draft {len(draft)}, reviewed {len(reviewed)}, paired {pairs}, unchanged {pairs - changed}, "
          f"added {added}, removed {removed}, changed {changed}: "
          + ", ".join(f"{name} {count}" for name, count in counts.items()))
    if listing:
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)

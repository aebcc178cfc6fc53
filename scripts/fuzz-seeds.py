#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus (fuzz/corpus/) and the known crashes (fuzz/pending/).

Usage: scripts/fuzz-seeds.py PATH/TO/roadmap   (the built program, for `roadmap generate`)

Each seed is a small roadmap file: the shapes `roadmap generate` writes, and reproductions of
the inputs issue 8 names (huge numbers in futureState, NFC/NFD twin ids, a minified file full
of warnings, flag and ZWJ emoji names, texts with line breaks), built from the minimal test
fixture. A few carry knobs after a NUL byte (see fuzz/FuzzPipeline.swift).
"""
import copy
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "fuzz", "corpus")
pending = os.path.join(root, "fuzz", "pending")
program = sys.argv[1]
os.makedirs(corpus, exist_ok=True)
os.makedirs(pending, exist_ok=True)

with open(os.path.join(root, "Tests", "Fixtures", "minimal.json"), encoding="utf-8") as f:
    minimal = json.load(f)


def write(folder, name, data, minified=False, knobs=None):
    if isinstance(data, (bytes, bytearray)):
        body = bytes(data)
    elif minified:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    else:
        body = json.dumps(data, ensure_ascii=False, indent=1).encode()
    if knobs is not None:
        body += b"\0" + bytes(knobs)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(body)


def variant(change):
    data = copy.deepcopy(minimal)
    change(data)
    return data


def generated(*args):
    return subprocess.run([program, "generate", *args], check=True, capture_output=True).stdout


# The shapes the generator writes, small.
for name, args in [
    ("generated-0", ["--activities", "0"]),
    ("generated-1", ["--activities", "1", "--seed", "2"]),
    ("generated-8", ["--activities", "8", "--seed", "3"]),
    ("generated-30", ["--activities", "30", "--seed", "4"]),
    ("generated-chain-12", ["--activities", "12", "--shape", "chain"]),
    ("generated-dense-20", ["--activities", "20", "--dependencies-per-activity", "6", "--seed", "5"]),
    ("generated-slips-20", ["--activities", "20", "--slips", "0.6", "--seed", "6"]),
]:
    write(corpus, name + ".json", generated(*args))

# A minified file with many warnings: slips, and roles that differ from their team's.
many = json.loads(generated("--activities", "40", "--slips", "0.5", "--seed", "7"))
roles = [r["id"] for r in many["roles"]]
team_role = {t["id"]: t.get("role") for t in many["teams"]}
for i, activity in enumerate(many["activities"]):
    if i % 2 == 0 and activity.get("team") in team_role:
        others = [r for r in roles if r != team_role[activity["team"]]]
        if others:
            activity["role"] = others[i % len(others)]
write(corpus, "minified-many-warnings.json", many, minified=True)

# Huge numbers in the free-form future state: valid files that crash the strategy page.
for name, number in [("future-state-1e300", "1e300"), ("future-state-minus-1e300", "-1e300"), ("future-state-1e999", "1e999")]:
    data = variant(lambda d: d.setdefault("strategy", {}).update(futureState={"budget": {"amount": 0, "share": 0.5}}))
    text = json.dumps(data, ensure_ascii=False, indent=1).replace('"amount": 0', '"amount": ' + number)
    write(pending, name + ".json", text.encode())
# The same shapes with numbers that fit, so that the fuzzer starts from a file that loads.
write(corpus, "future-state-numbers.json", variant(lambda d: d.setdefault("strategy", {}).update(futureState={
    "budget": {"amount": 12, "share": 0.5, "approved": True, "items": [1, -2, 3.25, False, None, "text"]},
    "steeringCommittee": {"name": {"fr": "Comité", "en": "Committee"}, "members": ["cio", {"title": "x"}]},
})))


# Ids that look the same: an activity café (NFC) and a dependency naming café (NFD).
def twins(d):
    d["activities"][1]["id"] = "caf\u00e9"
    d["dependencies"][0]["to"] = "cafe\u0301"
write(corpus, "ids-nfc-nfd.json", variant(twins))


def twins_valid(d):
    d["activities"][0]["id"] = "caf\u00e9"
    d["activities"][1]["id"] = "cafe\u0301"
    d["dependencies"][0]["from"] = "caf\u00e9"
    d["dependencies"][0]["to"] = "cafe\u0301"
write(corpus, "ids-nfc-nfd-both.json", variant(twins_valid))

flag = "\U0001F1E8\U0001F1E6"  # Canada's flag: two regional indicators
write(corpus, "flag-emoji-name.json", variant(lambda d: (
    d["activities"][0]["name"].update(en="Open data " + flag * 3, fr="Données ouvertes " + flag),
    d["teams"][0]["name"].update(en=flag + " team"))))

family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # 7 scalars
kiss = "\U0001F469\U0001F3FD\u200D\u2764\uFE0F\u200D\U0001F48B\u200D\U0001F468\U0001F3FF"  # 10 scalars
write(corpus, "zwj-family-name.json", variant(lambda d: (
    d["activities"][1]["name"].update(en="Families " + family + " and " + kiss, fr=family * 4),
    d["areas"][0]["name"].update(en=kiss + " area"))))

long_text = ("First line of a long vision that goes on and on, well past any terminal width, "
             "with accents — é à ç — and French spacing : « citation » !\nSecond line.\n\nAfter a blank line.\r\nAnd CRLF.")
write(corpus, "long-text-line-breaks.json", variant(lambda d: (
    d.setdefault("strategy", {}).update(vision={"fr": long_text, "en": long_text * 3}),
    d["workingGroups"][0].update(rationale=long_text),
    d["glossary"][0].update(definition={"fr": long_text, "en": long_text}))))

write(corpus, "hostile-text.json", variant(lambda d: (
    d["activities"][2]["name"].update(en="Cloud \u001b]0;title\u0007 \u009b31m \u202eevil\u202c \u2066x\u2069", fr="\u0000nul\u007f"),
    d["teams"][1].update(note="\u001b[2J"))))

write(corpus, "cjk-and-combining.json", variant(lambda d: (
    d["activities"][0]["name"].update(en="路线图路线图路线图 " + "e\u0301" * 30, fr="\u0301 mark first"),
    d["meta"]["title"].update(en="数字政府路线图"))))


def dependency_types(d):
    d["dependencies"] = [
        {"from": "propose", "to": "socialize", "type": "SS", "lag": -3},
        {"from": "propose", "to": "cloud", "type": "FF", "lag": 2},
        {"from": "socialize", "to": "cloud", "type": "SF", "lag": -20},
    ]
write(corpus, "dependency-types.json", variant(dependency_types))

# Knobs after a NUL: a wide page; a narrow one with a search; the explorer pressed through
# many keys.
write(corpus, "knobs-wide.json", minimal, knobs=[0, 0xC4, 0x03, 1, 0, 6, 0, 0xFF, 0xFF])
write(corpus, "knobs-narrow-search.json", minimal, knobs=[200, 0, 0, 0, 0, 1, 0, 0x20, 1, 3, 0, 2, 0])
write(corpus, "knobs-explorer.json", minimal, knobs=list(range(0, 256, 3)))
print("wrote", len(os.listdir(corpus)), "seeds and", len(os.listdir(pending)), "pending crashes")

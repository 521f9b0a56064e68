"""Check page files against FORMAT.md: python tests/pages/corpus/check.py FILE..."""
import re
import sys
from pathlib import Path

ENT = re.compile(r"\[([^\[\]{}]+)\]\{(PER|LOC|ORG)\}")
FRAG = re.compile(r"\{\{([^{}]+)\}\}")
bad = 0
for path in sys.argv[1:]:
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    n_ent = n_chrome = n_art = 0
    head = True
    for i, line in enumerate(lines, 1):
        if head and line.startswith("## "):
            continue
        head = False
        if line == "":
            continue
        prefix, body = line[:3], line[3:]
        if prefix not in ("P| ", "G| ", "C| ") or not body.strip():
            print(f"{path}:{i}: bad prefix or empty line: {line[:60]!r}")
            bad += 1
            continue
        if prefix == "C| ":
            n_chrome += 1
            if ENT.search(body) or FRAG.search(body):
                print(f"{path}:{i}: markup in a chrome line")
                bad += 1
            continue
        n_art += 1
        n_ent += len(ENT.findall(body))
        rest = FRAG.sub("", ENT.sub(r"\1", body))
        if re.search(r"\]\{|\{\{|\}\}|\{(PER|LOC|ORG)\}", rest):
            print(f"{path}:{i}: broken markup: {line[:80]!r}")
            bad += 1
    print(f"{path}: {n_art} article/caption lines, {n_chrome} chrome lines, {n_ent} entities")
sys.exit(1 if bad else 0)

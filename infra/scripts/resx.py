#!/usr/bin/env python3
"""Adds or updates texts in a resource pair (X.resx in English, X.es.resx in Spanish), creating the files if needed.

Usage:
  infra/scripts/resx.py src/CmaRenewal.Web/Features/Staff/StaffGrid Key "English text" "Texto en español" [Key2 en2 es2 ...]
  infra/scripts/resx.py PATH --from-tsv FILE     (lines: Key<TAB>English<TAB>Spanish)
  infra/scripts/resx.py PATH --remove Key [Key2 ...]

PATH is the file name without ".resx". Keys stay sorted, so two people adding keys to one file rarely conflict.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''


def read(path: Path) -> dict:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write(path: Path, entries: dict) -> None:
    body = "".join(
        f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n'
        for k, v in sorted(entries.items(), key=lambda kv: kv[0].lower()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    base = argv[0][:-5] if argv[0].endswith(".resx") else argv[0]
    en_path, es_path = Path(base + ".resx"), Path(base + ".es.resx")
    en, es = read(en_path), read(es_path)
    rest = argv[1:]
    if rest[0] == "--remove":
        for key in rest[1:]:
            en.pop(key, None)
            es.pop(key, None)
    else:
        triples = []
        if rest[0] == "--from-tsv":
            for line in Path(rest[1]).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    parts = line.split("\t")
                    if len(parts) != 3:
                        sys.exit(f"not Key<TAB>English<TAB>Spanish: {line!r}")
                    triples.append(parts)
        else:
            if len(rest) % 3:
                sys.exit("give Key English Spanish triples")
            triples = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        for key, english, spanish in triples:
            if not key or not english or not spanish:
                sys.exit(f"empty key or text in {key!r}")
            en[key], es[key] = english, spanish
    write(en_path, en)
    write(es_path, es)


if __name__ == "__main__":
    main(sys.argv[1:])

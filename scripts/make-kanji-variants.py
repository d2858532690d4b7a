#!/usr/bin/env python3
"""Regenerates resources/reconcile/kanji-variants.tsv, the table of variant kanji that name
comparison folds (importer/reconcile/KanjiVariants), from two published sources that Debian
ships:

  Unicode Unihan database   package unicode-data  /usr/share/unicode/Unihan_*.txt.bz2
  KANJIDIC2 (EDRDG)         package kanjidic-xml  /usr/share/edict/kanjidic2.xml.gz

  apt-get install unicode-data kanjidic-xml
  scripts/make-kanji-variants.py            # rewrite the table
  scripts/make-kanji-variants.py --check    # exit 1 when the table differs from the sources

Which pairs are taken, and why (each line of the table names its source):
  jinmeiyo   Unihan kJinmeiyoKanji: the old forms of the Japanese name-kanji list (人名用漢字
             別表第二, Ministry of Justice, 2010) -> their Joyo form (國 -> 国, 德 -> 徳).
  joyo       Unihan kJoyoKanji: the permitted alternate forms of the Joyo list (剥 / 剝).
  kanjidic   KANJIDIC2 variant entries of type jis208 that both characters list for each other:
             old and new forms inside JIS X 0208 (邊 / 邉 / 辺, 齋 / 斎, 濱 / 浜, 澤 / 沢).
  outside0208  Unihan kSemanticVariant or kZVariant of a Japanese kanji that JIS X 0208
             cannot write (IBM/NEC extension, JIS X 0212/0213: 髙, 﨑) to its variant in JIS X
             0208, which is what a system writing ISO 2022 IR 87 has to put instead (髙 -> 高).
             Taken only when all such variants are one character (or one group of the others).
Unihan's Chinese simplified/traditional pairs and semantic variants between two JIS X 0208
characters are not taken: 藤 and 籐 are different kanji in Japanese names.

Every character of a group of variants maps to one representative: a Joyo kanji when the group
has one, else a JIS X 0208 level 1 kanji, else the lowest code point.
"""
import bz2
import collections
import gzip
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UNIHAN = Path('/usr/share/unicode')
KANJIDIC = Path('/usr/share/edict/kanjidic2.xml.gz')
OUT = Path(__file__).resolve().parent.parent / 'resources' / 'reconcile' / 'kanji-variants.tsv'


def unihan(name):
    path = UNIHAN / f'Unihan_{name}.txt.bz2'
    version = None
    rows = []
    with bz2.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('# Unicode version:'):
                version = line.split(':', 1)[1].strip()
            if line.startswith('#') or not line.strip():
                continue
            cp, field, value = line.rstrip('\n').split('\t')
            rows.append((chr(int(cp[2:], 16)), field, value))
    return version, rows


def char(token):
    return chr(int(token.split('<')[0][2:], 16))


def main():
    check = '--check' in sys.argv[1:]
    uversion, other = unihan('OtherMappings')
    _, variants = unihan('Variants')
    jis0208 = {}  # char -> (row, cell)
    japanese = set()  # any Japanese repertoire: JIS X 0208/0212/0213, IBM extension
    joyo = set()
    pairs = {}  # frozenset -> source

    def add(a, b, source):
        if a != b:
            pairs.setdefault(frozenset((a, b)), source)

    for c, field, value in other:
        if field == 'kJis0':
            jis0208[c] = (int(value[:2]), int(value[2:]))
        if field in ('kJis0', 'kJis1', 'kJIS0213', 'kIBMJapan'):
            japanese.add(c)
        if field == 'kJoyoKanji':
            if value.startswith('U+'):
                add(c, char(value), 'joyo')
            else:
                joyo.add(c)
        if field == 'kJinmeiyoKanji':
            for v in value.split():
                if ':U+' in v:
                    add(c, char(v.split(':', 1)[1]), 'jinmeiyo')

    tree = ET.parse(gzip.open(KANJIDIC))
    header = tree.getroot().find('header')
    kversion = '%s (%s)' % (header.findtext('database_version'), header.findtext('date_of_creation'))
    by_kuten = {}
    listed = {}
    for ch in tree.getroot().iter('character'):
        literal = ch.findtext('literal')
        for cp in ch.iter('cp_value'):
            if cp.get('cp_type') == 'jis208':
                by_kuten[cp.text] = literal
        listed[literal] = [v.text for v in ch.iter('variant') if v.get('var_type') == 'jis208']
    for a, kutens in listed.items():
        for k in kutens:
            b = by_kuten.get(k)
            if b and a in (by_kuten.get(x) for x in listed.get(b, [])):
                add(a, b, 'kanjidic')

    # Groups so far (inside JIS X 0208 and the name lists).
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        a, b = sorted(p)
        parent[find(a)] = find(b)

    # Kanji JIS X 0208 cannot write, to their variant in it.
    outside = collections.defaultdict(set)
    for c, field, value in variants:
        if field not in ('kSemanticVariant', 'kZVariant'):
            continue
        if c in jis0208 or not (c in japanese or 0xFA0E <= ord(c) <= 0xFA2D):
            continue
        for v in value.split():
            t = char(v)
            if t in jis0208:
                outside[c].add(t)
    for c, targets in outside.items():
        if len({find(t) for t in targets}) == 1:
            add(c, sorted(targets)[0], 'outside0208')
            parent[find(c)] = find(sorted(targets)[0])

    groups = collections.defaultdict(set)
    for p in pairs:
        for c in p:
            groups[find(c)].add(c)

    def rank(c):
        level1 = c in jis0208 and jis0208[c][0] <= 47
        return (c not in joyo, not level1, c not in jis0208, ord(c))

    rows = []
    for members in groups.values():
        rep = min(members, key=rank)
        for c in sorted(members):
            if c == rep:
                continue
            sources = sorted({pairs[p] for p in pairs if c in p})
            rows.append((ord(c), c, rep, ','.join(sources)))
    rows.sort()

    text = [
        '# Variant kanji folded when names are compared: VARIANT<TAB>REPRESENTATIVE<TAB>SOURCES',
        '# Generated by scripts/make-kanji-variants.py; do not edit by hand.',
        f'# Unicode Unihan database {uversion} (Debian unicode-data): kJinmeiyoKanji, '
        'kJoyoKanji, kSemanticVariant, kZVariant, kJis0',
        f'# KANJIDIC2 {kversion}, Electronic Dictionary Research and Development Group, '
        'CC BY-SA 4.0 (Debian kanjidic-xml): jis208 variants',
    ]
    text += [f'{c}\t{rep}\t{src}' for _, c, rep, src in rows]
    out = '\n'.join(text) + '\n'
    if check:
        same = OUT.exists() and OUT.read_text(encoding='utf-8') == out
        print('kanji-variants.tsv is %s' % ('up to date' if same else 'out of date'))
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(out, encoding='utf-8')
    print(f'{OUT}: {len(rows)} variants in {len(groups)} groups')
    return 0


if __name__ == '__main__':
    sys.exit(main())

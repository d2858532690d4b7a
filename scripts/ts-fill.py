#!/usr/bin/env python3
"""Maintains translations/pdistation_ja.ts without Qt Linguist's GUI.

  ts-fill.py missing             list sources still untranslated (one JSON object per line)
  ts-fill.py apply MAP.json      fill unfinished translations from {"source": "translation"}; a
                                 list of strings fills a numerus message
  ts-fill.py merge OTHER_ja.ts [OTHER_en.ts]
                                 fill unfinished messages of both .ts files from the finished
                                 ones of other copies (after a merge conflict: keep one side,
                                 run lupdate, then merge the other side's files)
  ts-fill.py check               fail when a translation drops or adds a %-placeholder
  ts-fill.py en-plurals          in pdistation_en.ts, give unfinished numerus messages their
                                 English forms: "%n file(s)" -> "%n file" / "%n files" (check
                                 the result where the verb changes too: "have" -> "has")
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

TS = __file__.rsplit('/scripts/', 1)[0] + '/translations/pdistation_ja.ts'
TS_EN = TS.replace('_ja.ts', '_en.ts')
PLACEHOLDER = re.compile(r'%(?:L?\d+|n)')


def load(path=TS):
    return ET.parse(path)


def save(tree, path=TS):
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # Qt Linguist expects the DOCTYPE line.
    text = open(path, encoding='utf-8').read()
    if '<!DOCTYPE TS>' not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    open(path, 'w', encoding='utf-8').write(text)


def messages(tree):
    for context in tree.getroot().iter('context'):
        for message in context.iter('message'):
            yield context.findtext('name'), message


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'missing'
    tree = load()
    if cmd == 'missing':
        for ctx, m in messages(tree):
            t = m.find('translation')
            if t.get('type') == 'unfinished':
                print(json.dumps({'context': ctx, 'source': m.findtext('source'),
                                  'numerus': m.get('numerus') == 'yes'}, ensure_ascii=False))
    elif cmd == 'apply':
        mapping = json.load(open(sys.argv[2], encoding='utf-8'))
        filled = 0
        for _, m in messages(tree):
            src = m.findtext('source')
            t = m.find('translation')
            # Only what is still open: a word already translated in another context keeps the
            # translation a person chose there.
            if src not in mapping or t.get('type') != 'unfinished':
                continue
            value = mapping[src]
            for child in list(t):
                t.remove(child)
            if m.get('numerus') == 'yes':
                t.text = None
                for form in (value if isinstance(value, list) else [value]):
                    ET.SubElement(t, 'numerusform').text = form
            else:
                t.text = value
            t.attrib.pop('type', None)
            filled += 1
        save(tree)
        print(f'filled {filled}')
    elif cmd == 'merge':
        for ours_path, other_path in zip((TS, TS_EN), sys.argv[2:4]):
            ours, other = load(ours_path), load(other_path)
            known = {}
            for ctx, m in messages(other):
                t = m.find('translation')
                if t.get('type') in ('unfinished', 'obsolete', 'vanished'):
                    continue
                known[(ctx, m.findtext('source'), m.findtext('comment'))] = t
            filled = 0
            for ctx, m in messages(ours):
                t = m.find('translation')
                src = known.get((ctx, m.findtext('source'), m.findtext('comment')))
                if t.get('type') != 'unfinished' or src is None:
                    continue
                for child in list(t):
                    t.remove(child)
                t.text = src.text
                for form in src.findall('numerusform'):
                    ET.SubElement(t, 'numerusform').text = form.text
                t.attrib.pop('type', None)
                filled += 1
            save(ours, ours_path)
            print(f'{ours_path}: filled {filled}')
    elif cmd == 'check':
        bad = 0
        for ctx, m in messages(tree):
            t = m.find('translation')
            if t.get('type') in ('unfinished', 'obsolete', 'vanished'):
                continue
            forms = [f.text or '' for f in t.findall('numerusform')] or [t.text or '']
            want = sorted(PLACEHOLDER.findall(m.findtext('source')))
            for form in forms:
                if sorted(PLACEHOLDER.findall(form)) != want:
                    print(f'{ctx}: placeholders differ: {m.findtext("source")!r} -> {form!r}')
                    bad += 1
        sys.exit(1 if bad else 0)
    elif cmd == 'en-plurals':
        tree = load(TS_EN)
        filled = 0
        for _, m in messages(tree):
            t = m.find('translation')
            src = m.findtext('source')
            if m.get('numerus') != 'yes' or t.get('type') != 'unfinished' or '(s)' not in src:
                continue
            for child in list(t):
                t.remove(child)
            t.text = None
            ET.SubElement(t, 'numerusform').text = src.replace('(s)', '')
            ET.SubElement(t, 'numerusform').text = src.replace('(s)', 's')
            t.attrib.pop('type', None)
            filled += 1
        save(tree, TS_EN)
        print(f'filled {filled}')


if __name__ == '__main__':
    main()

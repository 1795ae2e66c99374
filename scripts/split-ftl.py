#!/usr/bin/env python3
"""Moves the rule and reason messages of a page catalog (i18n/LANG.ftl) into
its rules catalog (i18n/rules.LANG.ftl), which is fetched after the first
screen. Usage: scripts/split-ftl.py LANG..."""
import sys, re

def entries(text):
    """(comment/blank lines before, id or None, lines of the entry)."""
    out, cur = [], None
    for line in text.splitlines(keepends=True):
        m = re.match(r'([a-zA-Z][a-zA-Z0-9_-]*)\s*=', line)
        if m:
            cur = [m.group(1), [line]]
            out.append(cur)
        elif line.startswith(' ') and cur is not None and line.strip():
            cur[1].append(line)
        else:
            cur = None
            out.append([None, [line]])
    return out

for lang in sys.argv[1:]:
    path, rules_path = f'i18n/{lang}.ftl', f'i18n/rules.{lang}.ftl'
    keep, move = [], []
    for ident, lines in entries(open(path, encoding='utf-8').read()):
        if ident and (ident.startswith('rule-') or ident.startswith('reason-')):
            move.extend(lines)
        else:
            keep.extend(lines)
    try:
        existing = open(rules_path, encoding='utf-8').read()
    except FileNotFoundError:
        existing = ('# TCP Playground: the engine\'s rules and why segments are sent (fetched\n'
                    '# after the first screen). Keys and variables as in rules.en.ftl.\n\n')
    text = ''.join(keep)
    text = re.sub(r'\n(## [^\n]*\n)(\n*)(?=## |\Z)', '\n', text)  # section headers left empty
    open(path, 'w', encoding='utf-8').write(re.sub(r'\n{3,}', '\n\n', text))
    if move:
        open(rules_path, 'w', encoding='utf-8').write(existing.rstrip('\n') + '\n\n' + ''.join(move))
    print(f'{lang}: moved {sum(1 for l in move if re.match(r"[a-z]", l))} messages to {rules_path}')

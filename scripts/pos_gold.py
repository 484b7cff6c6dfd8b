#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extracts gold part-of-speech sequences from the Penn Treebank trees in <Parse> elements.

Usage: scripts/pos_gold.py FILE.xml [FILE.xml...] > gold.tsv

Writes one `word<TAB>tag` line per token and a blank line after each sentence: the input format
of the `tag_eval` tool. Words get their PTB escapes undone (-LRB- -> "(", `` -> ", ...) because
the tagger sees surface text; tags keep their Penn spelling.

PETRARCH's parses carry auxiliary pseudo-tags (AUXD, AUXZ...) in place of verb tags; they are
mapped back to the verb tag they replaced (AUXD -> VBD), so every gold tag is a Penn tag.
"""
import re
import sys

WORD_UNESCAPE = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"',
}
AUX_TAGS = {"AUXB": "VB", "AUXD": "VBD", "AUXG": "VBG", "AUXN": "VBN", "AUXP": "VBP",
            "AUXZ": "VBZ"}
# A preterminal: "(TAG word)", with any whitespace inside.
PRETERMINAL = re.compile(r"\(\s*([^\s()]+)\s+([^\s()]+)\s*\)")
PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


def sentences(xml_text):
    for parse in PARSE.findall(xml_text):
        tokens = []
        for tag, word in PRETERMINAL.findall(parse):
            tag = AUX_TAGS.get(tag, tag)
            word = WORD_UNESCAPE.get(word, word).replace("\\/", "/").replace("\\*", "*")
            tokens.append((word, tag))
        if tokens:
            yield tokens


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    out = sys.stdout
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            for tokens in sentences(f.read()):
                for word, tag in tokens:
                    out.write(f"{word}\t{tag}\n")
                out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

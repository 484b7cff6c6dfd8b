#!/usr/bin/env python3
"""Rejects #includes that reach across the pipeline's layering (docs/architecture.md).

Usage: check_layering.py SRC_DIR
Each folder under src/ may include only itself and the folders listed for it below.
"""
import pathlib
import re
import sys

ALLOWED = {
    "core": set(),
    "ingest": {"core"},
    "tokenize": {"core"},
    "segment": {"core"},
    "treebank": {"core"},
    "tag": {"core"},
    "chunk": {"core"},
    "dict": {"core", "tokenize"},
    "code": {"core", "dict"},
    "output": {"core"},
    "store": {"core"},
    "aggregate": {"core", "store"},
    "pipeline": {"core", "ingest", "tokenize", "segment", "tag", "chunk", "dict", "code"},
    "server": {"core", "pipeline", "aggregate", "store", "output", "dict", "code"},
}


def main(argv):
    src = pathlib.Path(argv[1])
    errors = 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cpp", ".in"):
            continue
        stage = path.relative_to(src).parts[0]
        if stage not in ALLOWED:
            print(f"{path}: folder '{stage}' is not in the layering table")
            errors += 1
            continue
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = re.match(r'\s*#\s*include\s+"([a-z_]+)/', line)
            if m and m.group(1) != stage and m.group(1) not in ALLOWED[stage]:
                print(f"{path}:{no}: {stage}/ may not include {m.group(1)}/")
                errors += 1
    print(f"layering: {errors} violation(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Writes COPIES copies of a JSON Lines corpus, each document with a new id ("<id>-<copy>")."""
import json
import sys

source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(line) for line in open(source, encoding="utf-8")]
with open(target, "w", encoding="utf-8") as out:
    for copy in range(copies):
        for d in docs:
            out.write(json.dumps(dict(d, id="%s-%d" % (d["id"], copy))) + "\n")

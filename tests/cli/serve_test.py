#!/usr/bin/env python3
"""entente serve over real HTTP on a loopback port: every endpoint, bad parameters, oversized
and malformed bodies, concurrent clients, the access log, and a graceful stop on SIGTERM.

Usage: serve_test.py ENTENTE REPO_ROOT
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request

entente, root = sys.argv[1], sys.argv[2]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def request(base, path, body=None, content_type=None, method=None):
    req = urllib.request.Request(base + path, data=body, method=method)
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def get_json(base, path, want=200):
    status, ctype, body = request(base, path)
    check(status == want, f"GET {path}: status {status}, want {want}: {body[:200]!r}")
    check(ctype.startswith("application/json"), f"GET {path}: content type {ctype}")
    return json.loads(body)


def start(db, *extra):
    proc = subprocess.Popen([entente, "serve", "--db", db, "--port", "0", *extra],
                            stderr=subprocess.PIPE, text=True)
    lines = []
    while True:
        line = proc.stderr.readline()
        if not line:
            sys.exit("server exited before listening:\n" + "".join(lines))
        lines.append(line)
        m = re.match(r"entente serve: listening on (http://[\d.]+:\d+)$", line.strip())
        if m:
            break
    log = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
    return proc, m.group(1), log


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "news.db")
    subprocess.run([entente, "ingest", "-q", "--db", db, os.path.join(root, "examples/news.jsonl")],
                   check=True, stderr=subprocess.DEVNULL)
    proc, base, log = start(db, "--max-code-bytes", "2000", "--threads", "4")
    try:
        health = get_json(base, "/v1/health")
        check(health["status"] == "ok" and health["documents"] == 13, f"health: {health}")
        check(health["events"] > 0, "health: no events")

        actors = get_json(base, "/v1/actors?limit=5")["actors"]
        check(len(actors) == 5 and actors[0]["events"] >= actors[-1]["events"], "actors ranked")
        check({"CHN", "RUS"} <= {a["actor"] for a in actors}, f"actors: {actors}")

        net = get_json(base, "/v1/network")
        names = {n["actor"] for n in net["nodes"]}
        check({"CHN", "RUS", "USA"} <= names, f"network nodes: {names}")
        check(net["blocs"] >= 2, "network: fewer than two blocs")
        bloc = {n["actor"]: n["bloc"] for n in net["nodes"]}
        check(bloc["CHN"] == bloc["RUS"] != bloc["USA"], f"blocs: {bloc}")
        pair = [e for e in net["edges"] if {e["source"], e["target"]} == {"CHN", "RUS"}]
        check(pair and pair[0]["weight"] > 0, "network: China-Russia edge is not cooperative")

        dyads = get_json(base, "/v1/dyads?a=CHN&b=RUS&ordered=false&period=month")["dyads"]
        check(dyads and all(d["source"] == "CHN" and d["target"] == "RUS" for d in dyads),
              f"dyads: {dyads[:2]}")
        check([d["period"] for d in dyads] == sorted(d["period"] for d in dyads), "dyads order")

        rel = get_json(base, "/v1/relations?a=CHN&b=RUS")
        check(rel["summary"].startswith("China-Russia: "), f"summary: {rel['summary']}")
        check("cooperation" in rel["summary"], f"summary: {rel['summary']}")

        page = get_json(base, "/v1/events?a=CHN&b=RUS&limit=3")
        check(page["total"] >= 3 and len(page["events"]) == 3, "events page")
        for e in page["events"]:
            check("".join(s["text"] for s in e["segments"]) == e["evidence"], "segments join")
            check(any(s["role"] == "trigger" for s in e["segments"]), "no trigger highlight")
        page2 = get_json(base, f"/v1/events?a=CHN&b=RUS&limit=3&offset={page['next_offset']}")
        check(not {e["id"] for e in page["events"]} & {e["id"] for e in page2["events"]},
              "pages overlap")

        status, _, body = request(base, "/v1/code", json.dumps(
            {"text": "Russian President Vladimir Putin visited China on Thursday.",
             "date": "2024-05-16"}).encode(), "application/json")
        coded = json.loads(body)
        check(status == 200 and any(e["code"] == "042" for e in coded["events"]),
              f"code: {status} {body[:300]!r}")

        # Errors: JSON bodies with the right status.
        for path, want in [("/v1/events?frm=2024-01-01", 400), ("/v1/events?limit=99999", 400),
                           ("/v1/dyads?a=CHN&period=decade", 400), ("/v1/nope", 404),
                           ("/v1/relations?a=CHN", 400)]:
            err = get_json(base, path, want)
            check(err["error"]["status"] == want and err["error"]["message"], f"{path}: {err}")
        status, _, body = request(base, "/v1/health", b"", "text/plain", method="POST")
        check(status == 405, f"POST /v1/health: {status}")
        status, _, body = request(base, "/v1/code", b"x" * 3000, "text/plain")
        check(status == 413 and b'"status":413' in body, f"oversized body: {status} {body[:100]!r}")
        status, _, body = request(base, "/v1/code", b"{broken", "application/json")
        check(status == 400, f"malformed JSON body: {status}")
        status, _, body = request(base, "/v1/code", b'{"text":"x"}',
                                  "application/x-www-form-urlencoded")
        check(status == 415, f"form body: {status} {body[:100]!r}")
        # Responses are sent as they are, even to clients that accept Brotli: httplib would
        # compress each one at Brotli's slowest setting.
        req = urllib.request.Request(base + "/v1/network", headers={"Accept-Encoding": "br, gzip"})
        with urllib.request.urlopen(req, timeout=10) as r:
            check(r.headers.get("Content-Encoding") is None, "API response compressed")
            check(r.headers.get("Content-Type") == "application/json; charset=utf-8",
                  f"content type {r.headers.get('Content-Type')}")
            check(r.headers.get("X-Entente-Cache") in ("hit", "miss"), "no cache header")
        # A raw request line far beyond any real one: refused, and the server lives on.
        host, port = base.split("//")[1].split(":")
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"GET /v1/events?" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = s.recv(200)
            check(reply.startswith(b"HTTP/1.1 4"), f"huge request line: {reply[:40]!r}")
        get_json(base, "/v1/health")

        # Concurrent clients get consistent answers.
        results = []

        def client():
            for _ in range(10):
                results.append(get_json(base, "/v1/network")["blocs"])

        threads = [threading.Thread(target=client) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        check(len(results) == 80 and len(set(results)) == 1, f"concurrent: {set(results)}")

        # The dashboard (when built) or a pointer to the API.
        status, ctype, body = request(base, "/")
        check(status == 200, f"GET /: {status}")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = "hung"
    check(rc == 0, f"SIGTERM: exit status {rc}")
    text = "".join(log)
    check(re.search(r'"GET /v1/dyads\?[^"]*" 200 \d+ [\d.]+ms', text), "access log line")
    check("entente serve: stopped" in text, "no stop message")

    # A second server cannot take a port in use, and says so.
    proc, base, _ = start(db, "-q")
    port = base.rsplit(":", 1)[1]
    other = subprocess.run([entente, "serve", "--db", db, "--port", port, "--no-code"],
                           capture_output=True, text=True, timeout=30)
    check(other.returncode == 3 and "cannot listen" in other.stderr, f"port in use: {other}")
    proc.send_signal(signal.SIGINT)
    check(proc.wait(timeout=10) == 0, "SIGINT: not a clean exit")

    missing = subprocess.run([entente, "serve", "--db", os.path.join(tmp, "none.db")],
                             capture_output=True, text=True, timeout=30)
    check(missing.returncode == 3 and "no such database" in missing.stderr, "missing db")

# The contract lists every endpoint this test exercised.
spec = open(os.path.join(root, "docs/api/openapi.yaml"), encoding="utf-8").read()
for path in ["health", "actors", "network", "dyads", "relations", "events", "code"]:
    check(f"\n  /v1/{path}:\n" in spec, f"docs/api/openapi.yaml lacks /v1/{path}")

print(f"serve: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)

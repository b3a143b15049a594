#!/usr/bin/env python3
"""Times programs on a real pseudo-terminal, interleaved.

Usage: pty-time.py SPEC_JSON
SPEC_JSON: {"runs": 20, "env": {...}, "cases": [{"argv": [...], "until": "text" | null}, ...]}
For each run, every case in turn: spawn on a fresh pty, and stop the clock
when `until` appears in the output (then kill the program), or when the
program exits if `until` is null. Prints {"times": [[ms, ...], ...]}, one
list per case.
"""
import json, os, pty, select, signal, sys, time

spec = json.loads(sys.argv[1])
env = spec["env"]

def once(argv, until):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    out = b""
    wanted = until.encode() if until else None
    elapsed = None
    deadline = start + 10
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            out += chunk
            if wanted and wanted in out:
                elapsed = time.perf_counter() - start
                break
    if elapsed is None:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if not wanted:
            if not done:
                os.waitpid(pid, 0)
            elapsed = time.perf_counter() - start
            os.close(fd)
            return elapsed * 1000
        raise SystemExit(f"never saw {until!r} from {argv}: {out[-300:]!r}")
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed * 1000

times = [[] for _ in spec["cases"]]
for _ in range(spec["runs"]):
    for i, case in enumerate(spec["cases"]):
        times[i].append(once(case["argv"], case.get("until")))
print(json.dumps({"times": times}))

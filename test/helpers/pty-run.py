#!/usr/bin/env python3
"""Runs a command on a real pseudo-terminal and reports what it showed.

Usage: pty-run.py SPEC_JSON
SPEC_JSON: {"argv": [...], "env": {...}, "cols": 80, "rows": 24,
            "steps": [{"wait": "text on screen", "send": "keys"}, ...],
            ({"wait": ..., "signal": "TERM"} sends a signal instead of keys,
             after 0.1 s for the screen to settle unless "settle": false)
            "timeout": 10}
Each step waits until `wait` has appeared in the output (after the previous
step's match), then writes `send` to the terminal. Prints one JSON object:
{"exitCode": n, "signal": s, "output": "...", "timedOut": bool, "pending": step,
 "matchedMs": [ms from the start to each step's match], "exitMs": ms to the end}.
The tests drive the program with it; `npm run bench` times the first
question with it. Needs no build step: Python's pty module is in the
standard library.
"""
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

spec = json.loads(sys.argv[1])
argv = spec["argv"]
env = spec.get("env", dict(os.environ))
cols, rows = spec.get("cols", 80), spec.get("rows", 24)
steps = list(spec.get("steps", []))
deadline = time.monotonic() + spec.get("timeout", 10)

start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(argv[0], argv, env)

fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
os.kill(pid, signal.SIGWINCH)

output = b""
seen_upto = 0
matched_ms = []
timed_out = False
status = None
while True:
    if steps:
        wanted = steps[0]["wait"].encode()
        found = output.find(wanted, seen_upto)
        if found >= 0:
            seen_upto = found + len(wanted)
            matched_ms.append((time.perf_counter() - start) * 1000)
            step = steps.pop(0)
            if "signal" in step:
                if step.get("settle", True):
                    time.sleep(0.1)  # let the question finish drawing
                os.kill(pid, getattr(signal, "SIG" + step["signal"]))
            else:
                os.write(fd, step["send"].encode())
            continue
    if time.monotonic() > deadline:
        timed_out = True
        os.kill(pid, signal.SIGKILL)
        break
    ready, _, _ = select.select([fd], [], [], 0.05)
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            break
        output += chunk
    else:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
            # drain whatever is left
            while True:
                r, _, _ = select.select([fd], [], [], 0.05)
                if not r:
                    break
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            break

if status is None:
    _, status = os.waitpid(pid, 0)
exit_ms = (time.perf_counter() - start) * 1000
print(json.dumps({
    "exitCode": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
    "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
    "output": output.decode("utf-8", "replace"),
    "timedOut": timed_out,
    "pending": steps[0]["wait"] if steps else None,
    "matchedMs": matched_ms,
    "exitMs": exit_ms,
}))

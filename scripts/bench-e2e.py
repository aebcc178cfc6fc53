#!/usr/bin/env python3
"""End-to-end benchmark of issue 13: the commands as a user runs them, on every shape of file.

Builds the release binary, generates the files (`roadmap generate --profile P` at 100,000
activities for every profile, and the clean profile at 1,000,000), then for each file runs

  * `roadmap export FILE --format json --output OUT` N times under /usr/bin/time (wall time,
    peak memory), alternating with
  * the networkx peer (scripts/cpm_networkx.py: the same critical path method in Python on the
    same file), timed from outside (the process) and inside (its own clock), side by side;

and opens the explorer in a 120x30 tmux window on the clean files: the time from start to the
first full screen (seen from outside by polling `tmux capture-pane`, and from inside through
ROADMAP_TIMING), then `j`, `G`, `k`, the first search key (`/` then `a`, which builds the search
index), a second search key and a what-if `+` (from inside: key read to screen drawn).

Prints one table with medians, peak memory and the ratios against issue 13's goals. Not run by
.ci/run (minutes). Run from anywhere in the repository:

  scripts/bench-e2e.py                        # everything, 5 runs each (1M: 3)
  scripts/bench-e2e.py --runs 3 --no-build --profiles clean,minified --no-million
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROFILES = ["clean", "minified", "warnings", "minified-warnings", "many-teams", "fan-in", "long-names", "deep-chain"]
# Issue 13's goals.
GOAL_100K_S, GOAL_100K_MB, GOAL_RATIO = 0.25, 250, 16
GOAL_1M_S, GOAL_1M_MB = 3.0, 1024
GOAL_SCREEN = {100_000: 0.15, 1_000_000: 2.0}
GOAL_KEY_MS, GOAL_SEARCH_MS, GOAL_WHATIF_MS = 16, 200, 50


def run_timed(arguments, env=None):
    """Runs a command under /usr/bin/time; returns (wall s, peak MB, stderr without time's line)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        completed = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + arguments,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        if completed.returncode != 0:
            sys.exit(f"failed ({completed.returncode}): {' '.join(arguments)}\n{completed.stderr}")
        wall, kilobytes = report.read().split()[-2:]
    return float(wall), int(kilobytes) / 1024, completed.stderr


def generate(roadmap, profile, n, folder):
    path = os.path.join(folder, f"{profile}-{n}.json")
    if not os.path.exists(path):
        subprocess.run([roadmap, "generate", "--profile", profile, "--activities", str(n), "--seed", "1", "--output", path], check=True)
    return path


def measure_export(roadmap, path, runs, peer, folder):
    out = os.path.join(folder, "out.json")
    peer_out = os.path.join(folder, "peer.json")
    ours, memory, theirs, inside = [], [], [], []
    for _ in range(runs):
        wall, mb, _ = run_timed([roadmap, "export", path, "--format", "json", "--output", out])
        ours.append(wall)
        memory.append(mb)
        if peer:
            wall, _, err = run_timed([sys.executable, os.path.join(ROOT, "scripts", "cpm_networkx.py"), path, peer_out])
            theirs.append(wall)
            inside += [float(line.split()[1]) for line in err.splitlines() if line.startswith("inside ")]
    os.unlink(out)
    return {
        "s": statistics.median(ours), "mb": max(memory), "min": min(ours), "max": max(ours),
        "peer": statistics.median(theirs) if theirs else None,
        "peer_inside": statistics.median(inside) if inside else None,
    }


class TmuxServer:
    """A private tmux server (its own socket and folder), started in the foreground (-D) as the
    tests do: `tmux new-session -d` cannot make itself a daemon on this machine."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="rmb-")
        self.socket = f"roadmap-bench-{os.getpid()}"
        config = os.path.join(self.folder, "tmux.conf")
        with open(config, "w") as f:
            f.write("set -g status off\nset -g default-shell /bin/sh\nset -g default-terminal xterm-256color\n"
                    "set -g history-limit 100\nset -sg escape-time 0\n")
        self.env = dict(os.environ, TMUX_TMPDIR=self.folder, TERM="xterm-256color", LANG="C.UTF-8")
        self.env.pop("TMUX", None)
        self.base = ["tmux", "-L", self.socket, "-f", config]
        self.server = subprocess.Popen(self.base + ["-D"], env=self.env, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(self.folder, f"tmux-{os.getuid()}", self.socket)
        if not wait_for(lambda: os.path.exists(path), 5, 0.01):
            self.stop()
            sys.exit("the tmux server did not start")

    def __call__(self, *arguments, check=True):
        return subprocess.run(self.base + list(arguments), capture_output=True, text=True, check=check, env=self.env).stdout

    def stop(self):
        subprocess.run(self.base + ["kill-server"], capture_output=True, env=self.env)
        if self.server.poll() is None:
            self.server.terminate()
        self.server.wait()
        subprocess.run(["rm", "-rf", self.folder])


tmux = None


def screen(session):
    return tmux("capture-pane", "-p", "-t", session, check=False)


def wait_for(condition, timeout, step=0.005):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return None


def log_lines(path):
    try:
        with open(path) as f:
            return f.read().splitlines()
    except FileNotFoundError:
        return []


def explore_once(roadmap, path, keys):
    """One explorer session: (first screen from outside s, first screen inside s, {key: ms}, peak MB)."""
    session = f"bench{os.getpid()}"
    log = tempfile.mktemp(suffix=".timing")
    env_command = f"ROADMAP_TIMING={log} TERM=xterm-256color exec {roadmap} {path}"
    tmux("kill-session", "-t", session, check=False)
    began = time.monotonic()
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "30", env_command)
    try:
        # A full screen: the key bar, the last line, is drawn.
        drawn = wait_for(lambda: screen(session).rstrip("\n").split("\n")[-1].strip() if len(screen(session).rstrip("\n").split("\n")) >= 29 else None, 120)
        outside = time.monotonic() - began
        if not drawn:
            sys.exit(f"the explorer did not draw a screen within 120 s on {path}")
        wait_for(lambda: any(l.startswith("step first-screen") for l in log_lines(log)), 10)
        inside = next(float(l.split()[2]) for l in log_lines(log) if l.startswith("step first-screen")) / 1000
        timings = {}
        for label, key in keys:
            before = len([l for l in log_lines(log) if l.startswith("key ")])
            tmux("send-keys", "-t", session, "-l", key) if len(key) == 1 else tmux("send-keys", "-t", session, key)
            if not wait_for(lambda: len([l for l in log_lines(log) if l.startswith("key ")]) > before, 60):
                sys.exit(f"no answer to key {key!r} within 60 s")
            last = [l for l in log_lines(log) if l.startswith("key ")][-1]
            timings[label] = float(last.split()[-1])
        pid = tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip()
        peak = 0.0
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        return outside, inside, timings, peak
    finally:
        tmux("kill-session", "-t", session, check=False)
        if os.path.exists(log):
            os.unlink(log)


# The what-if on the row under the cursor before searching: a search may leave no row selected.
EXPLORER_KEYS = [("j", "j"), ("G", "G"), ("k", "k"), ("what-if +", "+"), ("/", "/"), ("first search key", "a"),
                 ("second search key", "c"), ("Enter", "Enter")]


def measure_explorer(roadmap, path, runs):
    global tmux
    tmux = TmuxServer()
    try:
        results = [explore_once(roadmap, path, EXPLORER_KEYS) for _ in range(runs)]
    finally:
        tmux.stop()
    keys = {label: statistics.median(r[2][label] for r in results) for label, _ in EXPLORER_KEYS}
    return {
        "outside": statistics.median(r[0] for r in results),
        "inside": statistics.median(r[1] for r in results),
        "keys": keys,
        "mb": max(r[3] for r in results),
    }


def mark(ok):
    return "ok" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each command at 100,000 (median); 1,000,000 gets min(runs, 3)")
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    parser.add_argument("--binary", help="measure this roadmap binary instead (implies --no-build; an older build "
                                         "without ROADMAP_TIMING needs --no-explorer)")
    parser.add_argument("--no-million", action="store_true", help="leave out 1,000,000 activities")
    parser.add_argument("--no-peer", action="store_true", help="leave out the networkx peer")
    parser.add_argument("--no-explorer", action="store_true")
    parser.add_argument("--regenerate", action="store_true", help="generate the files again (after a change to the generator)")
    parser.add_argument("--folder", default=os.path.join(tempfile.gettempdir(), "roadmap-bench-e2e"),
                        help="where the generated files are kept between runs")
    arguments = parser.parse_args()
    profiles = [p for p in arguments.profiles.split(",") if p]
    for p in profiles:
        if p not in PROFILES:
            sys.exit(f"--profiles: unknown profile {p!r}; one of {', '.join(PROFILES)}")

    if not arguments.no_build and not arguments.binary:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True)
    roadmap = os.path.abspath(arguments.binary) if arguments.binary else os.path.join(ROOT, ".build", "release", "roadmap")
    os.makedirs(arguments.folder, exist_ok=True)
    if arguments.regenerate:
        for name in os.listdir(arguments.folder):
            os.unlink(os.path.join(arguments.folder, name))

    cases = [(p, 100_000) for p in profiles]
    if not arguments.no_million:
        cases.append(("clean", 1_000_000))
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit "
          f"{subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip()}, "
          f"load average {os.getloadavg()[0]:.1f}, {arguments.runs} runs (median)")
    print()
    header = (f"{'profile':<18} {'activities':>10} {'file MB':>8} | {'export s':>8} {'min-max s':>11} {'peak MB':>7} | "
              f"{'networkx s':>10} {'inside s':>8} {'× faster':>8} | goals")
    print(header)
    print("-" * len(header))
    for profile, n in cases:
        path = generate(roadmap, profile, n, arguments.folder)
        runs = arguments.runs if n <= 100_000 else min(arguments.runs, 3)
        r = measure_export(roadmap, path, runs, not arguments.no_peer, arguments.folder)
        goal_s, goal_mb = (GOAL_100K_S, GOAL_100K_MB) if n <= 100_000 else (GOAL_1M_S, GOAL_1M_MB)
        goals = [f"time {mark(r['s'] <= goal_s)}", f"memory {mark(r['mb'] <= goal_mb)}"]
        ratio = r["peer"] / r["s"] if r["peer"] else None
        if ratio is not None and n <= 100_000:
            goals.append(f"×16 {mark(ratio >= GOAL_RATIO)}")
        peer = f"{r['peer']:10.2f} {r['peer_inside']:8.2f} {ratio:8.1f}" if ratio is not None else f"{'-':>10} {'-':>8} {'-':>8}"
        print(f"{profile:<18} {n:>10,} {os.path.getsize(path) / 1e6:8.1f} | {r['s']:8.3f} {r['min']:5.2f}-{r['max']:5.2f} "
              f"{r['mb']:7.0f} | {peer} | {', '.join(goals)}", flush=True)

    if arguments.no_explorer or "clean" not in profiles:
        return
    print()
    header = (f"{'explorer (clean)':<18} {'activities':>10} | {'screen s':>8} {'inside s':>8} | {'j ms':>6} {'G ms':>6} {'k ms':>6} "
              f"{'/ ms':>6} {'1st search':>10} {'2nd search':>10} {'Enter ms':>8} {'+ ms':>6} | {'peak MB':>7} | goals")
    print(header)
    print("-" * len(header))
    sizes = [100_000] + ([] if arguments.no_million else [1_000_000])
    for n in sizes:
        path = generate(roadmap, "clean", n, arguments.folder)
        r = measure_explorer(roadmap, path, arguments.runs if n <= 100_000 else min(arguments.runs, 3))
        k = r["keys"]
        goals = [f"screen {mark(r['outside'] <= GOAL_SCREEN[n])}",
                 f"keys {mark(max(k['j'], k['G'], k['k'], k['/']) <= GOAL_KEY_MS)}"]
        if n <= 100_000:
            goals += [f"search {mark(k['first search key'] <= GOAL_SEARCH_MS)}", f"what-if {mark(k['what-if +'] <= GOAL_WHATIF_MS)}"]
        print(f"{'':<18} {n:>10,} | {r['outside']:8.3f} {r['inside']:8.3f} | {k['j']:6.1f} {k['G']:6.1f} {k['k']:6.1f} {k['/']:6.1f} "
              f"{k['first search key']:10.1f} {k['second search key']:10.1f} {k['Enter']:8.1f} {k['what-if +']:6.1f} | {r['mb']:7.0f} | "
              f"{', '.join(goals)}", flush=True)
    print()
    print(f"goals: export ≤ {GOAL_100K_S} s and ≤ {GOAL_100K_MB} MB at 100,000 (every profile), ≥ {GOAL_RATIO}× the networkx peer; "
          f"≤ {GOAL_1M_S} s and ≤ {GOAL_1M_MB} MB at 1,000,000; first screen ≤ {GOAL_SCREEN[100_000]} s at 100,000 and "
          f"≤ {GOAL_SCREEN[1_000_000]} s at 1,000,000 (from outside); keys ≤ {GOAL_KEY_MS} ms, first search key ≤ {GOAL_SEARCH_MS} ms, "
          f"what-if ≤ {GOAL_WHATIF_MS} ms at 100,000 (inside: key read to screen drawn)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The networkx peer of `roadmap export --format json`: the same critical path method on the
same file, for the end-to-end benchmark (scripts/bench-e2e.py) to compare against.

It reads the roadmap, builds a networkx DiGraph of the activities and dependencies, walks it
in topological order forward (early dates) and backward (late dates, free float) with the
four link types and lags in whole months as `Schedule` does, and writes the schedule as JSON.
Prints `inside <seconds>` (load, graph, passes, write) on standard error, so that the caller
can compare the time inside the interpreter with the wall time of the whole process.

Usage: cpm_networkx.py ROADMAP.json OUTPUT.json
"""
import json
import sys
import time

import networkx as nx


def month(text):
    year, mon = text.split("-")
    return int(year) * 12 + int(mon) - 1


def earliest(kind, lag, pred_start, pred_finish, duration):
    if kind == "FS":
        return pred_finish + lag
    if kind == "SS":
        return pred_start + lag
    if kind == "FF":
        return pred_finish + lag - duration
    return pred_start + lag - duration  # SF


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: cpm_networkx.py ROADMAP.json OUTPUT.json")
    began = time.perf_counter()
    with open(sys.argv[1], "rb") as f:
        data = json.load(f)
    origin = month(data["meta"]["timeline"]["start"])
    graph = nx.DiGraph()
    for a in data["activities"]:
        start = month(a["start"]) - origin
        graph.add_node(a["id"], planned=start, duration=month(a["finish"]) - month(a["start"]) + 1)
    for d in data["dependencies"]:
        graph.add_edge(d["from"], d["to"], kind=d.get("type", "FS"), lag=d.get("lag", 0))
    order = list(nx.topological_sort(graph))
    nodes = graph.nodes
    es, ef = {}, {}
    for v in order:
        duration = nodes[v]["duration"]
        start = nodes[v]["planned"]
        for u, _, e in graph.in_edges(v, data=True):
            start = max(start, earliest(e["kind"], e["lag"], es[u], ef[u], duration))
        es[v] = start
        ef[v] = start + duration
    finish = max(ef.values(), default=0)
    ls, lf, ff = {}, {}, {}
    for v in reversed(order):
        duration = nodes[v]["duration"]
        late = finish
        free = finish - ef[v]
        for _, s, e in graph.out_edges(v, data=True):
            kind, lag = e["kind"], e["lag"]
            if kind == "FS":
                late = min(late, ls[s] - lag)
                free = min(free, es[s] - (ef[v] + lag))
            elif kind == "SS":
                late = min(late, ls[s] - lag + duration)
                free = min(free, es[s] - (es[v] + lag))
            elif kind == "FF":
                late = min(late, lf[s] - lag)
                free = min(free, ef[s] - (ef[v] + lag))
            else:
                late = min(late, lf[s] - lag + duration)
                free = min(free, ef[s] - (es[v] + lag))
        lf[v] = late
        ls[v] = late - duration
        ff[v] = free
    critical = sorted((v for v in order if ls[v] == es[v]), key=lambda v: (es[v], ef[v]))
    out = {
        "projectFinish": finish,
        "criticalPath": critical,
        "activities": [
            {"id": v, "earlyStart": es[v], "earlyFinish": ef[v], "lateStart": ls[v], "lateFinish": lf[v],
             "totalFloat": ls[v] - es[v], "freeFloat": ff[v]}
            for v in order
        ],
    }
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    print(f"inside {time.perf_counter() - began:.3f}", file=sys.stderr)
    print(f"critical {len(critical)} finish {finish}", file=sys.stderr)


if __name__ == "__main__":
    main()

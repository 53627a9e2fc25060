#!/usr/bin/python3
"""Exact optimum of the matching, for the benchmark to compare against (needs python3-scipy).

Reads JSON from stdin: {"rows": n, "cols": m, "scores": [n*m numbers, row by row],
"slots": [m free places]}; scores of excluded or zero pairs are 0. Builds the
capacity-expanded matrix (mentor j repeated slots[j] times, plus one "unmatched" column
per mentee worth 0, so every mentee can stay unmatched), negates it (the solver minimises)
and prints {"total": optimal total score, "seconds": solver time} as JSON.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main() -> None:
    data = json.load(sys.stdin)
    n, m = int(data["rows"]), int(data["cols"])
    scores = np.asarray(data["scores"], dtype=np.float64).reshape(n, m)
    slots = np.asarray(data["slots"], dtype=np.int64)
    if n == 0:
        print(json.dumps({"total": 0, "seconds": 0.0}))
        return
    expanded = np.hstack([np.repeat(scores, slots, axis=1), np.zeros((n, n))])
    started = time.perf_counter()
    rows, cols = linear_sum_assignment(-expanded)
    seconds = time.perf_counter() - started
    total = float(expanded[rows, cols].sum())
    print(json.dumps({"total": total, "seconds": seconds, "shape": list(expanded.shape)}))


if __name__ == "__main__":
    main()

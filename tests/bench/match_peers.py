#!/usr/bin/python3
"""Reference solvers for Kupu's matching benchmark (tests/bench/match.ts).

Reads one instance (JSON: candidate edges with scores, each mentor's free seats, the spread cost per
seat) and solves the same maximum-weight b-matching with:
  scipy-sparse  scipy.sparse.csgraph.min_weight_full_bipartite_matching (LAPJVsp) on the slot-expanded
                graph: one column per mentor seat, plus one private "stay unmatched" column per mentee
                so that a full matching always exists;
  scipy-dense   scipy.optimize.linear_sum_assignment on the same matrix, dense (small sizes only);
  networkx      networkx.network_simplex on the min-cost-flow form (mentee -> mentor -> seat -> sink,
                plus mentee -> sink), with a time limit.
Every instance has one mentor per mentee (mentorsPerMentee = 1). Prints one JSON document:
{"peers": [{"name", "ms", "total", "note", "runs"}]}. ms covers building the solver's input and solving,
not reading the JSON; with a repeat count (third argument), the scipy peers run that many times and ms
is their median. Run with Debian's /usr/bin/python3 (scipy, numpy, networkx).
"""
import json
import signal
import sys
import time

import numpy as np

DENSE_CELL_LIMIT = 30_000_000  # 240 MB of float64
NETWORKX_TIME_LIMIT_S = 120
NETWORKX_EDGE_LIMIT = 1_000_000  # beyond this networkx does not finish in minutes (measured: over 10 minutes at 1.5 M edges)


def slot_graph(inst):
    """Rows = mentees; columns = every free seat of every mentor, then one private dummy per mentee.
    Costs are positive: (C + 1) - value, value = score - spread * (seat - 1); a dummy costs C + 1."""
    mentee = np.asarray(inst["mentee"], dtype=np.int64)
    mentor = np.asarray(inst["mentor"], dtype=np.int64)
    score = np.asarray(inst["score"], dtype=np.int64)
    seats = np.asarray(inst["seats"], dtype=np.int64)
    first_seat = np.asarray(inst["firstSeat"], dtype=np.int64)
    spread = int(inst["spread"])
    n = int(inst["participants"])
    base = int(score.max()) + 1 if score.size else 1
    seat_offset = np.concatenate(([0], np.cumsum(seats)))
    slot_count = int(seat_offset[-1])
    reps = seats[mentor]
    rows = np.repeat(mentee, reps)
    edge_of_slot = np.repeat(np.arange(mentor.size), reps)
    # k-th free seat of the edge's mentor: position within its run of repeats.
    k = np.arange(rows.size) - np.repeat(np.cumsum(reps) - reps, reps)
    cols = seat_offset[mentor[edge_of_slot]] + k
    value = score[edge_of_slot] - spread * (first_seat[mentor[edge_of_slot]] + k - 1)
    cost = base - value
    rows = np.concatenate((rows, np.arange(n)))
    cols = np.concatenate((cols, slot_count + np.arange(n)))
    cost = np.concatenate((cost, np.full(n, base)))
    return rows, cols, cost.astype(np.float64), n, slot_count + n, base


def run_scipy_sparse(inst):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    started = time.perf_counter()
    rows, cols, cost, n, columns, base = slot_graph(inst)
    matrix = csr_matrix((cost, (rows, cols)), shape=(n, columns))
    row_ind, col_ind = min_weight_full_bipartite_matching(matrix)
    total = int(round(n * base - matrix[row_ind, col_ind].sum()))
    return {"name": "scipy-sparse", "ms": (time.perf_counter() - started) * 1000, "total": total}


def run_scipy_dense(inst):
    from scipy.optimize import linear_sum_assignment

    n = int(inst["participants"])
    columns = int(sum(inst["seats"])) + n
    if n * columns > DENSE_CELL_LIMIT:
        return {"name": "scipy-dense", "note": f"skipped: {n}x{columns} dense matrix ({n * columns * 8 / 1e9:.1f} GB)"}
    started = time.perf_counter()
    rows, cols, cost, n, columns, base = slot_graph(inst)
    dense = np.full((n, columns), 1e9)
    dense[rows, cols] = cost
    row_ind, col_ind = linear_sum_assignment(dense)
    total = int(round(n * base - dense[row_ind, col_ind].sum()))
    return {"name": "scipy-dense", "ms": (time.perf_counter() - started) * 1000, "total": total}


class TimeLimit(Exception):
    pass


def run_networkx(inst):
    import networkx as nx

    edges = len(inst["mentee"])
    if edges > NETWORKX_EDGE_LIMIT:
        return {"name": "networkx", "note": f"skipped: {edges} edges (does not finish in minutes)"}

    def stop(_signum, _frame):
        raise TimeLimit()

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(NETWORKX_TIME_LIMIT_S)
    started = time.perf_counter()
    try:
        n = int(inst["participants"])
        base = max(inst["score"], default=0)
        spread = int(inst["spread"])
        graph = nx.DiGraph()
        graph.add_node("T", demand=0)
        supply = 0
        with_edges = set(inst["mentee"])
        for e in with_edges:
            graph.add_node(("e", e), demand=-1)
            graph.add_edge(("e", e), "T", capacity=1, weight=base)
            supply += 1
        graph.nodes["T"]["demand"] = supply
        for e, m, s in zip(inst["mentee"], inst["mentor"], inst["score"]):
            graph.add_edge(("e", e), ("m", m), capacity=1, weight=base - s)
        for m, (count, first) in enumerate(zip(inst["seats"], inst["firstSeat"])):
            if count == 0 or ("m", m) not in graph:
                continue
            for k in range(count):
                graph.add_edge(("m", m), ("s", m, k), capacity=1, weight=spread * (first + k - 1))
                graph.add_edge(("s", m, k), "T", capacity=1, weight=0)
        cost, _flow = nx.network_simplex(graph)
        total = supply * base - cost
        return {"name": "networkx", "ms": (time.perf_counter() - started) * 1000, "total": int(total)}
    except TimeLimit:
        return {"name": "networkx", "note": f"stopped after {NETWORKX_TIME_LIMIT_S} s"}
    finally:
        signal.alarm(0)


def median_run(runner, inst, repeat):
    """The run with the median time of `repeat` runs (this machine's timings vary by a quarter run to run),
    with every run's time beside it."""
    runs = [runner(inst) for _ in range(repeat)]
    timed = sorted((run for run in runs if "ms" in run), key=lambda run: run["ms"])
    if not timed:
        return runs[0]
    chosen = dict(timed[len(timed) // 2])
    chosen["runs"] = [round(run["ms"]) for run in runs if "ms" in run]
    if any(run.get("total") != chosen["total"] for run in timed):
        chosen["note"] = "runs disagree on the total"
    return chosen


def main():
    with open(sys.argv[1]) as handle:
        inst = json.load(handle)
    wanted = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else ["scipy-sparse", "scipy-dense", "networkx"]
    repeat = max(1, int(sys.argv[3])) if len(sys.argv) > 3 else 1
    runners = {"scipy-sparse": run_scipy_sparse, "scipy-dense": run_scipy_dense, "networkx": run_networkx}
    peers = []
    for name in wanted:
        try:
            # networkx takes minutes where it runs at all: once is enough to show where it stands.
            peers.append(median_run(runners[name], inst, 1 if name == "networkx" else repeat))
        except MemoryError:
            peers.append({"name": name, "note": "skipped: out of memory"})
        except Exception as error:  # a peer failing must not hide the others
            peers.append({"name": name, "note": f"failed: {type(error).__name__}: {error}"})
    json.dump({"peers": peers}, sys.stdout)


if __name__ == "__main__":
    main()

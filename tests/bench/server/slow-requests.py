#!/usr/bin/env python3
"""What the slowest requests of a bva-bench-fixedrate run waited for (docs/BENCHMARKS.md, issue 18).

Usage: slow-requests.py DIR [DIR...]   DIR holds client.trace (BVA_BENCH_TRACE of bva-bench-fixedrate) and
server.trace (BVA_TRACE_DELIVERIES of bva-server, server/util/deliverytrace.h) of one run.
Each request at or over the run's p99 is put beside the longest writer stall inside its wait: a group
commit over 4 ms (by its longest phase) or a gap over 4 ms between groups, named by what the WAL checkpoint
thread did meanwhile; or the client itself late sending it. Prints the shares, and WAL frames a second.
"""
import bisect
import collections
import sys

STALL_NS = 4e6


def load(d):
    cli = {}
    for line in open(d + '/client.trace'):
        n, _conn, due, sent, answered = map(int, line.split())
        cli[n] = (due, sent, answered)
    recs = collections.defaultdict(list)
    for line in open(d + '/server.trace'):
        p = line.split()
        recs[p[0]].append(list(map(int, p[1:])))
    return cli, recs


def classify(d):
    cli, recs = load(d)
    groups = sorted(recs['G'], key=lambda g: g[2])
    ckpts, syncs = recs['C'], recs['W'] + recs['D']
    restarts = [r[0] for r in recs['R']]
    first_ckpt = min((c[0] for c in ckpts), default=0)
    first_restart = min(restarts, default=float('inf'))
    lat = sorted(a - due for due, _s, a in cli.values())
    p99 = lat[int(.99 * len(lat))]
    start = min(due for due, _s, _a in cli.values())

    def during(a, b):
        over = [c for c in ckpts if c[0] < b and c[1] > a]
        if any(c[3] == 28 for c in over):
            return 'a commit past the hard limit'
        if any(c[3] == 18 and c[2] == 0 for c in over):
            return 'a finishing commit (hand-over)'
        if any(a <= r <= b + 1e6 for r in restarts):
            return 'the commit starting the WAL over'
        if any(c[3] == 6 for c in over):
            return 'a thread checkpoint' + (' (first WAL cycle)' if first_ckpt and a < first_restart else '')
        if any(s[0] < b and s[1] > a for s in syncs):
            return 'a thread sync'
        return 'nothing on the store'

    stalls = []
    for g in groups:
        t0, t1, t2, t3, t4 = g[2:7]
        if t4 - t0 > STALL_NS:
            phase = max((('begin', t1 - t0), ('apply', t2 - t1), ('commit', t3 - t2), ('hand-off', t4 - t3)),
                        key=lambda x: x[1])[0]
            stalls.append((t0, t4, f'group {phase} during ' + during(t0, t4)))
    for g, h in zip(groups, groups[1:]):
        if h[2] - g[6] > STALL_NS:
            stalls.append((g[6], h[2], 'no group running, during ' + during(g[6], h[2])))
    stalls.sort()
    starts = [s[0] for s in stalls]
    hist = collections.Counter()
    for due, sent, answered in cli.values():
        if answered - due < p99:
            continue
        best = None
        for s in stalls[bisect.bisect_left(starts, due - 300e6):]:
            if s[0] > answered:
                break
            overlap = min(s[1], answered) - max(s[0], due)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, s[2])
        if sent - due > STALL_NS and (best is None or sent - due > best[0]):
            best = (sent - due, 'the client late sending')
        hist[best[1] if best else 'no writer stall (HTTP thread, client, kernel)'] += 1
    span = (groups[-1][6] - groups[0][2]) / 1e9 if groups else 1
    frames, last = 0, 0
    for c in sorted(ckpts):
        if c[4] < last:
            frames += last
        last = c[4]
    frames += last
    total = sum(hist.values())
    print(f'{d}: p50 {lat[len(lat) // 2] / 1e6:.2f} p99 {p99 / 1e6:.2f} max {lat[-1] / 1e6:.2f} ms; '
          f'{len(groups) / span:.0f} groups/s, ~{frames / span:.0f} WAL frames/s, {len(restarts)} restarts; '
          f'{total} requests >= p99')
    for k, v in hist.most_common():
        print(f'  {v:6d} {100 * v / total:5.1f}%  {k}')
    return hist


if __name__ == '__main__':
    for run in sys.argv[1:]:
        classify(run)

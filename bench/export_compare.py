#!/usr/bin/env python3
"""Times `xiuhua export-map` against QGIS 3.22 drawing the same dataset, each as a whole process
(start, read, project, draw, write the PNG), in alternating runs, and prints the median wall
time, the peak memory (max RSS) of each and the ratio.

    /usr/bin/python3 bench/export_compare.py build/dev/src/app/xiuhua build/dev/bench/data/city_v1.gpkg \
        [--runs 5] [--size 1920x1080] [--labels]

QGIS's side is bench/qgis_export.py (python3-qgis from Debian 12). The first run of each warms
the page cache and is not counted. Exits 1 when a run fails.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    """Runs command; returns (wall seconds, max RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed (%s): %s\n%s" % (os.waitstatus_to_exitcode(status), " ".join(command), stderr))
    return wall, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("xiuhua")
    parser.add_argument("data")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--labels", action="store_true",
                        help="let export-map label (QGIS's side draws no labels: its look for plain data)")
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="export_compare.")
    ours = [args.xiuhua, "export-map", "--data", args.data, "--size", args.size,
            "--out", os.path.join(out, "xiuhua.png")]
    if not args.labels:
        ours.append("--no-labels")
    theirs = ["/usr/bin/python3", os.path.join(HERE, "qgis_export.py"), args.data,
              os.path.join(out, "qgis.png"), "--size", args.size]
    env_note = "QT_QPA_PLATFORM=%s" % os.environ.get("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = {"xiuhua": [], "qgis": []}
    for run in range(args.runs + 1):
        for name, command in (("xiuhua", ours), ("qgis", theirs)):
            wall, rss = timed(command)
            if run > 0:
                results[name].append((wall, rss))
            print("run %d %-6s %.2f s  %.0f MB" % (run, name, wall, rss), flush=True)
    medians = {}
    for name, runs in results.items():
        walls = [w for w, _ in runs]
        medians[name] = statistics.median(walls)
        print("%-6s median %.2f s (%.2f-%.2f), peak memory %.0f MB" % (
            name, medians[name], min(walls), max(walls), max(r for _, r in runs)))
    print("ratio xiuhua/qgis: %.2f (%s, images in %s)" % (medians["xiuhua"] / medians["qgis"], env_note, out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Start-up and a one-day report on a database with years of history against an empty one.

Runs the real program as a whole process, alternating between the two databases so both see the same
load, and prints the medians and their ratio (issue 15: at most 1.2x).

  start-up   `xiuhua --db FILE` with XIUHUA_NONINTERACTIVE=1: everything up to the login window (the
             map and taxonomy checks, the database's start check and open, the audit tail check, the
             backup scheduler); without --operator it stops where the login window would open.
  report     `xiuhua report --db FILE --from DAY --to DAY --out FILE.pdf` for one day of the history.

Make the databases with simulate's history mode first (the empty one is the same station without
incidents, so the two differ only in their history):

  xiuhua simulate --db big.sqlite --history-years 10 --history-incidents 1000000
  xiuhua simulate --db empty.sqlite --history-years 10 --history-incidents 0

  bench/startup_history.py build/dev/src/app/xiuhua big.sqlite empty.sqlite --runs 7

Like for like: an empty station's report of a day has nothing to draw, while the history's day has a
few hundred incidents to list and map. To see what the history itself costs, compare ten years with
one year at the same daily volume, over the same days (--days N reports each of the last N days
before --day, and the medians are of the N reports' total):

  xiuhua simulate --db h10y.sqlite --history-years 10 --history-incidents 1000000 --seed 15
  xiuhua simulate --db h1y.sqlite --history-years 1 --history-incidents 100000 --seed 15
  bench/startup_history.py build/dev/src/app/xiuhua h10y.sqlite h1y.sqlite --days 5 --runs 5
"""

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(commands, env):
    """Runs each command in turn; returns their total wall time."""
    if commands and isinstance(commands[0], str):
        commands = [commands]
    elapsed = 0.0
    for command in commands:
        start = time.perf_counter()
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed += time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("xiuhua")
    parser.add_argument("big")
    parser.add_argument("empty")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--day", help="local date to report on (default: three days ago)")
    parser.add_argument("--days", type=int, default=1,
                        help="report on this many days ending with --day, one report each; the time is their sum")
    args = parser.parse_args()
    last = datetime.date.fromisoformat(args.day) if args.day else datetime.date.today() - datetime.timedelta(days=3)
    days = [(last - datetime.timedelta(days=k)).isoformat() for k in range(args.days)]
    day = days[0] if len(days) == 1 else f"{days[-1]}..{days[0]}, one report a day"

    scratch = tempfile.mkdtemp(prefix="startup-history-")
    env = dict(os.environ, XIUHUA_NONINTERACTIVE="1", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=os.path.join(scratch, "data"), XDG_CONFIG_HOME=os.path.join(scratch, "config"))
    tasks = {
        "start-up": lambda db: [args.xiuhua, "--db", db],
        "report, one day": lambda db: [[args.xiuhua, "report", "--db", db, "--from", d, "--to", d,
                                        "--out", os.path.join(scratch, "day.pdf")] for d in days],
    }
    databases = {"history": args.big, "empty": args.empty}
    for db in databases.values():  # warm the page cache and the program
        for make in tasks.values():
            timed(make(db), env)
    times = {(task, name): [] for task in tasks for name in databases}
    for _ in range(args.runs):
        for task, make in tasks.items():
            for name, db in databases.items():
                times[(task, name)].append(timed(make(db), env))

    sizes = {name: os.path.getsize(db) / 1e6 for name, db in databases.items()}
    print(f"history {args.big} ({sizes['history']:.0f} MB), empty {args.empty} ({sizes['empty']:.1f} MB); "
          f"report day {day}; {args.runs} runs each, alternating; wall-clock medians")
    print("| what | history | empty | ratio |")
    print("|---|---:|---:|---:|")
    for task in tasks:
        big = statistics.median(times[(task, "history")])
        empty = statistics.median(times[(task, "empty")])
        print(f"| {task} | {big * 1000:.0f} ms | {empty * 1000:.0f} ms | {big / empty:.2f} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Load test of a Timeslice server (docs/benchmarks.md, "Load"): the per-request budget under 20 concurrent
worst-case legal requests, and how fast pages are served.

    mvn -q -pl server -am -DskipTests package
    python3 docs/load/load_test.py                      # starts server/target/timeslice.jar on port 7079
    python3 docs/load/load_test.py --jar other.jar --port 7080 --rounds 3

1. Starts the jar with the default heap settings (no -Xmx: the JVM takes a quarter of the machine's memory),
   warms it up and reads its resident memory (VmRSS) idle: the baseline.
2. Sends --requests (20) worst-case legal /api/simulate requests at once, a mix of what costs most within the
   limits (a million ticks decided one by one, the event cap, the largest timeline, the largest trace page,
   and the issue's 12 KB scenario refused before running), while a sampler reads the server's VmRSS and
   times GET /healthz every 100 ms. Reports the statuses (only 2xx, 4xx and 429 are allowed), the peak RSS
   against the baseline, and /healthz's slowest answer.
3. With wrk installed (apt-get install -y wrk), measures requests per second with gzip at 16 connections of
   /healthz (the floor: a tiny JSON answer), /play/scheduler and the hashed scheduling bundle, the three
   taking turns for --rounds rounds, and prints each page's rate as a multiple of /healthz's in the same round.
Only the Python standard library is needed. Nothing here is a test: figures depend on the machine and its load.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request


def tasks(n, program, **fields):
    return [dict(name="T%d" % i, program=program, **{k: (v(i) if callable(v) else v) for k, v in fields.items()})
            for i in range(n)]


def scenario(cores, scheduler, task_list):
    return {"version": 1, "machine": {"cores": cores}, "scheduler": scheduler, "tasks": task_list}


# The costliest requests the limits allow, each with the query that makes it costly.
WORST = [
    ("a million ticks, re-ranked every tick", "",
     scenario(1, {"policy": "PRIORITY", "preemptive": True, "agingTicks": 1},
              tasks(256, [{"cpu": 3900}], priority=lambda i: i % 7))),
    ("64 cores, quantum 1: many events", "",
     scenario(64, {"policy": "RR", "quantumTicks": 1}, tasks(256, [{"cpu": 3900}]))),
    ("the largest timeline", "?include=timeline",
     scenario(1, {"policy": "RR", "quantumTicks": 50}, tasks(3, [{"cpu": 83000}]))),
    ("the largest trace page", "?include=trace",
     scenario(1, {"policy": "RR", "quantumTicks": 1}, tasks(4, [{"cpu": 25000}]))),
    ("the issue's 12 KB scenario", "?include=trace,timeline",
     scenario(64, {"policy": "RR", "quantumTicks": 1}, tasks(256, [{"cpu": 1000000}]))),
]


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def get(url, timeout=30):
    started = time.monotonic()
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
        return response.status, time.monotonic() - started


def post(url, body):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    return status, time.monotonic() - started


def start(jar, port):
    server = subprocess.Popen(["java", "-jar", jar, "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    base = "http://localhost:%d" % port
    for _ in range(300):
        try:
            get(base + "/healthz", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit("the server did not start: " + server.stderr.read().decode(errors="replace"))


def budget(server, base, requests):
    for _ in range(3):
        post(base + "/api/simulate", json.dumps(scenario(1, {"policy": "RR", "quantumTicks": 2},
                                                         tasks(3, [{"cpu": 50}]))).encode())
    time.sleep(1)
    idle = rss_kib(server.pid)
    samples = {"rss": idle, "healthz": [], "done": False}

    def sample():
        while not samples["done"]:
            samples["rss"] = max(samples["rss"], rss_kib(server.pid))
            try:
                samples["healthz"].append(get(base + "/healthz", timeout=30)[1])
            except OSError:
                samples["healthz"].append(float("inf"))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    jobs = [WORST[i % len(WORST)] for i in range(requests)]
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=requests) as pool:
        results = list(pool.map(lambda job: (job[0],) + post(base + "/api/simulate" + job[1],
                                                              json.dumps(job[2]).encode()), jobs))
    elapsed = time.monotonic() - started
    samples["done"] = True
    sampler.join()
    print("\n## %d concurrent worst-case requests (%.1f s in all)" % (requests, elapsed))
    print("| request | statuses | slowest answer |")
    print("|---|---|---:|")
    for name, _, _ in WORST:
        mine = [r for r in results if r[0] == name]
        statuses = {}
        for _, status, _ in mine:
            statuses[status] = statuses.get(status, 0) + 1
        print("| %s | %s | %.2f s |" % (name, ", ".join("%d × %d" % (n, s) for s, n in sorted(statuses.items())),
                                        max(r[2] for r in mine)))
    bad = [r for r in results if not (200 <= r[1] < 300 or 400 <= r[1] < 500)]
    healthz = sorted(samples["healthz"])
    print("\nresident memory: idle %.0f MB, peak %.0f MB (target: under 1,536 MB)" % (idle / 1024,
                                                                                       samples["rss"] / 1024))
    print("/healthz during the load: %d answers, median %.0f ms, slowest %.0f ms, %d over 1 s (target: none)"
          % (len(healthz), 1000 * healthz[len(healthz) // 2], 1000 * healthz[-1], sum(t > 1 for t in healthz)))
    print("answers other than 2xx, 4xx, 429: %d (target: none)" % len(bad))


def rate(base, path):
    out = subprocess.run(["wrk", "-t2", "-c16", "-d10s", "-H", "Accept-Encoding: gzip", base + path],
                         capture_output=True, text=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return float(match.group(1)) if match else 0.0


def pages(base, rounds):
    if not shutil.which("wrk"):
        print("\n(wrk is not installed: apt-get install -y wrk; page rates skipped)")
        return
    with urllib.request.urlopen(base + "/play/scheduler") as response:
        html = response.read().decode()
    bundle = re.search(r'src="(/assets/js/timeslice\.[0-9a-f]+\.js)"', html).group(1)
    print("\n## requests per second with gzip, 16 connections (wrk -t2 -c16 -d10s), the three taking turns")
    print("| round | /healthz | /play/scheduler | × healthz | %s | × healthz |" % bundle)
    print("|---:|---:|---:|---:|---:|---:|")
    for path in ("/healthz", "/play/scheduler", bundle):  # warm-up, not reported: the JIT, the page cache
        subprocess.run(["wrk", "-t2", "-c16", "-d3s", "-H", "Accept-Encoding: gzip", base + path], capture_output=True)
    for r in range(rounds):
        floor, page, asset = rate(base, "/healthz"), rate(base, "/play/scheduler"), rate(base, bundle)
        print("| %d | %.0f | %.0f | %.2f | %.0f | %.2f |" % (r + 1, floor, page, page / floor, asset, asset / floor))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jar", default="server/target/timeslice.jar")
    parser.add_argument("--port", type=int, default=7079)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print("load average before: %.2f %.2f %.2f; %d cores" % (os.getloadavg() + (os.cpu_count(),)))
    server, base = start(args.jar, args.port)
    try:
        budget(server, base, args.requests)
        pages(base, args.rounds)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    print("\nload average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()

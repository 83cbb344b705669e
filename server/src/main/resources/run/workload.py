"""Timeslice real-execution workloads for CPython (docs/api-run.md).

A fixed script: the server runs it as
    python3 -s -B workload.py WORKLOAD MODEL WORKERS SIZE SCALE_PERCENT
where WORKLOAD and MODEL come from a fixed catalogue and the rest are integers the server has validated.
It prints exactly one JSON object on stdout and nothing else.

How the lanes are measured: the total work (SIZE units, scaled by SCALE_PERCENT) is split into WORKERS equal
tasks. A worker running a loop records time.perf_counter() every SAMPLE_EVERY iterations; two samples
further apart than GAP_SECONDS mean the worker was not running in between (another thread held the GIL, or
the OS ran another process), so the samples are turned into [start, end] run slices. Sleeps are recorded as
wait slices. perf_counter is CLOCK_MONOTONIC on Linux, so forked processes share the parent's time base.
"""
import asyncio
import json
import multiprocessing
import os
import platform
import sys
import sysconfig
import threading
import time

CPU_ITERATIONS_PER_SIZE = 1_000_000   # about 0.1 s of CPython 3.11 on one core
COUNTER_INCREMENTS_PER_SIZE = 500_000
IO_SECONDS_PER_SIZE = 0.1
IO_STEPS = 5                          # sleeps per io task
MIXED_ROUNDS = 5                      # (compute, sleep) rounds per mixed task; half compute, half sleep
SAMPLE_EVERY = 1000                   # loop iterations between two perf_counter samples (~60 us)
GAP_SECONDS = 0.0005                  # a longer gap between samples means "was not running"
MAX_SLICES = 400                      # per worker and kind (keeps the output far below the server's cap);
                                      # later slices are merged into the last one and the lane is "truncated"

WORKLOADS = ("cpu", "io", "mixed", "counter", "counter-locked")
MODELS = ("sequential", "threads", "processes", "asyncio")

pc = time.perf_counter


class Lane:
    """What one worker did, in perf_counter seconds: its start and end, run slices and wait slices."""

    def __init__(self, worker_id):
        self.id = worker_id
        self.spawn = None
        self.start = None
        self.end = None
        self.runs = []
        self.waits = []
        self.truncated = False
        self._open = None
        self._last = None

    def run_begin(self):
        self._open = self._last = pc()

    def sample(self):
        now = pc()
        if now - self._last > GAP_SECONDS:
            self._add(self.runs, self._open, self._last)
            self._open = now
        self._last = now

    def run_end(self):
        self.sample()
        self._add(self.runs, self._open, self._last)

    def wait(self, start, end):
        self._add(self.waits, start, end)

    def _add(self, slices, start, end):
        if len(slices) < MAX_SLICES:
            slices.append([start, end])
        else:
            self.truncated = True
            slices[-1][1] = end

    def to_json(self, t0):
        def ms(t):
            return round((t - t0) * 1000.0, 3)
        lane = {"id": self.id, "startMillis": ms(self.start), "endMillis": ms(self.end),
                "runs": [[ms(a), ms(b)] for a, b in self.runs],
                "waits": [[ms(a), ms(b)] for a, b in self.waits]}
        if self.spawn is not None:
            lane["spawnMillis"] = ms(self.spawn)
        if self.truncated:
            lane["truncated"] = True
        return lane


def burn(lane, iterations):
    """The pure-interpreter loop: a multiply-add-mask chain the interpreter cannot skip."""
    acc = 0
    done = 0
    while done < iterations:
        n = min(SAMPLE_EVERY, iterations - done)
        for j in range(n):
            acc = (acc * 31 + j) & 0xFFFFF
        done += n
        lane.sample()
    return acc


class Counter:
    """The shared counter: a module-level int for threads and asyncio, shared memory for processes."""

    def __init__(self, model):
        self.value = 0
        if model == "processes":
            self.shared = multiprocessing.get_context(start_method()).Value("q", 0, lock=True)
        else:
            self.shared = None
            self.lock = threading.Lock()

    def read(self):
        return self.shared.value if self.shared is not None else self.value


def one():
    """1, from a Python-level call. CPython (3.10+) only lets another thread take the GIL at a call or a
    backward jump, so a bare `x.value += 1` almost never loses an update; `x.value += one()` reads the value,
    then calls (a switch point), then writes: the textbook lost-update window, as the model shows it."""
    return 1


def count(lane, counter, increments, locked):
    """`counter += one()`, `increments` times: unsynchronised (read, call, add, write) or under the lock."""
    shared = counter.shared
    done = 0
    while done < increments:
        n = min(SAMPLE_EVERY, increments - done)
        if shared is not None and locked:
            for _ in range(n):
                with shared.get_lock():
                    shared.get_obj().value += 1
        elif shared is not None:
            raw = shared.get_obj()
            for _ in range(n):
                raw.value += one()
        elif locked:
            for _ in range(n):
                with counter.lock:
                    counter.value += 1
        else:
            for _ in range(n):
                counter.value += one()
        done += n
        lane.sample()


def task(workload, lane, share, counter):
    """One worker's task, run synchronously (sequential, threads, processes)."""
    lane.start = pc()
    if workload == "cpu":
        lane.run_begin()
        burn(lane, share)
        lane.run_end()
    elif workload == "io":
        for _ in range(IO_STEPS):
            before = pc()
            time.sleep(share / IO_STEPS)
            lane.wait(before, pc())
    elif workload == "mixed":
        iterations, seconds = share
        for _ in range(MIXED_ROUNDS):
            lane.run_begin()
            burn(lane, iterations // MIXED_ROUNDS)
            lane.run_end()
            before = pc()
            time.sleep(seconds / MIXED_ROUNDS)
            lane.wait(before, pc())
    else:
        lane.run_begin()
        count(lane, counter, share, workload == "counter-locked")
        lane.run_end()
    lane.end = pc()


async def task_async(workload, lane, share, counter, lock):
    """The same task as a coroutine: sleeps become awaits; compute does not await (it blocks the loop)."""
    lane.start = pc()
    if workload == "cpu":
        lane.run_begin()
        burn(lane, share)
        lane.run_end()
    elif workload == "io":
        for _ in range(IO_STEPS):
            before = pc()
            await asyncio.sleep(share / IO_STEPS)
            lane.wait(before, pc())
    elif workload == "mixed":
        iterations, seconds = share
        for _ in range(MIXED_ROUNDS):
            lane.run_begin()
            burn(lane, iterations // MIXED_ROUNDS)
            lane.run_end()
            before = pc()
            await asyncio.sleep(seconds / MIXED_ROUNDS)
            lane.wait(before, pc())
    else:
        # `counter.value += 1` never awaits, so no other coroutine can interleave inside it; the loop yields
        # (await asyncio.sleep(0)) between chunks of SAMPLE_EVERY increments so that the lanes interleave.
        done = 0
        lane.run_begin()
        while done < share:
            n = min(SAMPLE_EVERY, share - done)
            if workload == "counter-locked":
                for _ in range(n):
                    async with lock:
                        counter.value += 1
            else:
                for _ in range(n):
                    counter.value += 1
            done += n
            lane.run_end()
            await asyncio.sleep(0)
            lane.run_begin()
        lane.run_end()
    lane.end = pc()


def split(total, workers):
    """`total` split into `workers` nearly equal integer shares (the first ones take the remainder)."""
    return [total // workers + (1 if i < total % workers else 0) for i in range(workers)]


def shares(workload, workers, size, scale_percent):
    cpu_total = CPU_ITERATIONS_PER_SIZE * size * scale_percent // 100
    io_total = IO_SECONDS_PER_SIZE * size * scale_percent / 100.0
    if workload == "cpu":
        return split(cpu_total, workers)
    if workload == "io":
        return [io_total / workers] * workers
    if workload == "mixed":
        return [(n // 2, io_total / 2 / workers) for n in split(cpu_total, workers)]
    return split(COUNTER_INCREMENTS_PER_SIZE * size * scale_percent // 100, workers)


def start_method():
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def die_with_parent(parent_pid):
    """Linux: ask the kernel to SIGKILL this worker when its parent dies, so that a worker can never outlive
    a run the server killed (the server also kills the whole tree; this closes the race with a fork)."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, 9)   # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:                      # the parent died before prctl took effect
        os._exit(1)


def child_main(workload, lane, share, counter, conn, parent_pid):
    die_with_parent(parent_pid)
    task(workload, lane, share, counter)
    conn.send(lane)
    conn.close()


def run_processes(workload, lanes, parts, counter):
    context = multiprocessing.get_context(start_method())
    started = []
    for lane, share in zip(lanes, parts):
        receiver, sender = context.Pipe(duplex=False)
        lane.spawn = pc()
        process = context.Process(target=child_main, args=(workload, lane, share, counter, sender, os.getpid()))
        process.start()
        sender.close()
        started.append((process, receiver, lane.spawn))
    for i, (process, receiver, spawn) in enumerate(started):
        lanes[i] = receiver.recv()
        lanes[i].spawn = spawn
        process.join()
        if process.exitcode != 0:
            raise SystemExit("worker %d exited with %s" % (i, process.exitcode))


def run(workload, model, workers, size, scale_percent):
    parts = shares(workload, workers, size, scale_percent)
    lanes = [Lane(i) for i in range(workers)]
    counter = Counter(model)
    times0 = os.times()
    t0 = pc()
    if model == "sequential":
        for lane, share in zip(lanes, parts):
            task(workload, lane, share, counter)
    elif model == "threads":
        threads = [threading.Thread(target=task, args=(workload, lane, share, counter), name="worker-%d" % lane.id)
                   for lane, share in zip(lanes, parts)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    elif model == "asyncio":
        async def main():
            lock = asyncio.Lock()
            await asyncio.gather(*(task_async(workload, lane, share, counter, lock)
                                   for lane, share in zip(lanes, parts)))
        asyncio.run(main())
    else:
        run_processes(workload, lanes, parts, counter)
    t1 = pc()
    times1 = os.times()
    cpu = sum(times1[:4]) - sum(times0[:4])   # user + system, own and waited-for children
    result = {"wallMillis": round((t1 - t0) * 1000.0, 3), "cpuMillis": round(cpu * 1000.0, 3),
              "workers": [lane.to_json(t0) for lane in lanes], "environment": environment(model)}
    if workload.startswith("counter"):
        result["counter"] = {"value": counter.read(), "expected": sum(parts)}
    return result


def environment(model):
    env = {"runtime": "python", "implementation": platform.python_implementation(),
           "version": platform.python_version(),
           "freeThreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
           "gilEnabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
           "switchIntervalMillis": sys.getswitchinterval() * 1000.0, "cores": os.cpu_count()}
    if model == "processes":
        env["startMethod"] = start_method()
    return env


def parse(argv):
    if len(argv) != 6 or argv[1] not in WORKLOADS or argv[2] not in MODELS:
        raise SystemExit("usage: workload.py WORKLOAD MODEL WORKERS SIZE SCALE_PERCENT")
    workers, size, scale_percent = int(argv[3]), int(argv[4]), int(argv[5])
    if not (1 <= workers <= 64 and 1 <= size <= 100 and 1 <= scale_percent <= 1_000_000):
        raise SystemExit("workers, size or scale out of range")
    return argv[1], argv[2], workers, size, scale_percent


def belong_to_server():
    """The run's root dies with the server that started it, even if the server is SIGKILLed: its mark
    (TIMESLICE_RUN_OWNER=PID:START, server run.RunOwner) names the parent to die with. And the run's processes
    form one process group, which the server kills as a whole when the run ends."""
    owner = os.environ.get("TIMESLICE_RUN_OWNER", "")
    if owner.split(":")[0].isdigit():
        die_with_parent(int(owner.split(":")[0]))
    try:
        os.setpgid(0, 0)
    except OSError:
        pass


if __name__ == "__main__":
    belong_to_server()
    json.dump(run(*parse(sys.argv)), sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")

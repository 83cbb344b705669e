"""Re-measures the issue's CPython fidelity numbers on this machine (docs/fidelity.md).

Run: python3 docs/fidelity-measure.py [repeats]. Prints medians; ratios are what the model predicts.
Wall-clock measurements on a shared machine are noisy: compare ratios, and re-run when in doubt.
"""
import asyncio, multiprocessing as mp, statistics, sys, threading, time

N = 3_000_000  # loop iterations of the CPU-bound work (sequential run ~0.1-0.3 s)
REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def burn(n):
    i = 0
    while i < n:
        i += 1


def timed(fn):
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter(); fn(); runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def seq(): burn(N)
def threads(k):
    ts = [threading.Thread(target=burn, args=(N // k,)) for _ in range(k)]
    [t.start() for t in ts]; [t.join() for t in ts]
def procs(k, ctx):
    ps = [ctx.Process(target=burn, args=(N // k,)) for _ in range(k)]
    [p.start() for p in ps]; [p.join() for p in ps]
def aio_cpu(k):
    async def work(n): burn(n)
    async def main(): await asyncio.gather(*(work(N // k) for _ in range(k)))
    asyncio.run(main())


def start_cost(kind):
    if kind == "thread":
        def one():
            t = threading.Thread(target=lambda: None); t.start(); t.join()
    else:
        ctx = mp.get_context(kind)
        def one():
            p = ctx.Process(target=burn, args=(0,)); p.start(); p.join()
    one()
    return timed(one)


def sleeper(_=None): time.sleep(0.1)
def io_seq(): [sleeper() for _ in range(20)]
def io_threads():
    ts = [threading.Thread(target=sleeper) for _ in range(20)]
    [t.start() for t in ts]; [t.join() for t in ts]
def io_aio(blocking):
    async def task():
        if blocking: time.sleep(0.1)
        else: await asyncio.sleep(0.1)
    async def main(): await asyncio.gather(*(task() for _ in range(20)))
    asyncio.run(main())
def io_pool2():
    with mp.get_context("fork").Pool(2) as pool: pool.map(sleeper, range(20), chunksize=1)


def convoy(interval, sleeps=60):
    sys.setswitchinterval(interval)
    stop = False
    def cpu():
        while not stop: pass
    t = threading.Thread(target=cpu); t.start()
    lat = []
    for _ in range(sleeps):
        t0 = time.perf_counter(); time.sleep(0.001); lat.append(time.perf_counter() - t0)
    stop = True; t.join(); sys.setswitchinterval(0.005)
    return statistics.median(lat)


def convoy_alone(sleeps=60):
    lat = []
    for _ in range(sleeps):
        t0 = time.perf_counter(); time.sleep(0.001); lat.append(time.perf_counter() - t0)
    return statistics.median(lat)


counter = 0
def f(): pass
def plain(n):
    global counter
    for _ in range(n): counter += 1
def with_call(n):
    global counter
    for _ in range(n):
        tmp = counter; f(); counter = tmp + 1
def race(body, n=1_000_000, k=4):
    global counter
    counter = 0
    ts = [threading.Thread(target=body, args=(n,)) for _ in range(k)]
    [t.start() for t in ts]; [t.join() for t in ts]
    return counter


if __name__ == "__main__":
    print(f"python {sys.version.split()[0]}, {mp.cpu_count()} cpus, repeats {REPEATS}")
    base = timed(seq)
    print(f"cpu sequential {base*1000:.0f} ms")
    for name, fn in [("2 threads", lambda: threads(2)), ("4 threads", lambda: threads(4)),
                     ("2 processes", lambda: procs(2, mp.get_context("fork"))),
                     ("4 processes", lambda: procs(4, mp.get_context("fork"))),
                     ("asyncio 2 tasks", lambda: aio_cpu(2))]:
        print(f"cpu {name}: ratio {timed(fn)/base:.2f}")
    for kind in ["thread", "fork", "forkserver", "spawn"]:
        print(f"start {kind}: {start_cost(kind)*1000:.2f} ms")
    for name, fn in [("sequential", io_seq), ("20 threads", io_threads), ("asyncio.gather", lambda: io_aio(False)),
                     ("process pool of 2", io_pool2), ("asyncio + time.sleep", lambda: io_aio(True))]:
        print(f"io {name}: {timed(fn):.3f} s")
    print(f"convoy alone: {convoy_alone()*1000:.2f} ms")
    for iv in [0.005, 0.05, 0.0005]:
        print(f"convoy interval {iv*1000:g} ms: {convoy(iv)*1000:.2f} ms")
    print("race plain:", [race(plain) for _ in range(3)])
    print("race with call:", [race(with_call) for _ in range(3)])

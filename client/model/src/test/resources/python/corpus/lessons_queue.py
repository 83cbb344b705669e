import queue
import threading

q = queue.Queue(maxsize=2)
done = threading.Event()
results = []


def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * 2)
    done.set()


threads = [threading.Thread(target=producer, args=(3,)), threading.Thread(target=consumer)]
for t in threads:
    t.start()
done.wait()
for t in threads:
    t.join()
print(results)

import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


t1 = threading.Thread(target=work, args=(2,))
t2 = threading.Thread(target=work, args=(2,))
t1.start(); t2.start()
t1.join(); t2.join()
print(counter)

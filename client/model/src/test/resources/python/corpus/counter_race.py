import threading

counter = 0


def work(n):
    global counter
    for _ in range(n):
        counter += 1


threads = [threading.Thread(target=work, args=(1000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)

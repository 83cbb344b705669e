import threading

cond = threading.Condition()
ready = False
items = []


def waiter():
    with cond:
        while not ready:
            cond.wait()
        items.append("took")


def notifier():
    global ready
    with cond:
        ready = True
        cond.notify_all()


if __name__ == "__main__":
    a = threading.Thread(target=waiter)
    b = threading.Thread(target=notifier)
    a.start()
    b.start()
    a.join()
    b.join()
    assert items == ["took"], items

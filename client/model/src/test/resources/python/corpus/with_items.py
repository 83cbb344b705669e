import threading

a = threading.Lock()
b = threading.Lock()


def transfer(x):
    with a, b:
        x += 1
    with a as first, b as second:
        return first, second


with (a, b):
    pass

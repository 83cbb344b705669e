import threading

lock = threading.Lock()
rlock = threading.RLock()


def ret_in_with():
    with lock:
        return 1


def loop_with(n):
    for i in range(n):
        with lock:
            if i > 2:
                break
            if i == 1:
                continue
            print(i)


def nested_with():
    with lock:
        with rlock:
            pass


def with_try():
    with lock:
        try:
            x = 1
        finally:
            x = 2
    return x


def with_target_tuple():
    with open("f") as (a, b):
        return a


async def awith(cm):
    async with cm as c:
        return c

def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")


def wait(flag):
    n = 0
    while not flag:
        n += 1
        if n > 10:
            break
    else:
        return n
    return -1


def forever():
    while True:
        x = input()
        if x:
            break
    while 1:
        pass


def dead():
    if 0:
        print("never")
    if True:
        print("always")
    else:
        print("never")
    while False:
        print("never")
    return


def walrus(q):
    while (item := q.get()) is not None:
        print(item)

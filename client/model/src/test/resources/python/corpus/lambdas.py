add = lambda a, b=1: a + b
nothing = lambda: None
adders = [lambda x, n=n: x + n for n in range(3)]
key = sorted([3, 1, 2], key=lambda v: -v)


def outer(k):
    return lambda x: x * k


gen = lambda: (yield)

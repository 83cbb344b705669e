def f(a, b, c):
    if a and b:
        return 1
    if a or b:
        return 2
    if not (a and b):
        return 3
    if a and (b or c):
        return 4
    if a is None:
        return 5
    if a is not None and b is None:
        return 6
    if 0 < a < 10:
        return 7
    if a if b else c:
        return 8
    x = a and b or c
    y = a < b < c
    return x, y


def g(x):
    return x is None, x is not None, not x, x in (1, 2), x not in [3, 4]

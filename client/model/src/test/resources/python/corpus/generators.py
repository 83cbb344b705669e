def counter(n):
    i = 0
    while i < n:
        received = yield i
        i += 1
    return i


def delegate():
    result = yield from counter(3)
    yield result


async def fetch(x):
    return x


async def main():
    a = await fetch(1)
    return a

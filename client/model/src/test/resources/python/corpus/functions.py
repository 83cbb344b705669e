def f(a, b=2, *args, c, d=4, **kwargs):
    """Docstring."""
    return a + b


def g(x, /, y):
    def inner(z):
        return x + z
    return inner(y)


def h():
    return


def k(*, key=None):
    pass


result = f(1, 2, 3, c=5, e=6)
other = g(1, y=2)
spread = f(*[1, 2], **{"c": 3})

"""Module docstring."""

import threading

result = (threading
          .Thread(
              target=print,
              args=("x",))
          .start())

value = [
    1,
    2,
]


@staticmethod
@property
def decorated(
    a,
    b,
):
    return (
        a
        + b
    )


def multi_return(x):
    if x:
        return (
            x
        )
    return x.attr.other(
        1)


def f():
    pass



def g():

    return 1

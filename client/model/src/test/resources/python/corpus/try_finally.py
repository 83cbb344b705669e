def f(x):
    try:
        return x
    finally:
        print("finally")


def g(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print(e)
        y = 0
    except (TypeError, ValueError):
        raise
    else:
        print("no error")
    finally:
        print("cleanup")
    return y


def h():
    for i in range(3):
        try:
            if i:
                break
        finally:
            continue

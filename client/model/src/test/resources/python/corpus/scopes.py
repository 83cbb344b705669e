x = 0


def g():
    global x
    x += 1
    y = 1

    def h():
        nonlocal y
        y += 1

        def i():
            return x + y
        return i
    return h


def uses_builtin():
    return len([1, 2]), print


def shadow(print):
    print("arg shadows builtin")


def cell_and_arg(a):
    def inner():
        return a
    a = 2
    return inner


def comprehension_scope(n):
    return [i + n for i in range(n)], {i: j for i in range(n) for j in range(i)}

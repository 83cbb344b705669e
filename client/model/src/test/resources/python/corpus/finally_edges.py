def ret_in_try():
    try:
        return 1
    finally:
        print("bye")


def ret_value_in_try(x):
    try:
        return x * 2
    finally:
        x = 0


def ret_in_finally():
    try:
        pass
    finally:
        return 2


def nested():
    try:
        try:
            return "inner"
        finally:
            print("a")
    finally:
        print("b")


def loop_control(items):
    for i in items:
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print(i)
    else:
        print("no break")
    while items:
        try:
            items.pop()
        except IndexError:
            break
        else:
            continue
        finally:
            pass


def bare():
    try:
        f()
    except:
        pass


def reraise():
    try:
        f()
    except Exception as e:
        raise RuntimeError("wrapped") from e

counter: int = 0
name: str
values: list[int] = []


def f(a: int, b: str = "x", *args: int, c: float, **kw: object) -> bool:
    local: int = 1
    other: str
    return True


class C:
    x: int = 3
    y: "str"

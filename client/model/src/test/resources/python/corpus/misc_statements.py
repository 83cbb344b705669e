x = [1, 2, 3]
del x[0]
a, b = 1, 2
a, b = b, a
first, *rest = x
assert a, "message"
x[0] += 1
x[1:2] = [9]
d = {}
d["k"] = d.get("k", 0) + 1
y = z = 0
raise ValueError("bad") from None

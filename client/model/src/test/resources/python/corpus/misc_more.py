x = [0] * 3
x[0] += 1
x[1:2] += [5]
obj = type("O", (), {})()
obj.attr = 1
obj.attr += 2
del obj.attr
del x[0], x[1:]
a = b = c = []
a.append(1); b.append(2)
assert a
assert b, "b is empty"
n = None
n = n or 5
t = 1,
u = ()
s = slice(1, 2)
v = x[::], x[1:], x[:2], x[1:2:3], x[::-1]
w = {(1, 2): "tuple key"}[1, 2]
print(*x, sep=", ", end="\n")
raise

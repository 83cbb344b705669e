a = 1
b = a + 2 * 3 - (4 // 2) % 5
c = -a ** 2
d = not a and b or c
e = a if b > c else d
f = a < b <= c != d
g = [a, b, *[c, d]]
h = (a, b, c)
i = {"x": a, "y": b}
j = {**i, "z": 3}
k = g[1:2], g[::2], g[a:b:c], g[-1]
l = a is None, a is not None, a in g, a not in g
m = ~a | b & c ^ d << 1 >> 2
n = 7 / 2, 2 ** 10, 1 - 1.5, "ab" * 3, (1, 2) + (3,)
o = f"{a} and {b!r:>10} {c=}"
p = "%s-%r" % (a, b)
q = ...
r = 0x1f, 0o17, 0b101, 1_000, 1e-05, 1.5e16, 0.1
s = """triple
quoted""" 'and' "implicit"
t = (a := 5) + a

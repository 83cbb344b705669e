def make(n):
    squares = [i * i for i in range(n) if i % 2]
    pairs = {i: [j for j in range(i)] for i in range(n)}
    total = sum(x for x in squares)
    adders = [lambda y: y + k for k in range(n)]
    return squares, pairs, total, adders


nested = [(x, y) for x in range(3) for y in "ab" if x]

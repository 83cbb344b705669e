# expect: line 2, column 9: a \N{...} escape is not supported
x = 1 + "\N{BULLET}"

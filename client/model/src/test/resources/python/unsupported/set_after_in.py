# expect: line 3, column 9: a set of constants here is not supported (write a tuple instead)
x = 1
if x in {1, 2}:
    pass

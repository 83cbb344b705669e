# expect: line 2, column 5: a set display of constants is not supported
s = {1, 2, 3}

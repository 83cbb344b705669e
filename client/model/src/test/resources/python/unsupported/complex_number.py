# expect: line 2, column 9: a complex number is not supported
x = 1 + 2j

# expect: line 2, column 5: a bytes literal is not supported
x = b"abc"

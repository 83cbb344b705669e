# expect: line 4, column 7: except* is not supported
try:
    pass
except* ValueError:
    pass

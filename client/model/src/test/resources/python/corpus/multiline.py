total = (
    1 +
    2
)
call = print(
    "a",
    "b",
)
obj = total.real \
    .imag
if (total and
        call):
    pass

x = 3.14159
w = 10
name = "pi"
a = f"{name!a}{x:.{w}f}{x!r:>{w}}"
b = f"{{literal}} {x=:.2f} {name = }"
c = f"""multi
{x}
line {name}"""
d = f"{x}" f"{name}" "plain"
e = f"{'nested'}{[1, 2][0]}{x if x else w}"
g = f""
h = f"just text"
i = rf"raw\n{x}"
j = f"{x!s:^10}"

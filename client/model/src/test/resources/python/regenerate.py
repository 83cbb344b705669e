#!/usr/bin/env python3
"""Regenerates the golden files of the Python compiler's corpus from the real CPython 3.11.7.

For every corpus/NAME.py this writes
  corpus/NAME.dis  exactly what `python3.11 -m dis NAME.py` prints (run in corpus/), and
  corpus/NAME.ast  CPython's syntax tree with every node's span, in the format AstDump.java prints;
for every errors/NAME.py
  errors/NAME.err  the line and message of the SyntaxError CPython raises for it;
and checks that every unsupported/NAME.py (outside the model's subset) is valid Python.

Run from anywhere:  python3.11 client/model/src/test/resources/python/regenerate.py
The tests (PythonCorpusTest) read these files; CI never needs Python.
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
SKIP_FIELDS = {"type_comment", "kind", "type_ignores"}


def char_col(lines, lineno, byte_col):
    """CPython counts columns in UTF-8 bytes; the model counts characters."""
    if lineno < 1 or byte_col < 0:
        return byte_col
    return len(lines[lineno - 1].encode("utf-8")[:byte_col].decode("utf-8"))


def dump(node, lines):
    if isinstance(node, ast.AST):
        name = type(node).__name__
        pos = ""
        if "lineno" in node._attributes and getattr(node, "lineno", None) is not None:
            pos = "@%d:%d-%d:%d" % (node.lineno, char_col(lines, node.lineno, node.col_offset),
                                    node.end_lineno, char_col(lines, node.end_lineno, node.end_col_offset))
        fields = ", ".join(
            "%s=%s" % (f, dump(getattr(node, f), lines)) for f in node._fields if f not in SKIP_FIELDS)
        if isinstance(node, ast.Module):
            fields += ", type_ignores=[]"
        return "%s%s(%s)" % (name, pos, fields)
    if isinstance(node, list):
        return "[" + ", ".join(dump(x, lines) for x in node) + "]"
    return repr(node)


def main():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit("needs CPython 3.11.7, this is " + sys.version)
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
    for name in names:
        path = os.path.join(CORPUS, name + ".py")
        with open(path, encoding="utf-8") as f:
            source = f.read()
        tree = ast.parse(source, name + ".py")
        with open(os.path.join(CORPUS, name + ".ast"), "w", encoding="utf-8") as f:
            f.write(dump(tree, source.splitlines()) + "\n")
        out = subprocess.run([sys.executable, "-m", "dis", name + ".py"], cwd=CORPUS, check=True,
                             capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0")).stdout
        with open(os.path.join(CORPUS, name + ".dis"), "w", encoding="utf-8") as f:
            f.write(out)
    errors_dir = os.path.join(HERE, "errors")
    errors = sorted(f[:-3] for f in os.listdir(errors_dir) if f.endswith(".py"))
    for name in errors:
        with open(os.path.join(errors_dir, name + ".py"), encoding="utf-8") as f:
            source = f.read()
        try:
            compile(source, name + ".py", "exec")
            sys.exit("errors/%s.py compiles in CPython" % name)
        except SyntaxError as e:
            with open(os.path.join(errors_dir, name + ".err"), "w", encoding="utf-8") as f:
                f.write("line %d: %s\n" % (e.lineno, e.msg))
    with open(os.path.join(errors_dir, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(errors) + "\n")
    unsupported_dir = os.path.join(HERE, "unsupported")
    unsupported = sorted(f[:-3] for f in os.listdir(unsupported_dir) if f.endswith(".py"))
    for name in unsupported:
        with open(os.path.join(unsupported_dir, name + ".py"), encoding="utf-8") as f:
            compile(f.read(), name + ".py", "exec")
    with open(os.path.join(unsupported_dir, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(unsupported) + "\n")
    with open(os.path.join(CORPUS, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print("regenerated %d programs, %d errors; %d unsupported programs are valid Python"
          % (len(names), len(errors), len(unsupported)))


if __name__ == "__main__":
    main()

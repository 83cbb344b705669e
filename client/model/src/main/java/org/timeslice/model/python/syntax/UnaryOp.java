package org.timeslice.model.python.syntax;

/** Unary operators, in {@code Python.asdl} order. */
public enum UnaryOp { INVERT, NOT, UADD, USUB }

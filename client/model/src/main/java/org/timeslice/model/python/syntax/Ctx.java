package org.timeslice.model.python.syntax;

/** Whether an expression is read, assigned or deleted ({@code expr_context} of {@code Python.asdl}). */
public enum Ctx { LOAD, STORE, DEL }

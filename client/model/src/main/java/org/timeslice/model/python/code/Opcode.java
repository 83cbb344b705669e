package org.timeslice.model.python.code;

/**
 * CPython 3.11's opcodes ({@code Lib/opcode.py}, {@code Include/opcode.h}) and the compiler's pseudo-ops
 * ({@code Python/compile.c}: negative numbers, turned into NOPs or real jumps by the assembler), with the
 * facts the compiler, the assembler, {@code dis} and the interpreter need: names, whether an opcode takes an
 * argument, how many inline cache entries follow it, whether it jumps, and its stack effect.
 */
public final class Opcode {
  public static final int CACHE = 0;
  public static final int POP_TOP = 1;
  public static final int PUSH_NULL = 2;
  public static final int NOP = 9;
  public static final int UNARY_POSITIVE = 10;
  public static final int UNARY_NEGATIVE = 11;
  public static final int UNARY_NOT = 12;
  public static final int UNARY_INVERT = 15;
  public static final int BINARY_SUBSCR = 25;
  public static final int GET_LEN = 30;
  public static final int MATCH_MAPPING = 31;
  public static final int MATCH_SEQUENCE = 32;
  public static final int MATCH_KEYS = 33;
  public static final int PUSH_EXC_INFO = 35;
  public static final int CHECK_EXC_MATCH = 36;
  public static final int CHECK_EG_MATCH = 37;
  public static final int WITH_EXCEPT_START = 49;
  public static final int GET_AITER = 50;
  public static final int GET_ANEXT = 51;
  public static final int BEFORE_ASYNC_WITH = 52;
  public static final int BEFORE_WITH = 53;
  public static final int END_ASYNC_FOR = 54;
  public static final int STORE_SUBSCR = 60;
  public static final int DELETE_SUBSCR = 61;
  public static final int GET_ITER = 68;
  public static final int GET_YIELD_FROM_ITER = 69;
  public static final int PRINT_EXPR = 70;
  public static final int LOAD_BUILD_CLASS = 71;
  public static final int LOAD_ASSERTION_ERROR = 74;
  public static final int RETURN_GENERATOR = 75;
  public static final int LIST_TO_TUPLE = 82;
  public static final int RETURN_VALUE = 83;
  public static final int IMPORT_STAR = 84;
  public static final int SETUP_ANNOTATIONS = 85;
  public static final int YIELD_VALUE = 86;
  public static final int ASYNC_GEN_WRAP = 87;
  public static final int PREP_RERAISE_STAR = 88;
  public static final int POP_EXCEPT = 89;
  public static final int STORE_NAME = 90;
  public static final int DELETE_NAME = 91;
  public static final int UNPACK_SEQUENCE = 92;
  public static final int FOR_ITER = 93;
  public static final int UNPACK_EX = 94;
  public static final int STORE_ATTR = 95;
  public static final int DELETE_ATTR = 96;
  public static final int STORE_GLOBAL = 97;
  public static final int DELETE_GLOBAL = 98;
  public static final int SWAP = 99;
  public static final int LOAD_CONST = 100;
  public static final int LOAD_NAME = 101;
  public static final int BUILD_TUPLE = 102;
  public static final int BUILD_LIST = 103;
  public static final int BUILD_SET = 104;
  public static final int BUILD_MAP = 105;
  public static final int LOAD_ATTR = 106;
  public static final int COMPARE_OP = 107;
  public static final int IMPORT_NAME = 108;
  public static final int IMPORT_FROM = 109;
  public static final int JUMP_FORWARD = 110;
  public static final int JUMP_IF_FALSE_OR_POP = 111;
  public static final int JUMP_IF_TRUE_OR_POP = 112;
  public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
  public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
  public static final int LOAD_GLOBAL = 116;
  public static final int IS_OP = 117;
  public static final int CONTAINS_OP = 118;
  public static final int RERAISE = 119;
  public static final int COPY = 120;
  public static final int BINARY_OP = 122;
  public static final int SEND = 123;
  public static final int LOAD_FAST = 124;
  public static final int STORE_FAST = 125;
  public static final int DELETE_FAST = 126;
  public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
  public static final int POP_JUMP_FORWARD_IF_NONE = 129;
  public static final int RAISE_VARARGS = 130;
  public static final int GET_AWAITABLE = 131;
  public static final int MAKE_FUNCTION = 132;
  public static final int BUILD_SLICE = 133;
  public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
  public static final int MAKE_CELL = 135;
  public static final int LOAD_CLOSURE = 136;
  public static final int LOAD_DEREF = 137;
  public static final int STORE_DEREF = 138;
  public static final int DELETE_DEREF = 139;
  public static final int JUMP_BACKWARD = 140;
  public static final int CALL_FUNCTION_EX = 142;
  public static final int EXTENDED_ARG = 144;
  public static final int LIST_APPEND = 145;
  public static final int SET_ADD = 146;
  public static final int MAP_ADD = 147;
  public static final int LOAD_CLASSDEREF = 148;
  public static final int COPY_FREE_VARS = 149;
  public static final int RESUME = 151;
  public static final int MATCH_CLASS = 152;
  public static final int FORMAT_VALUE = 155;
  public static final int BUILD_CONST_KEY_MAP = 156;
  public static final int BUILD_STRING = 157;
  public static final int LOAD_METHOD = 160;
  public static final int LIST_EXTEND = 162;
  public static final int SET_UPDATE = 163;
  public static final int DICT_MERGE = 164;
  public static final int DICT_UPDATE = 165;
  public static final int PRECALL = 166;
  public static final int CALL = 171;
  public static final int KW_NAMES = 172;
  public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
  public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
  public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
  public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

  public static final int HAVE_ARGUMENT = 90;

  // Pseudo-instructions of compile.c: never in finished code.
  public static final int SETUP_FINALLY = -1;
  public static final int SETUP_CLEANUP = -2;
  public static final int SETUP_WITH = -3;
  public static final int POP_BLOCK = -4;
  public static final int JUMP = -5;
  public static final int JUMP_NO_INTERRUPT = -6;
  public static final int POP_JUMP_IF_FALSE = -7;
  public static final int POP_JUMP_IF_TRUE = -8;
  public static final int POP_JUMP_IF_NONE = -9;
  public static final int POP_JUMP_IF_NOT_NONE = -10;

  /** Marks an invalid stack effect. */
  public static final int INVALID_STACK_EFFECT = Integer.MIN_VALUE;

  private static final String[] NAMES = new String[256];
  private static final int[] CACHES = new int[256];
  private static final boolean[] JUMPS = new boolean[256];

  static {
    NAMES[CACHE] = "CACHE";
    NAMES[POP_TOP] = "POP_TOP";
    NAMES[PUSH_NULL] = "PUSH_NULL";
    NAMES[NOP] = "NOP";
    NAMES[UNARY_POSITIVE] = "UNARY_POSITIVE";
    NAMES[UNARY_NEGATIVE] = "UNARY_NEGATIVE";
    NAMES[UNARY_NOT] = "UNARY_NOT";
    NAMES[UNARY_INVERT] = "UNARY_INVERT";
    NAMES[BINARY_SUBSCR] = "BINARY_SUBSCR";
    NAMES[GET_LEN] = "GET_LEN";
    NAMES[MATCH_MAPPING] = "MATCH_MAPPING";
    NAMES[MATCH_SEQUENCE] = "MATCH_SEQUENCE";
    NAMES[MATCH_KEYS] = "MATCH_KEYS";
    NAMES[PUSH_EXC_INFO] = "PUSH_EXC_INFO";
    NAMES[CHECK_EXC_MATCH] = "CHECK_EXC_MATCH";
    NAMES[CHECK_EG_MATCH] = "CHECK_EG_MATCH";
    NAMES[WITH_EXCEPT_START] = "WITH_EXCEPT_START";
    NAMES[GET_AITER] = "GET_AITER";
    NAMES[GET_ANEXT] = "GET_ANEXT";
    NAMES[BEFORE_ASYNC_WITH] = "BEFORE_ASYNC_WITH";
    NAMES[BEFORE_WITH] = "BEFORE_WITH";
    NAMES[END_ASYNC_FOR] = "END_ASYNC_FOR";
    NAMES[STORE_SUBSCR] = "STORE_SUBSCR";
    NAMES[DELETE_SUBSCR] = "DELETE_SUBSCR";
    NAMES[GET_ITER] = "GET_ITER";
    NAMES[GET_YIELD_FROM_ITER] = "GET_YIELD_FROM_ITER";
    NAMES[PRINT_EXPR] = "PRINT_EXPR";
    NAMES[LOAD_BUILD_CLASS] = "LOAD_BUILD_CLASS";
    NAMES[LOAD_ASSERTION_ERROR] = "LOAD_ASSERTION_ERROR";
    NAMES[RETURN_GENERATOR] = "RETURN_GENERATOR";
    NAMES[LIST_TO_TUPLE] = "LIST_TO_TUPLE";
    NAMES[RETURN_VALUE] = "RETURN_VALUE";
    NAMES[IMPORT_STAR] = "IMPORT_STAR";
    NAMES[SETUP_ANNOTATIONS] = "SETUP_ANNOTATIONS";
    NAMES[YIELD_VALUE] = "YIELD_VALUE";
    NAMES[ASYNC_GEN_WRAP] = "ASYNC_GEN_WRAP";
    NAMES[PREP_RERAISE_STAR] = "PREP_RERAISE_STAR";
    NAMES[POP_EXCEPT] = "POP_EXCEPT";
    NAMES[STORE_NAME] = "STORE_NAME";
    NAMES[DELETE_NAME] = "DELETE_NAME";
    NAMES[UNPACK_SEQUENCE] = "UNPACK_SEQUENCE";
    NAMES[FOR_ITER] = "FOR_ITER";
    NAMES[UNPACK_EX] = "UNPACK_EX";
    NAMES[STORE_ATTR] = "STORE_ATTR";
    NAMES[DELETE_ATTR] = "DELETE_ATTR";
    NAMES[STORE_GLOBAL] = "STORE_GLOBAL";
    NAMES[DELETE_GLOBAL] = "DELETE_GLOBAL";
    NAMES[SWAP] = "SWAP";
    NAMES[LOAD_CONST] = "LOAD_CONST";
    NAMES[LOAD_NAME] = "LOAD_NAME";
    NAMES[BUILD_TUPLE] = "BUILD_TUPLE";
    NAMES[BUILD_LIST] = "BUILD_LIST";
    NAMES[BUILD_SET] = "BUILD_SET";
    NAMES[BUILD_MAP] = "BUILD_MAP";
    NAMES[LOAD_ATTR] = "LOAD_ATTR";
    NAMES[COMPARE_OP] = "COMPARE_OP";
    NAMES[IMPORT_NAME] = "IMPORT_NAME";
    NAMES[IMPORT_FROM] = "IMPORT_FROM";
    NAMES[JUMP_FORWARD] = "JUMP_FORWARD";
    NAMES[JUMP_IF_FALSE_OR_POP] = "JUMP_IF_FALSE_OR_POP";
    NAMES[JUMP_IF_TRUE_OR_POP] = "JUMP_IF_TRUE_OR_POP";
    NAMES[POP_JUMP_FORWARD_IF_FALSE] = "POP_JUMP_FORWARD_IF_FALSE";
    NAMES[POP_JUMP_FORWARD_IF_TRUE] = "POP_JUMP_FORWARD_IF_TRUE";
    NAMES[LOAD_GLOBAL] = "LOAD_GLOBAL";
    NAMES[IS_OP] = "IS_OP";
    NAMES[CONTAINS_OP] = "CONTAINS_OP";
    NAMES[RERAISE] = "RERAISE";
    NAMES[COPY] = "COPY";
    NAMES[BINARY_OP] = "BINARY_OP";
    NAMES[SEND] = "SEND";
    NAMES[LOAD_FAST] = "LOAD_FAST";
    NAMES[STORE_FAST] = "STORE_FAST";
    NAMES[DELETE_FAST] = "DELETE_FAST";
    NAMES[POP_JUMP_FORWARD_IF_NOT_NONE] = "POP_JUMP_FORWARD_IF_NOT_NONE";
    NAMES[POP_JUMP_FORWARD_IF_NONE] = "POP_JUMP_FORWARD_IF_NONE";
    NAMES[RAISE_VARARGS] = "RAISE_VARARGS";
    NAMES[GET_AWAITABLE] = "GET_AWAITABLE";
    NAMES[MAKE_FUNCTION] = "MAKE_FUNCTION";
    NAMES[BUILD_SLICE] = "BUILD_SLICE";
    NAMES[JUMP_BACKWARD_NO_INTERRUPT] = "JUMP_BACKWARD_NO_INTERRUPT";
    NAMES[MAKE_CELL] = "MAKE_CELL";
    NAMES[LOAD_CLOSURE] = "LOAD_CLOSURE";
    NAMES[LOAD_DEREF] = "LOAD_DEREF";
    NAMES[STORE_DEREF] = "STORE_DEREF";
    NAMES[DELETE_DEREF] = "DELETE_DEREF";
    NAMES[JUMP_BACKWARD] = "JUMP_BACKWARD";
    NAMES[CALL_FUNCTION_EX] = "CALL_FUNCTION_EX";
    NAMES[EXTENDED_ARG] = "EXTENDED_ARG";
    NAMES[LIST_APPEND] = "LIST_APPEND";
    NAMES[SET_ADD] = "SET_ADD";
    NAMES[MAP_ADD] = "MAP_ADD";
    NAMES[LOAD_CLASSDEREF] = "LOAD_CLASSDEREF";
    NAMES[COPY_FREE_VARS] = "COPY_FREE_VARS";
    NAMES[RESUME] = "RESUME";
    NAMES[MATCH_CLASS] = "MATCH_CLASS";
    NAMES[FORMAT_VALUE] = "FORMAT_VALUE";
    NAMES[BUILD_CONST_KEY_MAP] = "BUILD_CONST_KEY_MAP";
    NAMES[BUILD_STRING] = "BUILD_STRING";
    NAMES[LOAD_METHOD] = "LOAD_METHOD";
    NAMES[LIST_EXTEND] = "LIST_EXTEND";
    NAMES[SET_UPDATE] = "SET_UPDATE";
    NAMES[DICT_MERGE] = "DICT_MERGE";
    NAMES[DICT_UPDATE] = "DICT_UPDATE";
    NAMES[PRECALL] = "PRECALL";
    NAMES[CALL] = "CALL";
    NAMES[KW_NAMES] = "KW_NAMES";
    NAMES[POP_JUMP_BACKWARD_IF_NOT_NONE] = "POP_JUMP_BACKWARD_IF_NOT_NONE";
    NAMES[POP_JUMP_BACKWARD_IF_NONE] = "POP_JUMP_BACKWARD_IF_NONE";
    NAMES[POP_JUMP_BACKWARD_IF_FALSE] = "POP_JUMP_BACKWARD_IF_FALSE";
    NAMES[POP_JUMP_BACKWARD_IF_TRUE] = "POP_JUMP_BACKWARD_IF_TRUE";
    CACHES[BINARY_SUBSCR] = 4;
    CACHES[STORE_SUBSCR] = 1;
    CACHES[UNPACK_SEQUENCE] = 1;
    CACHES[STORE_ATTR] = 4;
    CACHES[LOAD_ATTR] = 4;
    CACHES[COMPARE_OP] = 2;
    CACHES[LOAD_GLOBAL] = 5;
    CACHES[BINARY_OP] = 1;
    CACHES[LOAD_METHOD] = 10;
    CACHES[PRECALL] = 1;
    CACHES[CALL] = 4;
    for (int op : new int[] {
        FOR_ITER, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE,
        POP_JUMP_FORWARD_IF_TRUE, SEND, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NONE,
        JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
        POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE}) {
      JUMPS[op] = true;
    }
  }

  private Opcode() {}

  /** The opcode's name as {@code dis} prints it ({@code "<N>"} for an unused number). */
  public static String name(int op) {
    if (op < 0) {
      return new String[] {"SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
          "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE",
          "POP_JUMP_IF_NOT_NONE"}[-op - 1];
    }
    return NAMES[op] != null ? NAMES[op] : "<" + op + ">";
  }

  /** True if the opcode uses its argument. */
  public static boolean hasArg(int op) {
    return op >= HAVE_ARGUMENT || op < 0;
  }

  /** Inline cache entries that follow the opcode ({@code _PyOpcode_Caches}). */
  public static int caches(int op) {
    return op >= 0 ? CACHES[op] : 0;
  }

  /** True for a real (relative) jump opcode ({@code _PyOpcode_Jump}). */
  public static boolean isRealJump(int op) {
    return op >= 0 && JUMPS[op];
  }

  /** True for a virtual jump pseudo-op ({@code IS_VIRTUAL_JUMP_OPCODE}). */
  public static boolean isVirtualJump(int op) {
    return op == JUMP || op == JUMP_NO_INTERRUPT || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE
        || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE;
  }

  /** {@code is_jump}: a real or virtual jump. */
  public static boolean isJump(int op) {
    return isVirtualJump(op) || isRealJump(op);
  }

  /** True for the opcodes {@code dis} treats as backward jumps (their argument counts back). */
  public static boolean isBackwardJump(int op) {
    return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == POP_JUMP_BACKWARD_IF_NONE
        || op == POP_JUMP_BACKWARD_IF_NOT_NONE || op == POP_JUMP_BACKWARD_IF_TRUE
        || op == POP_JUMP_BACKWARD_IF_FALSE;
  }

  /** {@code is_block_push}: SETUP_FINALLY, SETUP_WITH or SETUP_CLEANUP. */
  public static boolean isBlockPush(int op) {
    return op == SETUP_FINALLY || op == SETUP_WITH || op == SETUP_CLEANUP;
  }
}

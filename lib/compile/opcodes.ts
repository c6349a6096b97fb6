/**
 * The one list of VM instructions.
 *
 * Each entry gives the name, its operands, and what it does to the value stack.
 * Opcode numbers come from the position in {@linkcode OPCODES}: never type them by
 * hand anywhere but in `vm.ts`, whose `switch` uses numeric literals annotated with
 * the name (`case 6 /* LOAD *\/:`) because V8 only builds a jump table for literal
 * case labels. A test checks every such literal against this table.
 *
 * Operand kinds: `k` constant index, `s` stack slot (relative to the frame base),
 * `g` global slot, `c` capture index, `n` a count, `i` an index, `j` an absolute
 * jump target in the same chunk.
 *
 * Notation: `[a b] -> [c]` shows the top of the stack before and after; `S[s]` is
 * slot s of the current frame; `K[k]` constant k; `G[g]` global g; `C[c]` capture c.
 *
 * @module
 */

/** The kind of one operand. */
export type OperandKind = "k" | "s" | "g" | "c" | "n" | "i" | "j";

/** One instruction's description. */
export interface OpInfo {
  /** Upper-case name. */
  readonly name: string;
  /** Operand kinds, in order. */
  readonly operands: readonly OperandKind[];
  /** What it does, in one line. */
  readonly effect: string;
}

function op(name: string, operands: string, effect: string): OpInfo {
  return {
    name,
    operands: operands === "" ? [] : operands.split(" ") as OperandKind[],
    effect,
  };
}

/** Every instruction; an opcode is its index here. */
export const OPCODES: readonly OpInfo[] = [
  op("NOP", "", "nothing"),
  // --- constants and variables
  op("CONST", "k", "[] -> [K[k]]"),
  op("NIL", "", "[] -> [nil]"),
  op("TRUE", "", "[] -> [true]"),
  op("FALSE", "", "[] -> [false]"),
  op("POP", "", "[a] -> []"),
  op("LOAD", "s", "[] -> [S[s]]"),
  op("LOAD_GLOBAL", "g", "[] -> [G[g]]; panics if G[g] is not bound yet"),
  op("LOAD_CAPTURE", "c", "[] -> [C[c]]"),
  op("LOAD_SELF", "", "[] -> [the running closure] (a named fn calling itself)"),
  op("LOAD_CELL", "s", "[] -> [S[s].value]; panics if the cell is still empty"),
  op("LOAD_CAPTURE_CELL", "c", "[] -> [C[c].value]; panics if the cell is still empty"),
  op("NEW_CELL", "k", "[] -> [a new empty cell for the name K[k]]"),
  op("CELL_FROM", "s s", "S[s1].value = S[s2]"),
  op("GLOBAL_FROM", "g s", "G[g] = S[s]"),
  op("MOVE_TOP", "s", "S[s] = top; drop everything above slot s"),
  op("TRUNCATE", "s", "drop everything from slot s up"),
  op("SWAP", "", "[a b] -> [b a]"),
  // --- building values
  op("TUPLE", "n", "[a1 .. an] -> [(a1, .., an)]"),
  op("LIST", "n", "[a1 .. an] -> [[a1, .., an]]"),
  op("LIST_APPEND", "", "[xs a] -> [xs with a appended]"),
  op("LIST_CONCAT", "", "[xs ys] -> [xs then ys]; ys must be a list (a splat)"),
  op("SET", "n", "[a1 .. an] -> [${a1, .., an}]"),
  op("SET_ADD", "", "[s a] -> [s with a]"),
  op("SET_UNION", "", "[s t] -> [s with t's members]; t must be a set (a splat)"),
  op("DICT", "n", "[k1 v1 .. kn vn] -> [#{k1 v1, ..}]"),
  op("DICT_PUT", "", "[d k v] -> [d with k = v]"),
  op("DICT_MERGE", "", "[d e] -> [d with e's entries]; e must be a dict (a splat)"),
  op("INTERP", "n", "[p1 .. pn] -> [the string forms of p1 .. pn joined]"),
  op("CLOSURE", "k", "[] -> [a closure of the function K[k] over its captures]"),
  op("PARTIAL", "n i", "[f a1 .. a(n-1)] -> [f partially applied, the hole at index i]"),
  op("GET_KEY", "k", "[d] -> [d K[k]]; nil unless d is a dict or pkg"),
  op("BOX", "k", "[v] -> [a new box named K[k] holding v]"),
  op("PKG", "n k", "[k1 v1 .. kn vn] -> [the package K[k]]"),
  // --- control
  op("JUMP", "j", "go to j"),
  op("JUMP_IF_FALSE", "j", "[c] -> []; go to j if c is nil or false"),
  op("CALL", "n", "[f a1 .. an] -> [f (a1, .., an)]; one reduction"),
  op("TAIL_CALL", "n", "[f a1 .. an] -> replace this frame with the call; one reduction"),
  op("RETURN", "", "[v] -> return v to the caller"),
  op("PANIC", "", "[v] -> panic with v"),
  // --- clauses and patterns (a failed test jumps to j)
  op("ARITY_EQ", "n j", "go to j unless this call got exactly n arguments"),
  op("PACK_ARGS", "", "S[0] = a tuple of all the arguments (UNPACK_ARGS undoes it)"),
  op("MATCH_TUPLE", "s n j", "go to j unless S[s] is a tuple of exactly n members"),
  op("MATCH_TUPLE_MIN", "s n j", "go to j unless S[s] is a tuple of at least n members"),
  op("MATCH_LIST", "s n j", "go to j unless S[s] is a list of exactly n members"),
  op("MATCH_LIST_MIN", "s n j", "go to j unless S[s] is a list of at least n members"),
  op("MATCH_DICT", "s j", "go to j unless S[s] is a dict"),
  op("MATCH_EQ", "s k j", "go to j unless S[s] is the literal K[k]"),
  op("MATCH_TYPE", "s k j", "go to j unless type (S[s]) is the keyword K[k]"),
  op("PUSH_ELEM", "s i", "[] -> [member i of the tuple or list S[s]]"),
  op("PUSH_REST", "s i", "[] -> [a list of the members of S[s] from index i]"),
  op("PUSH_KEY", "s k j", "[] -> [S[s] K[k]]; go to j if the dict has no such key"),
  op("PUSH_DICT_REST", "s k", "[] -> [S[s] without the keys listed in K[k]]"),
  op("FAIL_FN", "", "panic: no clause of this function matches its arguments"),
  op("FAIL_LET", "s k", "panic: the pattern K[k] does not match S[s]"),
  op("FAIL_MATCH", "s k", "panic: no clause of this match matches S[s]; K[k] its patterns' text"),
  op("FAIL_WHEN", "", "panic: no clause of this when was true"),
  op(
    "FAIL_LOOP",
    "s n k",
    "panic: no clause of this loop matches S[s] .. S[s+n-1]; K[k] its clauses' text",
  ),
  // --- loops
  op("RECUR", "s n j", "[a1 .. an] -> S[s..] = a1 .. an, drop above, go to j; one reduction"),
  op("REPEAT_INIT", "s", "panic unless S[s] is a number; round it down"),
  op("REPEAT_STEP", "s j", "go to j if S[s] <= 0, else S[s] -= 1; one reduction"),
  // --- processes
  op("RECV_START", "", "[] -> [0] (the scan position in the mailbox)"),
  op("RECV_PEEK", "s", "[] -> [the message at position S[s]]; wait for one if none; one reduction"),
  op("RECV_TAKE", "s", "remove the message at position S[s] from the mailbox"),
  op("RECV_SKIP", "s j", "S[s] += 1; go to j"),
  // --- modules and tests
  op("IMPORT", "k", "[] -> [the value of the module at path K[k]] (may wait)"),
  op("TEST", "k k", "register the test named K[k1] whose body is the function K[k2]"),
  // --- prelude functions with a fast path; k is the prelude function to call otherwise
  op("ADD", "k", "[a b] -> [add (a, b)]: numbers inline, else a call of K[k]"),
  op("SUB", "k", "[a b] -> [sub (a, b)]: numbers inline, else a call of K[k]"),
  op("MULT", "k", "[a b] -> [mult (a, b)]: numbers inline, else a call of K[k]"),
  op("DIV", "k", "[a b] -> [div (a, b)]: numbers (b not 0) inline, else a call of K[k]"),
  op("INC", "k", "[a] -> [inc (a)]: a number inline, else a call of K[k]"),
  op("DEC", "k", "[a] -> [dec (a)]: a number inline, else a call of K[k]"),
  op("EQ", "k", "[a b] -> [eq? (a, b)]; a call of K[k] for two long lists (compared in slices)"),
  op("LT", "k", "[a b] -> [lt? (a, b)]: numbers inline, else a call of K[k]"),
  op("GT", "k", "[a b] -> [gt? (a, b)]: numbers inline, else a call of K[k]"),
  op("LTE", "k", "[a b] -> [lte? (a, b)]: numbers inline, else a call of K[k]"),
  op("GTE", "k", "[a b] -> [gte? (a, b)]: numbers inline, else a call of K[k]"),
  // --- superinstructions: the fast ops with their operands in slots (S) or constants (K).
  // k names the prelude function to call when the operands are not plain numbers.
  op("ADD_SS", "s s k", "[] -> [add (S[s1], S[s2])]"),
  op("ADD_SK", "s k k", "[] -> [add (S[s], K[k1])]"),
  op("SUB_SS", "s s k", "[] -> [sub (S[s1], S[s2])]"),
  op("SUB_SK", "s k k", "[] -> [sub (S[s], K[k1])]"),
  op("MULT_SS", "s s k", "[] -> [mult (S[s1], S[s2])]"),
  op("MULT_SK", "s k k", "[] -> [mult (S[s], K[k1])]"),
  op("INC_S", "s k", "[] -> [inc (S[s])]"),
  op("DEC_S", "s k", "[] -> [dec (S[s])]"),
  // Compare and branch: go to j if the comparison is false. Always followed by a
  // JUMP_IF_FALSE j, which the fast path skips and the fallback call returns to.
  op("EQ_SS_JF", "s s k j", "go to j unless eq? (S[s1], S[s2])"),
  op("EQ_SK_JF", "s k k j", "go to j unless eq? (S[s], K[k1])"),
  op("LT_SS_JF", "s s k j", "go to j unless lt? (S[s1], S[s2])"),
  op("LT_SK_JF", "s k k j", "go to j unless lt? (S[s], K[k1])"),
  op("GT_SS_JF", "s s k j", "go to j unless gt? (S[s1], S[s2])"),
  op("GT_SK_JF", "s k k j", "go to j unless gt? (S[s], K[k1])"),
  op("LTE_SS_JF", "s s k j", "go to j unless lte? (S[s1], S[s2])"),
  op("LTE_SK_JF", "s k k j", "go to j unless lte? (S[s], K[k1])"),
  op("GTE_SS_JF", "s s k j", "go to j unless gte? (S[s1], S[s2])"),
  op("GTE_SK_JF", "s k k j", "go to j unless gte? (S[s], K[k1])"),
  // --- process functions with a fast path (they call K[k] when a tracer watches)
  op("SEND", "k", "[pid msg] -> [msg], sending msg to pid; else a call of K[k]"),
  op("SELF", "k", "[] -> [the running process's pid]"),
  op("SPAWN", "k", "[f] -> [the pid of a new process running f ()]; else a call of K[k]"),
  // --- collection functions with a fast path
  op("APPEND", "k", "[xs x] -> [xs with x appended] for a list xs; else a call of K[k]"),
  // --- clauses ending in ...rest
  op("ARITY_MIN", "n j", "go to j unless this call got at least n arguments"),
  op("UNPACK_ARGS", "", "undo PACK_ARGS: the arguments back in their slots, nothing above"),
  // --- a call of a function held in a variable (fold's `f (acc, x)`)
  op(
    "CALL_VALUE",
    "n",
    "[f a1 .. an] -> [f (a1, .., an)] as CALL; the prelude's add, lt? … on numbers inline",
  ),
];

/** Opcode numbers by name: `OP.CALL` is the index of CALL in {@linkcode OPCODES}. */
export const OP: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(OPCODES.map((o, i) => [o.name, i])),
);

/** Prelude function names with a fast-path instruction, and their argument count. */
export const FAST_OPS: Readonly<Record<string, { op: string; argc: number }>> = Object.freeze({
  add: { op: "ADD", argc: 2 },
  sub: { op: "SUB", argc: 2 },
  mult: { op: "MULT", argc: 2 },
  div: { op: "DIV", argc: 2 },
  inc: { op: "INC", argc: 1 },
  dec: { op: "DEC", argc: 1 },
  "eq?": { op: "EQ", argc: 2 },
  "lt?": { op: "LT", argc: 2 },
  "gt?": { op: "GT", argc: 2 },
  "lte?": { op: "LTE", argc: 2 },
  "gte?": { op: "GTE", argc: 2 },
  "send!": { op: "SEND", argc: 2 },
  send: { op: "SEND", argc: 2 },
  self: { op: "SELF", argc: 0 },
  "spawn!": { op: "SPAWN", argc: 1 },
  append: { op: "APPEND", argc: 2 },
});

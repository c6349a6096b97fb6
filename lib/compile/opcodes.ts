/**
 * The instruction set, declared once: every instruction's name, operands, stack
 * effect and what it does, in {@linkcode OPCODES}; an opcode is its index there.
 * Everything else comes from this file: {@linkcode OP} (a name not declared is a
 * type error), the disassembler, the prelude image's fingerprint, the compiler's
 * fast ops ({@linkcode FAST_OPS}), and, written into `lib/vm/vm.ts` by
 * `tools/gen_ops.ts`, the number of every `case N /* NAME *\/` label of the
 * dispatch switch (V8 builds a jump table only for literal labels) and the cases
 * of the instructions that {@linkcode NUMERIC} declares.
 *
 * Operand kinds: `k` constant index, `s` stack slot (relative to the frame base),
 * `g` global slot, `c` capture index, `n` a count, `i` an index, `j` an absolute
 * jump target in the same chunk.
 *
 * Notation, as Lua's register transfers: `[a b] -> [c]` shows the top of the
 * stack before and after; `S[s]` is slot s of the current frame; `K[k]` constant
 * k; `G[g]` global g; `C[c]` capture c.
 *
 * @module
 */

/** The kind of one operand. */
export type OperandKind = "k" | "s" | "g" | "c" | "n" | "i" | "j";

/** Operand kinds written as one string (`"s n j"`): any other word is a type error. */
type Operands<S extends string> = S extends "" ? S
  : S extends OperandKind ? S
  : S extends `${OperandKind} ${infer Rest}` ? (Operands<Rest> extends never ? never : S)
  : never;

/**
 * What an instruction does to the height of the stack: a number (values pushed
 * minus values popped), or a rule. In its count operand n: `1-n`, `1-2n`, `-n`;
 * `pkg` is PKG's `1-2n`, or 0 for n = -1 (the entries come as one dict). Setting
 * the height, relative to the frame base: `=s`, `=s+1`, `=s+n` (slot s, plus 1,
 * plus n), `=1` (PACK_ARGS), `=argc` (UNPACK_ARGS). `end`: the frame ends
 * (return, tail call, panic). A jump's target sees the height after the
 * instruction, but for PUSH_KEY's, which sees it before. A compare-and-branch
 * (`_JF`) counts with the JUMP_IF_FALSE it always precedes: when it calls the
 * prelude function instead, the call's result is what that jump pops.
 */
export type StackEffect =
  | number
  | "1-n"
  | "1-2n"
  | "-n"
  | "pkg"
  | "=s"
  | "=s+1"
  | "=s+n"
  | "=1"
  | "=argc"
  | "end";

/** A call of a prelude function by name that an instruction does. */
export interface Inline {
  /** The prelude functions' names. */
  readonly fns: readonly string[];
  /** How many arguments the call has (for another count, a plain call is compiled). */
  readonly argc: number;
}

/** One instruction's description. */
export interface OpInfo<Name extends string = string> {
  /** Upper-case name. */
  readonly name: Name;
  /** Operand kinds, in order. */
  readonly operands: readonly OperandKind[];
  /** What it does to the height of the stack. */
  readonly stack: StackEffect;
  /** What it does, in one line. */
  readonly effect: string;
  /** The prelude calls the compiler turns into this instruction, if any; K[k] is the function. */
  readonly inline?: Inline;
}

function op<const Name extends string, const O extends string>(
  name: Name,
  operands: O & Operands<O>,
  stack: StackEffect,
  effect: string,
  inline?: Inline,
): OpInfo<Name> {
  return {
    name,
    operands: operands === "" ? [] : operands.split(" ") as OperandKind[],
    stack,
    effect,
    inline,
  };
}

/** The instructions before the fast ones. */
const GENERAL = [
  op("NOP", "", 0, "nothing"),
  // --- constants and variables
  op("CONST", "k", 1, "[] -> [K[k]]"),
  op("NIL", "", 1, "[] -> [nil]"),
  op("TRUE", "", 1, "[] -> [true]"),
  op("FALSE", "", 1, "[] -> [false]"),
  op("POP", "", -1, "[a] -> []"),
  op("LOAD", "s", 1, "[] -> [S[s]]"),
  op("LOAD_GLOBAL", "g", 1, "[] -> [G[g]]; panics if G[g] is not bound yet"),
  op("LOAD_CAPTURE", "c", 1, "[] -> [C[c]]"),
  op("LOAD_SELF", "", 1, "[] -> [the running closure] (a named fn calling itself)"),
  op("LOAD_CELL", "s", 1, "[] -> [S[s].value]; panics if the cell is still empty"),
  op("LOAD_CAPTURE_CELL", "c", 1, "[] -> [C[c].value]; panics if the cell is still empty"),
  op("NEW_CELL", "k", 1, "[] -> [a new empty cell for the name K[k]]"),
  op("CELL_FROM", "s s", 0, "S[s1].value = S[s2]"),
  op("GLOBAL_FROM", "g s", 0, "G[g] = S[s]"),
  op("MOVE_TOP", "s", "=s+1", "S[s] = top; drop everything above slot s"),
  op("TRUNCATE", "s", "=s", "drop everything from slot s up"),
  op("SWAP", "", 0, "[a b] -> [b a]"),
  // --- building values
  op("TUPLE", "n", "1-n", "[a1 .. an] -> [(a1, .., an)]"),
  op("LIST", "n", "1-n", "[a1 .. an] -> [[a1, .., an]]"),
  op("LIST_APPEND", "", -1, "[xs a] -> [xs with a appended]"),
  op("LIST_CONCAT", "", -1, "[xs ys] -> [xs then ys]; ys must be a list (a splat)"),
  op("SET", "n", "1-n", "[a1 .. an] -> [${a1, .., an}]"),
  op("SET_ADD", "", -1, "[s a] -> [s with a]"),
  op("SET_UNION", "", -1, "[s t] -> [s with t's members]; t must be a set (a splat)"),
  op("DICT", "n", "1-2n", "[k1 v1 .. kn vn] -> [#{k1 v1, ..}]"),
  op("DICT_PUT", "", -2, "[d k v] -> [d with k = v]"),
  op("DICT_MERGE", "", -1, "[d e] -> [d with e's entries]; e must be a dict (a splat)"),
  op("INTERP", "n", "1-n", "[p1 .. pn] -> [the string forms of p1 .. pn joined]"),
  op("CLOSURE", "k", 1, "[] -> [a closure of the function K[k] over its captures]"),
  op("PARTIAL", "n i", "1-n", "[f a1 .. a(n-1)] -> [f partially applied, the hole at index i]"),
  op("GET_KEY", "k", 0, "[d] -> [d K[k]]; nil unless d is a dict or pkg"),
  op("BOX", "k", 0, "[v] -> [a new box named K[k] holding v]"),
  op("PKG", "n k", "pkg", "[k1 v1 .. kn vn] -> [the package K[k]]"),
  // --- control
  op("JUMP", "j", 0, "go to j"),
  op("JUMP_IF_FALSE", "j", -1, "[c] -> []; go to j if c is nil or false"),
  op("CALL", "n", "-n", "[f a1 .. an] -> [f (a1, .., an)]; one reduction"),
  op("TAIL_CALL", "n", "end", "[f a1 .. an] -> replace this frame with the call; one reduction"),
  op("RETURN", "", "end", "[v] -> return v to the caller"),
  op("PANIC", "", "end", "[v] -> panic with v"),
  // --- clauses and patterns (a failed test jumps to j)
  op("ARITY_EQ", "n j", 0, "go to j unless this call got exactly n arguments"),
  op("PACK_ARGS", "", "=1", "S[0] = a tuple of all the arguments (UNPACK_ARGS undoes it)"),
  op("MATCH_TUPLE", "s n j", 0, "go to j unless S[s] is a tuple of exactly n members"),
  op("MATCH_TUPLE_MIN", "s n j", 0, "go to j unless S[s] is a tuple of at least n members"),
  op("MATCH_LIST", "s n j", 0, "go to j unless S[s] is a list of exactly n members"),
  op("MATCH_LIST_MIN", "s n j", 0, "go to j unless S[s] is a list of at least n members"),
  op("MATCH_DICT", "s j", 0, "go to j unless S[s] is a dict"),
  op("MATCH_EQ", "s k j", 0, "go to j unless S[s] is the literal K[k]"),
  op("MATCH_TYPE", "s k j", 0, "go to j unless type (S[s]) is the keyword K[k]"),
  op("PUSH_ELEM", "s i", 1, "[] -> [member i of the tuple or list S[s]]"),
  op("PUSH_REST", "s i", 1, "[] -> [a list of the members of S[s] from index i]"),
  op("PUSH_KEY", "s k j", 1, "[] -> [S[s] K[k]]; go to j if the dict has no such key"),
  op("PUSH_DICT_REST", "s k", 1, "[] -> [S[s] without the keys listed in K[k]]"),
  op("FAIL_FN", "", "end", "panic: no clause of this function matches its arguments"),
  op("FAIL_LET", "s k", "end", "panic: the pattern K[k] does not match S[s]"),
  op(
    "FAIL_MATCH",
    "s k",
    "end",
    "panic: no clause of this match matches S[s]; K[k] its patterns' text",
  ),
  op("FAIL_WHEN", "", "end", "panic: no clause of this when was true"),
  op(
    "FAIL_LOOP",
    "s n k",
    "end",
    "panic: no clause of this loop matches S[s] .. S[s+n-1]; K[k] its clauses' text",
  ),
  // --- loops
  op(
    "RECUR",
    "s n j",
    "=s+n",
    "[a1 .. an] -> S[s..] = a1 .. an, drop above, go to j; one reduction",
  ),
  op("REPEAT_INIT", "s", 0, "panic unless S[s] is a number; round it down"),
  op("REPEAT_STEP", "s j", 0, "go to j if S[s] <= 0, else S[s] -= 1; one reduction"),
  // --- processes
  op("RECV_START", "", 1, "[] -> [0] (the scan position in the mailbox)"),
  op(
    "RECV_PEEK",
    "s",
    1,
    "[] -> [the message at position S[s]]; wait for one if none; one reduction",
  ),
  op("RECV_TAKE", "s", 0, "remove the message at position S[s] from the mailbox"),
  op("RECV_SKIP", "s j", 0, "S[s] += 1; go to j"),
  // --- modules and tests
  op("IMPORT", "k", 1, "[] -> [the value of the module at path K[k]] (may wait)"),
  op("TEST", "k k", 0, "register the test named K[k1] whose body is the function K[k2]"),
];

/** The instructions after the fast ones. */
const LATER = [
  // --- process functions with a fast path (they call K[k] when a tracer watches)
  op("SEND", "k", -1, "[pid msg] -> [msg], sending msg to pid; else a call of K[k]", {
    fns: ["send!", "send"],
    argc: 2,
  }),
  op("SELF", "k", 1, "[] -> [the running process's pid]", { fns: ["self"], argc: 0 }),
  op("SPAWN", "k", 0, "[f] -> [the pid of a new process running f ()]; else a call of K[k]", {
    fns: ["spawn!"],
    argc: 1,
  }),
  // --- collection functions with a fast path
  op("APPEND", "k", -1, "[xs x] -> [xs with x appended] for a list xs; else a call of K[k]", {
    fns: ["append"],
    argc: 2,
  }),
  // --- clauses ending in ...rest
  op("ARITY_MIN", "n j", 0, "go to j unless this call got at least n arguments"),
  op(
    "UNPACK_ARGS",
    "",
    "=argc",
    "undo PACK_ARGS: the arguments back in their slots, nothing above",
  ),
  // --- a call of a function held in a variable (fold's `f (acc, x)`)
  op(
    "CALL_VALUE",
    "n",
    "-n",
    "[f a1 .. an] -> [f (a1, .., an)] as CALL; the prelude's add, lt? … on numbers inline",
  ),
];

/** One prelude function the VM does inline on plain numbers (see {@linkcode NUMERIC}). */
export interface NumericFn {
  /** Its name in the prelude. */
  readonly fn: string;
  /** How many arguments, `a` (and `b`). */
  readonly args: 1 | 2;
  /** Its value, a JS expression in `a` (and `b`), when they are numbers. */
  readonly value: string;
  /** What must hold as well for `value` to be its value (div: `b !== 0`). */
  readonly also?: string;
  /** Its instruction (upper case); without one only CALL_VALUE does it inline. */
  readonly op?: string;
  /**
   * Its superinstructions, with operands in slots (S) or constants (K): `S`
   * makes OP_S (`inc (n)`), `SS SK` makes OP_SS and OP_SK (`add (n, m)`,
   * `add (n, 1)`), `JF` makes the compare-and-branch OP_SS_JF and OP_SK_JF.
   */
  readonly forms?: "S" | "SS SK" | "JF";
  /**
   * For an instruction done inline on any values, not numbers alone (`eq?`):
   * when it is (`when`; `whenLiteral` with b a literal, null for always), and
   * the JS expression of its value then; `except` says in words when it is not.
   */
  readonly any?: {
    readonly when: string;
    readonly whenLiteral: string | null;
    readonly value: string;
    readonly except: string;
  };
}

/**
 * The prelude functions done inline on plain numbers: by their instructions
 * (ADD, ADD_SS, LT_SK_JF …) when called by name, and by CALL_VALUE when called
 * through a variable (`fold (add, xs, 0)`), as the prelude computes them. From
 * this table come those instructions' entries in {@linkcode OPCODES} (in table
 * order: plain ones, then the S/SS/SK forms, then the JF forms), their cases in
 * `vm.ts` and its `numericCall`, and each prelude function's
 * {@linkcode numericCode}.
 */
export const NUMERIC = [
  { fn: "add", args: 2, value: "a + b", op: "ADD", forms: "SS SK" },
  { fn: "sub", args: 2, value: "a - b", op: "SUB", forms: "SS SK" },
  { fn: "mult", args: 2, value: "a * b", op: "MULT", forms: "SS SK" },
  { fn: "div", args: 2, value: "a / b", also: "b !== 0", op: "DIV" },
  { fn: "inc", args: 1, value: "a + 1", op: "INC", forms: "S" },
  { fn: "dec", args: 1, value: "a - 1", op: "DEC", forms: "S" },
  {
    fn: "eq?",
    args: 2,
    value: "a === b",
    op: "EQ",
    forms: "JF",
    // `eq?` compares two long lists a slice at a time (work.ts); a literal is never one.
    any: {
      when: 'typeof a !== "object" || !longEquality(a, b)',
      whenLiteral: null,
      value: 'a === b || (typeof a === "object" && equals(a, b))',
      except: "two long lists",
    },
  },
  { fn: "lt?", args: 2, value: "a < b", op: "LT", forms: "JF" },
  { fn: "gt?", args: 2, value: "a > b", op: "GT", forms: "JF" },
  { fn: "lte?", args: 2, value: "a <= b", op: "LTE", forms: "JF" },
  { fn: "gte?", args: 2, value: "a >= b", op: "GTE", forms: "JF" },
  { fn: "zero?", args: 1, value: "a === 0" },
  { fn: "pos?", args: 1, value: "a > 0" },
  { fn: "neg?", args: 1, value: "a < 0" },
  // mod (a, 2) as the prelude's `mod` computes it (rounding down)
  { fn: "even?", args: 1, value: "a - 2 * Math.floor(a / 2) === 0" },
  { fn: "odd?", args: 1, value: "a - 2 * Math.floor(a / 2) === 1" },
] as const satisfies readonly NumericFn[];

type NumericEntry = (typeof NUMERIC)[number];
type FormNames<E> = E extends { op: infer O extends string; forms: infer F } ? (
    F extends "S" ? `${O}_S`
      : F extends "SS SK" ? `${O}_SS` | `${O}_SK`
      : F extends "JF" ? `${O}_SS_JF` | `${O}_SK_JF`
      : never
  )
  : never;
type NumericOpName = Extract<NumericEntry, { op: string }>["op"] | FormNames<NumericEntry>;

/** Every instruction's name. */
export type OpName =
  | (typeof GENERAL)[number]["name"]
  | NumericOpName
  | (typeof LATER)[number]["name"];

/** Put `x` in place of `a`, and `y` of `b`, in a JS expression of the table (for effect lines). */
function over(expr: string, x: string, y: string): string {
  return expr.replace(/\b[ab]\b/g, (v) => v === "a" ? x : y);
}

/** The instructions {@linkcode NUMERIC} declares, in their order. */
function numericOps(): OpInfo<NumericOpName>[] {
  const plain: OpInfo<NumericOpName>[] = [];
  const forms: OpInfo<NumericOpName>[] = [];
  const branches: OpInfo<NumericOpName>[] = [];
  for (const e of NUMERIC as readonly NumericFn[]) {
    if (e.op === undefined) continue;
    const name = e.op as NumericOpName;
    const inline = { fns: [e.fn], argc: e.args };
    // In words: `[a b] -> [a + b] on numbers, else a call of K[k]`.
    const otherwise = e.any
      ? `; for ${e.any.except} a call of K[k]`
      : ` on ${e.args === 2 ? "numbers" : "a number"}${e.also ? ` with ${e.also}` : ""}` +
        ", else a call of K[k]";
    const value = (x: string, y: string) => e.any ? `${e.fn} (${x}, ${y})` : over(e.value, x, y);
    const args = e.args === 2 ? "[a b]" : "[a]";
    plain.push(op(name, "k", 1 - e.args, `${args} -> [${value("a", "b")}]${otherwise}`, inline));
    const form = (suffix: string, operands: "s k" | "s s k" | "s k k", effect: string) =>
      forms.push(
        op(`${name}_${suffix}` as NumericOpName, operands, 1, `[] -> [${effect}]${otherwise}`),
      );
    const branch = (suffix: string, operands: "s s k j" | "s k k j", test: string) =>
      branches.push(
        op(
          `${name}_${suffix}` as NumericOpName,
          operands,
          0,
          `go to j unless ${test}${otherwise}, which the JUMP_IF_FALSE after it tests`,
        ),
      );
    if (e.forms === "S") form("S", "s k", value("S[s]", ""));
    if (e.forms === "SS SK") {
      form("SS", "s s k", value("S[s1]", "S[s2]"));
      form("SK", "s k k", value("S[s]", "K[k1]"));
    }
    if (e.forms === "JF") {
      branch("SS_JF", "s s k j", value("S[s1]", "S[s2]"));
      branch("SK_JF", "s k k j", value("S[s]", "K[k1]"));
    }
  }
  return [...plain, ...forms, ...branches];
}

/** Every instruction; an opcode is its index here. */
export const OPCODES: readonly OpInfo<OpName>[] = [...GENERAL, ...numericOps(), ...LATER];

/** Opcode numbers by name: `OP.CALL` is the index of CALL in {@linkcode OPCODES}. */
export const OP: { readonly [Name in OpName]: number } = Object.freeze(
  Object.fromEntries(OPCODES.map((o, i) => [o.name, i])) as { [Name in OpName]: number },
);

/** A prelude function the compiler turns into an instruction when it is called by name. */
export interface FastOp {
  /** The instruction, with the arguments on the stack (its operand k: the function). */
  readonly op: number;
  /** How many arguments it takes. */
  readonly argc: number;
  /** With its one argument in a slot (`inc (n)`). */
  readonly s?: number;
  /** With its arguments in two slots (`add (n, m)`). */
  readonly ss?: number;
  /** With its arguments in a slot and a constant (`add (n, 1)`). */
  readonly sk?: number;
  /** A comparison of two slots and a jump if it is false (`if lt? (n, m)`). */
  readonly ssJf?: number;
  /** A comparison of a slot and a constant and a jump if it is false (`if lt? (n, 2)`). */
  readonly skJf?: number;
}

function fastOps(): ReadonlyMap<string, FastOp> {
  const byName = new Map<string, number>(OPCODES.map((o, i) => [o.name, i]));
  const map = new Map<string, FastOp>();
  for (const o of OPCODES) {
    if (!o.inline) continue;
    const form = (suffix: string) => byName.get(`${o.name}_${suffix}`);
    const fast: FastOp = {
      op: byName.get(o.name)!,
      argc: o.inline.argc,
      s: form("S"),
      ss: form("SS"),
      sk: form("SK"),
      ssJf: form("SS_JF"),
      skJf: form("SK_JF"),
    };
    for (const fn of o.inline.fns) map.set(fn, fast);
  }
  return map;
}

/** Prelude function names with a fast-path instruction, and its forms. */
export const FAST_OPS: ReadonlyMap<string, FastOp> = fastOps();

const NUMERIC_CODES: ReadonlyMap<string, number> = new Map(
  NUMERIC.map((e, i) => [e.fn as string, i + 1]),
);

/**
 * A prelude function's number in {@linkcode NUMERIC} (its index plus one), for
 * `FnProto.numeric`; 0 for a function not in the table.
 *
 * @example Usage
 * ```ts
 * import { numericCode } from "./opcodes.ts";
 * console.assert(numericCode("add") === 1 && numericCode("map") === 0);
 * ```
 */
export function numericCode(fn: string): number {
  return NUMERIC_CODES.get(fn) ?? 0;
}

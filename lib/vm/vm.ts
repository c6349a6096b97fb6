/**
 * The VM: `run(proc, budget)` executes one process's frames for at most `budget`
 * reductions and returns why it stopped (done, out of budget, waiting, panicked).
 *
 * A Ludus call pushes a {@linkcode Frame} onto the process's own frame array and
 * continues in the same loop; a tail call replaces the frame. The host (JS) stack
 * never grows with Ludus calls, so a process can stop after any reduction and be
 * inspected or resumed later, and recursion 100,000 deep works.
 *
 * The dispatch `switch` uses numeric literals, each annotated with its name from
 * `opcodes.ts`: V8 builds a jump table only for literal labels (for `case
 * OP.LOAD:` it tests one label after another). `tools/gen_ops.ts` writes the
 * numbers from the table, and between the `// --- generated` markers the cases
 * of the instructions its NUMERIC table declares (ADD, ADD_SK, LT_SK_JF …).
 * Every case ends in `continue`; the call instructions `break` out of the
 * switch into the one shared call sequence below it.
 *
 * Reductions: one per call (built-ins too; long built-ins add `proc.charge`), per
 * `recur` and `repeat` iteration, and per message `receive` examines. The budget
 * is checked after a call is set up, so a process always stops at a clean point.
 *
 * @module
 */

import type { FnProto } from "../compile/chunk.ts";
import { LIMITS } from "../limits.ts";
import { display } from "../values/show.ts";
import {
  Dict,
  EMPTY_DICT,
  EMPTY_LIST,
  EMPTY_SET,
  equals,
  Keyword,
  KW,
  LSet,
  Pkg,
  PVector,
  Tuple,
  typeOf,
  type Value,
} from "../values/values.ts";
import { longEquality, WORK_PER_REDUCTION } from "../values/work.ts";
import { Builtin } from "./builtin.ts";
import { Cell, Closure, isCallable, Partial } from "./callables.ts";
import {
  arityWords,
  brief,
  collectionLimit,
  described,
  notBoundYet,
  Panic,
  stringLimit,
  toLudusError,
  traceCall,
} from "./debug.ts";
import { fnWho, matchHint, noClauseHint, patternHint } from "./hints.ts";
import { Frame, Pid, type Process, SUSPEND } from "./process.ts";

/** Why `run` returned. */
export const enum Exit {
  /** The process finished; `proc.result` holds its value. */
  Done = 0,
  /** The budget ran out; the process can run again. */
  Budget = 1,
  /** The process waits (receive, sleep, import) or yielded; `proc.status` says which. */
  Suspended = 2,
  /** The process panicked; `proc.error` holds the error. */
  Panicked = 3,
}

const NO_ARGS: Value[] = [];

/**
 * Run a process for up to `budget` reductions.
 *
 * @example Usage
 * ```ts ignore
 * const why = run(proc, 1000);
 * ```
 */
export function run(proc: Process, budget: number): Exit {
  const stack = proc.stack;
  const frames = proc.frames;
  let fp = proc.fp;
  let frame = frames[fp - 1];
  let closure = frame.closure;
  let chunk = closure.proto.chunk;
  let code = chunk.code;
  let consts = chunk.consts;
  let captures = closure.captures;
  let globals = closure.globals.values;
  let ip = frame.ip;
  let base = frame.base;
  let sp = proc.sp;
  let reds = budget;
  let argc = 0;
  let isTail = false; // set by TAIL_CALL alone, and cleared by the call sequence
  const maxFrames = LIMITS.maxFrames;
  proc.status = "running";

  try {
    if (proc.work !== null) {
      // A long built-in is under way: it goes on first, with this slice's reductions.
      reds = workOn(proc, reds);
      if (proc.work !== null || reds <= 0) return pause(proc, sp, fp, budget, Math.max(0, reds));
    }
    for (;;) {
      switch (code[ip++]) {
        case 0 /* NOP */:
          continue;
        case 1 /* CONST */:
          stack[sp++] = consts[code[ip++]];
          continue;
        case 2 /* NIL */:
          stack[sp++] = null;
          continue;
        case 3 /* TRUE */:
          stack[sp++] = true;
          continue;
        case 4 /* FALSE */:
          stack[sp++] = false;
          continue;
        case 5 /* POP */:
          sp--;
          continue;
        case 6 /* LOAD */:
          stack[sp++] = stack[base + code[ip++]];
          continue;
        case 7 /* LOAD_GLOBAL */: {
          const g = code[ip++];
          const v = globals[g];
          if (v === undefined) {
            throw new Panic(
              `\`${
                closure.globals.names[g]
              }\` is not bound yet: it is used before the line that binds it has run`,
            );
          }
          stack[sp++] = v;
          continue;
        }
        case 8 /* LOAD_CAPTURE */:
          stack[sp++] = captures[code[ip++]];
          continue;
        case 9 /* LOAD_SELF */:
          stack[sp++] = closure;
          continue;
        case 10 /* LOAD_CELL */: {
          const c = stack[base + code[ip++]] as unknown as Cell;
          if (c.value === undefined) throw notBoundYet(c);
          stack[sp++] = c.value;
          continue;
        }
        case 11 /* LOAD_CAPTURE_CELL */: {
          const c = captures[code[ip++]] as unknown as Cell;
          if (c.value === undefined) throw notBoundYet(c);
          stack[sp++] = c.value;
          continue;
        }
        case 12 /* NEW_CELL */:
          stack[sp++] = new Cell(consts[code[ip++]] as string) as unknown as Value;
          continue;
        case 13 /* CELL_FROM */: {
          const c = stack[base + code[ip++]] as unknown as Cell;
          c.value = stack[base + code[ip++]];
          continue;
        }
        case 14 /* GLOBAL_FROM */: {
          const g = code[ip++];
          globals[g] = stack[base + code[ip++]];
          continue;
        }
        case 15 /* MOVE_TOP */: {
          const s = base + code[ip++];
          stack[s] = stack[sp - 1];
          sp = s + 1;
          continue;
        }
        case 16 /* TRUNCATE */:
          sp = base + code[ip++];
          continue;
        case 17 /* SWAP */: {
          const t = stack[sp - 1];
          stack[sp - 1] = stack[sp - 2];
          stack[sp - 2] = t;
          continue;
        }
        case 18 /* TUPLE */: {
          const n = code[ip++];
          const items = stack.slice(sp - n, sp);
          sp -= n;
          stack[sp++] = new Tuple(items);
          continue;
        }
        case 19 /* LIST */: {
          const n = code[ip++];
          const items = stack.slice(sp - n, sp);
          sp -= n;
          stack[sp++] = PVector.from<Value>(items);
          continue;
        }
        case 20 /* LIST_APPEND */:
          stack[sp - 2] = (stack[sp - 2] as PVector<Value>).append(stack[sp - 1]);
          sp--;
          continue;
        case 21 /* LIST_CONCAT */: {
          const ys = stack[sp - 1];
          if (!(ys instanceof PVector)) {
            throw new Panic(
              `only a list can be splatted into a list, but this is ${described(ys)}`,
            );
          }
          const xs = stack[sp - 2] as PVector<Value>;
          if (xs.size + ys.size > LIMITS.maxCollectionSize) throw collectionLimit();
          stack[sp - 2] = xs.concat(ys);
          sp--;
          continue;
        }
        case 22 /* SET */: {
          const n = code[ip++];
          let s = EMPTY_SET;
          for (let i = sp - n; i < sp; i++) s = s.add(stack[i]);
          sp -= n;
          stack[sp++] = s;
          continue;
        }
        case 23 /* SET_ADD */:
          stack[sp - 2] = (stack[sp - 2] as LSet).add(stack[sp - 1]);
          sp--;
          continue;
        case 24 /* SET_UNION */: {
          const t = stack[sp - 1];
          if (!(t instanceof LSet)) {
            throw new Panic(`only a set can be splatted into a set, but this is ${described(t)}`);
          }
          let s = stack[sp - 2] as LSet;
          for (const x of t.map.keys()) s = s.add(x);
          stack[sp - 2] = s;
          sp--;
          continue;
        }
        case 25 /* DICT */: {
          const n = code[ip++];
          let d = EMPTY_DICT;
          for (let i = sp - 2 * n; i < sp; i += 2) d = d.set(stack[i] as Keyword, stack[i + 1]);
          sp -= 2 * n;
          stack[sp++] = d;
          continue;
        }
        case 26 /* DICT_PUT */:
          stack[sp - 3] = (stack[sp - 3] as Dict).set(stack[sp - 2] as Keyword, stack[sp - 1]);
          sp -= 2;
          continue;
        case 27 /* DICT_MERGE */: {
          const e = stack[sp - 1];
          if (!(e instanceof Dict)) {
            throw new Panic(`only a dict can be splatted into a dict, but this is ${described(e)}`);
          }
          let d = stack[sp - 2] as Dict;
          e.map.each((v, k) => d = d.set(k, v));
          stack[sp - 2] = d;
          sp--;
          continue;
        }
        case 28 /* INTERP */: {
          const n = code[ip++];
          let s = "";
          for (let i = sp - n; i < sp; i++) s += display(stack[i]);
          if (s.length > LIMITS.maxStringLength) throw stringLimit();
          sp -= n;
          stack[sp++] = s;
          continue;
        }
        case 29 /* CLOSURE */: {
          const proto = consts[code[ip++]] as unknown as FnProto;
          const spec = proto.captures;
          const vals: Value[] = new Array(spec.length >> 1);
          for (let i = 0, j = 0; i < spec.length; i += 2, j++) {
            vals[j] = spec[i] === 0 ? stack[base + spec[i + 1]] : captures[spec[i + 1]];
          }
          stack[sp++] = new Closure(proto, vals, closure.globals);
          continue;
        }
        case 30 /* PARTIAL */: {
          const n = code[ip++];
          const hole = code[ip++];
          const f = stack[sp - n];
          if (!isCallable(f)) {
            throw new Panic(
              `only a function can be partially applied, but this is ${described(f)}`,
            );
          }
          const args: Value[] = new Array(n);
          for (let i = 0, j = sp - n + 1; i < n; i++) args[i] = i === hole ? null : stack[j++];
          sp -= n;
          stack[sp++] = new Partial(f, args, hole);
          continue;
        }
        case 31 /* GET_KEY */: {
          const k = consts[code[ip++]] as Keyword;
          stack[sp - 1] = getKey(stack[sp - 1], k);
          continue;
        }
        case 32 /* BOX */: {
          const name = consts[code[ip++]] as string;
          stack[sp - 1] = proc.kernel.makeBox(proc, name, stack[sp - 1]);
          continue;
        }
        case 33 /* PKG */: {
          const n = code[ip++];
          const name = consts[code[ip++]] as string;
          let d: Dict;
          if (n < 0) d = stack[--sp] as Dict;
          else {
            d = EMPTY_DICT;
            for (let i = sp - 2 * n; i < sp; i += 2) d = d.set(stack[i] as Keyword, stack[i + 1]);
            sp -= 2 * n;
          }
          stack[sp++] = new Pkg(name, d);
          continue;
        }
        case 34 /* JUMP */:
          ip = code[ip];
          continue;
        case 35 /* JUMP_IF_FALSE */: {
          const c = stack[--sp];
          if (c === null || c === false) ip = code[ip];
          else ip++;
          continue;
        }
        case 36 /* CALL */:
          argc = code[ip++];
          break;
        case 37 /* TAIL_CALL */:
          argc = code[ip++];
          isTail = true;
          break;
        case 38 /* RETURN */: {
          const result = stack[sp - 1];
          fp--;
          if (fp === 0) {
            proc.result = result;
            proc.status = "done";
            proc.sp = 0;
            proc.fp = 0;
            proc.reductions += budget - reds;
            return 0 /* Exit.Done */;
          }
          stack[base - 1] = result;
          sp = base;
          frame = frames[fp - 1];
          if (frame.closure !== closure) {
            // (A recursive call returns to the same function: nothing to reload.)
            closure = frame.closure;
            chunk = closure.proto.chunk;
            code = chunk.code;
            consts = chunk.consts;
            captures = closure.captures;
            globals = closure.globals.values;
          }
          ip = frame.ip;
          base = frame.base;
          continue;
        }
        case 39 /* PANIC */: {
          const v = stack[--sp];
          const msg = v instanceof Tuple ? v.items.map(display).join(" ") : display(v);
          throw new Panic(msg);
        }
        case 40 /* ARITY_EQ */:
          if (frame.argc === code[ip]) ip += 2;
          else ip = code[ip + 1];
          continue;
        case 41 /* PACK_ARGS */: {
          const n = frame.argc;
          stack[base] = new Tuple(n === 0 ? [] : stack.slice(base, base + n));
          sp = base + 1;
          frame.packed = true;
          continue;
        }
        case 42 /* MATCH_TUPLE */: {
          const v = stack[base + code[ip]];
          if (v instanceof Tuple && v.items.length === code[ip + 1]) ip += 3;
          else ip = code[ip + 2];
          continue;
        }
        case 43 /* MATCH_TUPLE_MIN */: {
          const v = stack[base + code[ip]];
          if (v instanceof Tuple && v.items.length >= code[ip + 1]) ip += 3;
          else ip = code[ip + 2];
          continue;
        }
        case 44 /* MATCH_LIST */: {
          const v = stack[base + code[ip]];
          if (v instanceof PVector && v.size === code[ip + 1]) ip += 3;
          else ip = code[ip + 2];
          continue;
        }
        case 45 /* MATCH_LIST_MIN */: {
          const v = stack[base + code[ip]];
          if (v instanceof PVector && v.size >= code[ip + 1]) ip += 3;
          else ip = code[ip + 2];
          continue;
        }
        case 46 /* MATCH_DICT */:
          if (stack[base + code[ip]] instanceof Dict) ip += 2;
          else ip = code[ip + 1];
          continue;
        case 47 /* MATCH_EQ */:
          if (stack[base + code[ip]] === consts[code[ip + 1]]) ip += 3;
          else ip = code[ip + 2];
          continue;
        case 48 /* MATCH_TYPE */: {
          const v = stack[base + code[ip]];
          const t = consts[code[ip + 1]];
          // Common types first: typeOf walks a chain of instanceof checks.
          const ok = t === KW.number
            ? typeof v === "number"
            : t === KW.string
            ? typeof v === "string"
            : t === KW.pid
            ? v instanceof Pid
            : t === KW.list
            ? v instanceof PVector
            : typeOf(v) === t;
          if (ok) ip += 3;
          else ip = code[ip + 2];
          continue;
        }
        case 49 /* PUSH_ELEM */: {
          const v = stack[base + code[ip++]];
          const i = code[ip++];
          stack[sp++] = v instanceof Tuple ? v.items[i] : (v as PVector<Value>).get(i)!;
          continue;
        }
        case 50 /* PUSH_REST */: {
          const v = stack[base + code[ip++]];
          const i = code[ip++];
          stack[sp++] = v instanceof Tuple
            ? (i >= v.items.length ? EMPTY_LIST : PVector.from<Value>(v.items.slice(i)))
            : (v as PVector<Value>).slice(i);
          continue;
        }
        case 51 /* PUSH_KEY */: {
          const d = stack[base + code[ip]] as Dict;
          const x = d.map.get(consts[code[ip + 1]] as Keyword);
          if (x === undefined) ip = code[ip + 2];
          else {
            stack[sp++] = x;
            ip += 3;
          }
          continue;
        }
        case 52 /* PUSH_DICT_REST */: {
          let d = stack[base + code[ip++]] as Dict;
          for (const k of consts[code[ip++]] as unknown as Keyword[]) d = d.delete(k);
          stack[sp++] = d;
          continue;
        }
        case 53 /* FAIL_FN */: {
          const proto = closure.proto;
          const args = new Tuple(stack.slice(base, base + frame.argc));
          const who = fnWho(proto.name);
          throw new Panic(
            `no clause of ${who} matches the arguments ${brief(args)}\n` +
              `${who} takes: ${proto.clauses.join(" or ")}`,
            "panic",
            true,
            noClauseHint(proto.name, proto.clauses, args.items),
          );
        }
        case 54 /* FAIL_LET */: {
          const v = stack[base + code[ip++]];
          const pat = consts[code[ip++]] as string;
          throw new Panic(
            `the pattern \`${pat}\` does not match the value ${brief(v)}`,
            "panic",
            false,
            patternHint(pat, v),
          );
        }
        case 55 /* FAIL_MATCH */: {
          const v = stack[base + code[ip]];
          const patterns = consts[code[ip + 1]] as unknown as string[];
          throw new Panic(
            `no clause of this \`match\` matches the value ${brief(v)}\n` +
              `its clauses match: ${patterns.join(" or ")}`,
            "panic",
            false,
            matchHint(patterns, v),
          );
        }
        case 56 /* FAIL_WHEN */:
          throw new Panic("no clause of this `when` was true (add an `else ->` clause?)");
        case 57 /* FAIL_LOOP */: {
          const s = base + code[ip];
          const args = new Tuple(stack.slice(s, s + code[ip + 1]));
          const clauses = consts[code[ip + 2]] as unknown as string[];
          throw new Panic(
            `no clause of this \`loop\` matches ${brief(args)}\n` +
              `its clauses take: ${clauses.join(" or ")}`,
            "panic",
            false,
            noClauseHint(null, clauses, args.items, "this loop"),
          );
        }
        case 58 /* RECUR */: {
          const s = base + code[ip++];
          const n = code[ip++];
          const from = sp - n;
          for (let i = 0; i < n; i++) stack[s + i] = stack[from + i];
          sp = s + n;
          ip = code[ip];
          if (--reds <= 0) {
            frame.ip = ip;
            return pause(proc, sp, fp, budget, reds);
          }
          continue;
        }
        case 59 /* REPEAT_INIT */: {
          const s = base + code[ip++];
          const n = stack[s];
          if (typeof n !== "number" || Number.isNaN(n)) {
            throw new Panic(`\`repeat\` needs a number of times, but got ${described(n)}`);
          }
          stack[s] = Math.floor(n);
          continue;
        }
        case 60 /* REPEAT_STEP */: {
          const s = base + code[ip++];
          if ((stack[s] as number) <= 0) {
            ip = code[ip];
            continue;
          }
          ip++;
          stack[s] = (stack[s] as number) - 1;
          if (--reds <= 0) {
            frame.ip = ip;
            return pause(proc, sp, fp, budget, reds);
          }
          continue;
        }
        case 61 /* RECV_START */:
          stack[sp++] = 0;
          continue;
        case 62 /* RECV_PEEK */: {
          const pos = stack[base + code[ip]] as number;
          const msg = proc.mailbox.at(pos);
          if (msg !== undefined) {
            stack[sp++] = msg;
            ip++;
            if (--reds <= 0) {
              frame.ip = ip;
              return pause(proc, sp, fp, budget, reds);
            }
            continue;
          }
          // Nothing (more) to look at: wait here for a message.
          ip--;
          frame.ip = ip;
          proc.sp = sp;
          proc.fp = fp;
          proc.reductions += budget - reds;
          proc.status = "waiting";
          return 2 /* Exit.Suspended */;
        }
        case 63 /* RECV_TAKE */: {
          proc.kernel.take(proc, stack[base + code[ip++]] as number);
          continue;
        }
        case 64 /* RECV_SKIP */: {
          const s = base + code[ip++];
          stack[s] = (stack[s] as number) + 1;
          ip = code[ip];
          continue;
        }
        case 65 /* IMPORT */: {
          const path = consts[code[ip++]] as string;
          frame.ip = ip;
          proc.sp = sp;
          proc.fp = fp;
          const r = proc.kernel.importModule(proc, path, chunk);
          if (r === SUSPEND) {
            stack[sp++] = null; // replaced by the module's value on resume
            frame.ip = ip;
            proc.sp = sp;
            proc.reductions += budget - reds;
            return 2 /* Exit.Suspended */;
          }
          stack[sp++] = r as Value;
          continue;
        }
        case 66 /* TEST */: {
          const name = consts[code[ip++]] as string;
          const proto = consts[code[ip++]] as unknown as FnProto;
          proc.kernel.registerTest(name, new Closure(proto, [], closure.globals));
          continue;
        }
        // --- generated by tools/gen_ops.ts from lib/compile/opcodes.ts: do not edit
        case 67 /* ADD */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a + b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 68 /* SUB */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a - b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 69 /* MULT */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a * b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 70 /* DIV */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number" && b !== 0) {
            stack[sp - 2] = a / b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 71 /* INC */: {
          const a = stack[sp - 1];
          if (typeof a === "number") {
            stack[sp - 1] = a + 1;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 1, consts[code[ip++]]);
          argc = 1;
          break;
        }
        case 72 /* DEC */: {
          const a = stack[sp - 1];
          if (typeof a === "number") {
            stack[sp - 1] = a - 1;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 1, consts[code[ip++]]);
          argc = 1;
          break;
        }
        case 73 /* EQ */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a !== "object" || !longEquality(a, b)) {
            stack[sp - 2] = a === b || (typeof a === "object" && equals(a, b));
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 74 /* LT */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a < b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 75 /* GT */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a > b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 76 /* LTE */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a <= b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 77 /* GTE */: {
          const a = stack[sp - 2], b = stack[sp - 1];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp - 2] = a >= b;
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 78 /* ADD_SS */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a + b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 79 /* ADD_SK */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a + b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 80 /* SUB_SS */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a - b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 81 /* SUB_SK */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a - b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 82 /* MULT_SS */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a * b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 83 /* MULT_SK */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            stack[sp++] = a * b;
            ip += 3;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 3;
          argc = 2;
          break;
        }
        case 84 /* INC_S */: {
          const a = stack[base + code[ip]];
          if (typeof a === "number") {
            stack[sp++] = a + 1;
            ip += 2;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 1]], a);
          ip += 2;
          argc = 1;
          break;
        }
        case 85 /* DEC_S */: {
          const a = stack[base + code[ip]];
          if (typeof a === "number") {
            stack[sp++] = a - 1;
            ip += 2;
            reds--;
            continue;
          }
          sp = pushCall(stack, sp, consts[code[ip + 1]], a);
          ip += 2;
          argc = 1;
          break;
        }
        case 86 /* EQ_SS_JF */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a !== "object" || !longEquality(a, b)) {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a === b || (typeof a === "object" && equals(a, b))) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 87 /* EQ_SK_JF */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          reds--;
          // Past the operands and the JUMP_IF_FALSE after them, or to j.
          if (a === b || (typeof a === "object" && equals(a, b))) ip += 6;
          else ip = code[ip + 3];
          continue;
        }
        case 88 /* LT_SS_JF */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a < b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 89 /* LT_SK_JF */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a < b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 90 /* GT_SS_JF */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a > b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 91 /* GT_SK_JF */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a > b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 92 /* LTE_SS_JF */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a <= b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 93 /* LTE_SK_JF */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a <= b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 94 /* GTE_SS_JF */: {
          const a = stack[base + code[ip]], b = stack[base + code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a >= b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        case 95 /* GTE_SK_JF */: {
          const a = stack[base + code[ip]], b = consts[code[ip + 1]];
          if (typeof a === "number" && typeof b === "number") {
            reds--;
            // Past the operands and the JUMP_IF_FALSE after them, or to j.
            if (a >= b) ip += 6;
            else ip = code[ip + 3];
            continue;
          }
          // Call the prelude function; it returns to the JUMP_IF_FALSE after this.
          sp = pushCall(stack, sp, consts[code[ip + 2]], a, b);
          ip += 4;
          argc = 2;
          break;
        }
        // --- end generated
        case 96 /* SEND */: {
          const to = stack[sp - 2];
          if (to instanceof Pid && proc.tracers === null) {
            proc.sliceReds = budget - reds;
            proc.kernel.send(proc, to, stack[sp - 1]);
            stack[sp - 2] = stack[sp - 1];
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 97 /* SELF */:
          stack[sp++] = proc.pid;
          ip++;
          reds--;
          continue;
        case 98 /* SPAWN */: {
          const f = stack[sp - 1];
          if (f instanceof Closure && proc.tracers === null) {
            frame.ip = ip; // (so the spawn site is this call)
            stack[sp - 1] = proc.kernel.spawn(proc, f);
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 1, consts[code[ip++]]);
          argc = 1;
          break;
        }
        case 99 /* APPEND */: {
          const xs = stack[sp - 2];
          if (xs instanceof PVector && xs.size < LIMITS.maxCollectionSize) {
            stack[sp - 2] = xs.append(stack[sp - 1]);
            sp--;
            ip++;
            reds--;
            continue;
          }
          sp = fallback(stack, sp, 2, consts[code[ip++]]);
          argc = 2;
          break;
        }
        case 100 /* ARITY_MIN */:
          if (frame.argc >= code[ip]) ip += 2;
          else ip = code[ip + 1];
          continue;
        case 101 /* UNPACK_ARGS */: {
          const items = (stack[base] as Tuple).items;
          for (let i = 0; i < items.length; i++) stack[base + i] = items[i];
          sp = base + items.length;
          frame.packed = false;
          continue;
        }
        case 102 /* CALL_VALUE */: {
          argc = code[ip++];
          const f = stack[sp - argc - 1];
          if (f instanceof Closure) {
            const numeric = f.proto.numeric;
            if (numeric !== 0 && proc.tracers === null) {
              // `add`, `lt?` … held in a variable (`fold (add, xs, 0)`): on plain
              // numbers, done here as ADD, LT … do it when called by name.
              const r = numericCall(numeric, argc, stack, sp);
              if (r !== undefined) {
                sp -= argc + 1;
                stack[sp++] = r;
                reds--;
                continue;
              }
            }
          }
          break;
        }
        default:
          throw new Error(`unknown opcode ${code[ip - 1]} at ${ip - 1}`);
      }

      // ---- The one call sequence: the callee is at stack[sp - argc - 1].
      for (;;) {
        const f = stack[sp - argc - 1];
        if (f instanceof Closure) {
          if (isTail) {
            isTail = false;
            const from = sp - argc - 1;
            const to = base - 1;
            for (let i = 0; i <= argc; i++) stack[to + i] = stack[from + i];
            sp = base + argc;
            if (!closure.proto.isPrelude) {
              frame.tailProto = closure.proto;
              frame.tailIp = ip - 1;
            }
            frame.tailCalls++;
            frame.closure = f;
            frame.argc = argc;
            frame.packed = false;
          } else {
            frame.ip = ip;
            if (fp >= maxFrames) {
              throw new Panic(
                `this process is more than ${maxFrames} calls deep (the frame limit): ` +
                  "a recursion that never reaches its base case?",
                "limit",
              );
            }
            let nf = frames[fp];
            if (nf === undefined) {
              nf = new Frame(f, sp - argc, argc);
              frames[fp] = nf;
            } else {
              nf.closure = f;
              nf.base = sp - argc;
              nf.argc = argc;
              nf.tailProto = null;
              nf.tailCalls = 0;
              nf.packed = false;
            }
            frame = nf;
            fp++;
            base = sp - argc;
          }
          if (proc.tracers !== null) {
            traceCall(proc, f, stack.slice(sp - argc, sp), closure.proto.isPrelude);
          }
          if (f !== closure) {
            // (A function calling itself keeps its code, constants and globals.)
            closure = f;
            chunk = f.proto.chunk;
            code = chunk.code;
            consts = chunk.consts;
            captures = f.captures;
            globals = f.globals.values;
          }
          // A one-clause function's arity check is done here: start past it.
          const fp0 = f.proto;
          ip = fp0.arity === argc ? fp0.entry : 0;
          if (--reds <= 0) {
            frame.ip = ip;
            return pause(proc, sp, fp, budget, reds);
          }
          break;
        }
        if (f instanceof Builtin) {
          isTail = false; // (a built-in returns to this frame, to the RETURN after a TAIL_CALL)
          const arities = f.arities;
          if (arities.length > 0 && !arities.includes(argc)) {
            throw new Panic(
              `\`${f.name}\` takes ${arityWords(arities)}, but it was given ${argc}`,
            );
          }
          const args = argc === 0 ? NO_ARGS : stack.slice(sp - argc, sp);
          sp -= argc + 1;
          frame.ip = ip;
          proc.sp = sp;
          proc.fp = fp;
          proc.sliceReds = budget - reds;
          const r = f.impl(args, proc);
          if (proc.charge !== 0) {
            reds -= proc.charge;
            proc.charge = 0;
          }
          if (r === SUSPEND) {
            if (proc.work !== null) {
              // A long built-in (work.ts): a slot for its value, then its work,
              // for the reductions left in this slice and in the next ones.
              stack[sp++] = null;
              frame.ip = ip;
              proc.sp = sp;
              proc.fp = fp;
              reds = workOn(proc, reds) - 1; // the call's own reduction
              if (proc.work !== null || reds <= 0) {
                return pause(proc, sp, fp, budget, Math.max(0, reds));
              }
              break;
            }
            // The built-in set the status; `pending` is its value when we resume.
            stack[sp++] = proc.pending;
            proc.pending = null;
            frame.ip = ip;
            proc.sp = sp;
            proc.fp = fp;
            proc.reductions += budget - reds + 1;
            // (After `yield!` the status is "runnable": the scheduler re-queues it.)
            return 2 /* Exit.Suspended */;
          }
          stack[sp++] = r as Value;
          if (--reds <= 0) {
            frame.ip = ip;
            return pause(proc, sp, fp, budget, reds);
          }
          break;
        }
        if (f instanceof Partial) {
          if (argc !== 1) {
            throw new Panic(
              `a partially applied function takes exactly one argument, but it was given ${argc}`,
            );
          }
          const x = stack[sp - 1];
          const args = f.args;
          sp -= 2;
          stack[sp++] = f.fn;
          for (let i = 0; i < args.length; i++) stack[sp++] = i === f.hole ? x : args[i];
          argc = args.length;
          continue;
        }
        if (f instanceof Keyword) {
          if (argc !== 1) {
            throw new Panic(
              `a keyword called as a function takes exactly one argument, but it was given ${argc}`,
            );
          }
          isTail = false;
          const v = getKey(stack[sp - 1], f);
          sp -= 2;
          stack[sp++] = v;
          reds--;
          break;
        }
        throw new Panic(`only functions can be called, but this is ${described(f)}`);
      }
    }
  } catch (e) {
    frame.ip = ip;
    proc.sp = sp;
    proc.fp = fp;
    proc.reductions += budget - reds;
    proc.status = "panicked";
    proc.error = toLudusError(proc, e);
    return 3 /* Exit.Panicked */;
  }
}

// --- generated by tools/gen_ops.ts from lib/compile/opcodes.ts: do not edit
/**
 * The value of the prelude function numbered `code` (FnProto.numeric, the
 * table NUMERIC of opcodes.ts) called with the top `argc` stack values, when
 * they are plain numbers it takes in one step, as the ADD, INC, LT …
 * instructions do inline; undefined when the call must be made (other
 * arguments, a division by zero).
 */
function numericCall(code: number, argc: number, stack: Value[], sp: number): Value | undefined {
  if (argc === 1) {
    const a = stack[sp - 1];
    if (typeof a !== "number") return undefined;
    switch (code) {
      case 5: // inc
        return a + 1;
      case 6: // dec
        return a - 1;
      case 12: // zero?
        return a === 0;
      case 13: // pos?
        return a > 0;
      case 14: // neg?
        return a < 0;
      case 15: // even?
        return a - 2 * Math.floor(a / 2) === 0;
      case 16: // odd?
        return a - 2 * Math.floor(a / 2) === 1;
    }
    return undefined;
  }
  if (argc !== 2) return undefined;
  const a = stack[sp - 2], b = stack[sp - 1];
  if (typeof a !== "number" || typeof b !== "number") return undefined;
  switch (code) {
    case 1: // add
      return a + b;
    case 2: // sub
      return a - b;
    case 3: // mult
      return a * b;
    case 4: // div
      return b !== 0 ? a / b : undefined;
    case 7: // eq?
      return a === b;
    case 8: // lt?
      return a < b;
    case 9: // gt?
      return a > b;
    case 10: // lte?
      return a <= b;
    case 11: // gte?
      return a >= b;
  }
  return undefined;
}
// --- end generated

/**
 * Push a call of `f` with one or two arguments (a superinstruction's fallback
 * when its operands are not plain numbers). Returns the new stack height.
 */
function pushCall(stack: Value[], sp: number, f: Value, a: Value, b?: Value): number {
  stack[sp++] = f;
  stack[sp++] = a;
  if (b !== undefined) stack[sp++] = b;
  return sp;
}

/**
 * Slide the top `n` values up one slot and put the function `f` under them (a
 * fast op's fallback call). Returns the new stack height.
 */
function fallback(stack: Value[], sp: number, n: number, f: Value): number {
  for (let i = sp; i > sp - n; i--) stack[i] = stack[i - 1];
  stack[sp - n] = f;
  return sp + 1;
}

/**
 * Go on with the process's long built-in for up to `reds` reductions, and return
 * the reductions left. If it finished, its value is in the slot on top of the
 * stack and `proc.work` is null; if not, what it did past the reductions (it
 * stops between chunks) is owed from the next ones.
 */
function workOn(proc: Process, reds: number): number {
  const w = proc.work!;
  const units = reds * WORK_PER_REDUCTION + w.carry;
  if (units <= 0) {
    // Still paying for the last chunk (a tiny budget): no work this time.
    w.carry = units;
    return 0;
  }
  const finished = w.step(units);
  const left = units - w.used;
  if (!finished) {
    w.carry = Math.min(0, left);
    return 0;
  }
  proc.work = null;
  proc.stack[proc.sp - 1] = w.result;
  return Math.floor(left / WORK_PER_REDUCTION);
}

function pause(proc: Process, sp: number, fp: number, budget: number, reds: number): Exit {
  proc.sp = sp;
  proc.fp = fp;
  proc.reductions += budget - reds;
  proc.status = "runnable";
  return 1 /* Exit.Budget */;
}

/** `value :key`: dicts and packages look the key up; anything else gives nil. */
export function getKey(v: Value, k: Keyword): Value {
  if (v instanceof Dict) return v.get(k);
  if (v instanceof Pkg) {
    const x = v.dict.map.get(k);
    if (x === undefined) throw new Panic(`the package \`${v.name}\` has no \`:${k.name}\``);
    return x;
  }
  return null;
}

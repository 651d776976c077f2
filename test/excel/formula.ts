/**
 * The answering model's formula evaluator: what a formula cell reads back as through `values`, as Excel
 * computes it — for the subset our layouts and the budgets we read use, and nothing more:
 *
 * - numbers (`4`, `0.5`, `1E3`), string literals (`"Stämmer"`, `""` inside), TRUE and FALSE;
 * - references: `C10`, `$C$10`, `C$10`, ranges `B5:B12`, on other sheets (`Blad1!E9`, `'Avgift 2026'!E9`)
 *   and defined names (`Sats_2026`, whose reference formula is evaluated in its place);
 * - operators `+ - * /` with unary minus and parentheses, `&` (text join), comparisons
 *   `= <> < > <= >=` (text case-insensitive; numbers before text before TRUE/FALSE, as Excel orders);
 * - functions SUM (numbers in ranges; text and empty cells in a range are skipped), COUNT (numbers),
 *   ROUND (half away from zero), ABS, IF (with or without its third argument), AND.
 *
 * What it cannot evaluate it never guesses: an unknown function or name reads `#NAME?`, a text where a
 * number is needed `#VALUE!`, division by zero `#DIV/0!`, a reference to a deleted sheet `#REF!`, and
 * anything outside the subset (`^`, `%`, array constants, whole-column ranges…) `#NAME?` — so a test on
 * the model sees an error value, never a wrong number. A circular reference reads `#REF!` (Excel warns
 * and shows 0). Errors propagate through operators and functions as in Excel; a formula whose result is
 * an empty cell reads 0, as `=A1` does in Excel.
 *
 * Browser-safe: no Node imports.
 *
 * @example
 * evaluateFormula('=IF(C12=0,"Balanserar","Avviker")', 'Budget', book) // → 'Balanserar' when C12 is 0
 */
import { columnIndex } from '../../src/domain/a1';

export type Scalar = string | number | boolean | null;

/** What the evaluator reads from the workbook: a cell's stored content, and a defined name's formula. */
export interface FormulaWorkbook {
  /** The cell at 0-based row/column; undefined when empty; 'no-sheet' when there is no such sheet. */
  cell(
    sheet: string,
    row: number,
    column: number,
  ): { readonly value: Scalar; readonly formula?: string } | undefined | 'no-sheet';
  /** The reference formula of a defined name ("=Blad1!$C$3"), or undefined. */
  name(name: string): string | undefined;
}

class ExcelError {
  constructor(readonly text: '#NAME?' | '#VALUE!' | '#DIV/0!' | '#REF!') {}
}
type Value = number | string | boolean | null | ExcelError;
type Operand = Value | { readonly range: Value[] };

const isError = (v: unknown): v is ExcelError => v instanceof ExcelError;
const NAME = new ExcelError('#NAME?');
const VALUE = new ExcelError('#VALUE!');

/** Evaluates a formula ("=…") written in a cell of `sheet`; the result as `values` reads it. */
export function evaluateFormula(formula: string, sheet: string, book: FormulaWorkbook): Scalar {
  const v = new Evaluator(book, new Set()).formula(formula, sheet);
  return isError(v) ? v.text : (v ?? 0);
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; a: string; b?: string }
  | { t: 'id'; v: string }
  | { t: 'err'; v: ExcelError }
  | { t: 'op'; v: string };

const CELL = '\\$?[A-Za-z]{1,3}\\$?\\d+';
const REF = new RegExp(
  `^(?:('(?:[^']|'')+'|[\\p{L}_][\\p{L}\\p{N}_.]*)!)?(${CELL})(?::(${CELL}))?(?![\\p{L}\\p{N}_(])`,
  'u',
);

function tokenize(text: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= text.length) return undefined;
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      const sheet =
        ref[1] === undefined ? undefined : ref[1].startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1];
      out.push({ t: 'ref', ...(sheet !== undefined ? { sheet } : {}), a: ref[2]!, ...(ref[3] ? { b: ref[3] } : {}) });
      i += ref[0].length;
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (rest.startsWith('#REF!')) {
      out.push({ t: 'err', v: new ExcelError('#REF!') });
      i += 5;
      continue;
    }
    const id = /^[\p{L}_\\][\p{L}\p{N}_.]*/u.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/&=<>(),])/.exec(rest);
    if (!op) return undefined; // ^, %, {…}, ! … are outside the subset
    out.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

class Evaluator {
  private tokens: Token[] = [];
  private at = 0;
  private sheet = '';

  constructor(
    private readonly book: FormulaWorkbook,
    private readonly visiting: Set<string>,
  ) {}

  formula(formula: string, sheet: string): Value {
    const tokens = tokenize(formula.replace(/^=/, ''));
    if (!tokens) return NAME;
    const inner = new Evaluator(this.book, this.visiting);
    inner.tokens = tokens;
    inner.sheet = sheet;
    const v = inner.comparison();
    if (inner.at !== tokens.length) return NAME;
    return v === undefined ? NAME : scalarOf(v);
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }

  // comparison < & < + - < * / < unary minus < primary, as Excel's precedence.
  private comparison(): Operand | undefined {
    let left = this.concat();
    for (;;) {
      const t = this.peek();
      if (left === undefined || t?.t !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.v)) return left;
      this.at++;
      const right = this.concat();
      if (right === undefined) return undefined;
      left = compare(t.v, scalarOf(left), scalarOf(right));
    }
  }
  private concat(): Operand | undefined {
    let left = this.additive();
    while (left !== undefined && this.isOp('&')) {
      this.at++;
      const right = this.additive();
      if (right === undefined) return undefined;
      const a = scalarOf(left);
      const b = scalarOf(right);
      left = isError(a) ? a : isError(b) ? b : textOf(a) + textOf(b);
    }
    return left;
  }
  private additive(): Operand | undefined {
    let left = this.multiplicative();
    while (left !== undefined && (this.isOp('+') || this.isOp('-'))) {
      const op = (this.tokens[this.at++] as { v: string }).v;
      const right = this.multiplicative();
      if (right === undefined) return undefined;
      left = arithmetic(op, left, right);
    }
    return left;
  }
  private multiplicative(): Operand | undefined {
    let left = this.unary();
    while (left !== undefined && (this.isOp('*') || this.isOp('/'))) {
      const op = (this.tokens[this.at++] as { v: string }).v;
      const right = this.unary();
      if (right === undefined) return undefined;
      left = arithmetic(op, left, right);
    }
    return left;
  }
  private unary(): Operand | undefined {
    if (this.isOp('-') || this.isOp('+')) {
      const minus = this.isOp('-');
      this.at++;
      const v = this.unary();
      if (v === undefined) return undefined;
      const n = numberOf(scalarOf(v));
      return isError(n) ? n : minus ? -n : n;
    }
    return this.primary();
  }
  private primary(): Operand | undefined {
    const t = this.tokens[this.at++];
    if (!t) return undefined;
    switch (t.t) {
      case 'num':
      case 'str':
        return t.v;
      case 'err':
        return t.v;
      case 'ref':
        return this.reference(t);
      case 'op': {
        if (t.v !== '(') return undefined;
        const v = this.comparison();
        if (!this.isOp(')')) return undefined;
        this.at++;
        return v;
      }
      case 'id': {
        if (this.isOp('(')) {
          this.at++;
          const args: Operand[] = [];
          if (this.isOp(')')) this.at++;
          else
            for (;;) {
              const a = this.comparison();
              if (a === undefined) return undefined;
              args.push(a);
              if (this.isOp(',')) {
                this.at++;
                continue;
              }
              if (!this.isOp(')')) return undefined;
              this.at++;
              break;
            }
          return call(t.v.toUpperCase(), args);
        }
        if (/^TRUE$/i.test(t.v)) return true;
        if (/^FALSE$/i.test(t.v)) return false;
        const reference = this.book.name(t.v);
        if (reference === undefined) return NAME;
        const key = `name:${t.v.toLowerCase()}`;
        if (this.visiting.has(key)) return new ExcelError('#REF!');
        this.visiting.add(key);
        try {
          const tokens = tokenize(reference.replace(/^=/, ''));
          if (!tokens) return NAME;
          const inner = new Evaluator(this.book, this.visiting);
          inner.tokens = tokens;
          inner.sheet = this.sheet;
          const v = inner.comparison();
          return v === undefined || inner.at !== tokens.length ? NAME : v;
        } finally {
          this.visiting.delete(key);
        }
      }
    }
  }

  private reference(t: { sheet?: string; a: string; b?: string }): Operand {
    const sheet = t.sheet ?? this.sheet;
    const a = cellOf(t.a);
    const b = t.b ? cellOf(t.b) : a;
    const cells: Value[] = [];
    for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++)
      for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) {
        const v = this.cellValue(sheet, r, c);
        if (v === 'no-sheet') return new ExcelError('#REF!');
        cells.push(v);
      }
    return t.b ? { range: cells } : cells[0]!;
  }

  private cellValue(sheet: string, r: number, c: number): Value | 'no-sheet' {
    const cell = this.book.cell(sheet, r, c);
    if (cell === 'no-sheet') return cell;
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    const key = `${sheet.toLowerCase()}!${r}:${c}`;
    if (this.visiting.has(key)) return new ExcelError('#REF!');
    this.visiting.add(key);
    try {
      const v = this.formula(cell.formula, sheet);
      return v ?? 0;
    } finally {
      this.visiting.delete(key);
    }
  }
}

const isRange = (v: Operand): v is { readonly range: Value[] } => typeof v === 'object' && v !== null && 'range' in v;
/** A range where one value is needed: Excel's implicit intersection is outside the subset. */
const scalarOf = (v: Operand): Value => (isRange(v) ? VALUE : v);

function cellOf(a1: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1)!;
  return { r: Number(m[2]) - 1, c: columnIndex(m[1]!.toUpperCase()) };
}

function numberOf(v: Value): number | ExcelError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : VALUE;
}

function textOf(v: Exclude<Value, ExcelError>): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return typeof v === 'number' ? String(Number(v.toPrecision(15))) : v;
}

function arithmetic(op: string, left: Operand, right: Operand): Value {
  const a = numberOf(scalarOf(left));
  const b = numberOf(scalarOf(right));
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '/' && b === 0) return new ExcelError('#DIV/0!');
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
}

function compare(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  // An empty cell compares as 0 with a number, as "" with text, as FALSE with a boolean.
  const fill = (x: Value, other: Value): Exclude<Value, ExcelError | null> =>
    x !== null
      ? (x as Exclude<Value, ExcelError | null>)
      : typeof other === 'string'
        ? ''
        : typeof other === 'boolean'
          ? false
          : 0;
  const x = fill(a, b);
  const y = fill(b, a);
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const order =
    rank(x) !== rank(y)
      ? rank(x) - rank(y)
      : typeof x === 'string'
        ? x.toLowerCase().localeCompare((y as string).toLowerCase())
        : Number(x) - Number(y);
  return op === '='
    ? order === 0
    : op === '<>'
      ? order !== 0
      : op === '<'
        ? order < 0
        : op === '>'
          ? order > 0
          : op === '<='
            ? order <= 0
            : order >= 0;
}

function condition(v: Value): boolean | ExcelError {
  if (isError(v)) return v;
  if (typeof v === 'string') return /^TRUE$/i.test(v) ? true : /^FALSE$/i.test(v) ? false : VALUE;
  const n = numberOf(v);
  return isError(n) ? n : n !== 0;
}

function call(name: string, args: Operand[]): Operand {
  switch (name) {
    case 'SUM': {
      let sum = 0;
      for (const a of args) {
        if (isRange(a)) {
          for (const v of a.range) {
            if (isError(v)) return v;
            if (typeof v === 'number') sum += v;
          }
        } else {
          const n = numberOf(scalarOf(a));
          if (isError(n)) return n;
          sum += n;
        }
      }
      return sum;
    }
    case 'COUNT': {
      let count = 0;
      for (const a of args) for (const v of isRange(a) ? a.range : [a]) if (typeof v === 'number') count++;
      return count;
    }
    case 'ROUND': {
      if (args.length !== 2) return VALUE;
      const x = numberOf(scalarOf(args[0]!));
      const digits = numberOf(scalarOf(args[1]!));
      if (isError(x)) return x;
      if (isError(digits)) return digits;
      const f = 10 ** Math.trunc(digits);
      // Half away from zero, on the 15 significant digits Excel keeps (2.675 → 2.68).
      return (Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(15)))) / f;
    }
    case 'ABS': {
      if (args.length !== 1) return VALUE;
      const x = numberOf(scalarOf(args[0]!));
      return isError(x) ? x : Math.abs(x);
    }
    case 'IF': {
      if (args.length < 2 || args.length > 3) return VALUE;
      const c = condition(scalarOf(args[0]!));
      if (isError(c)) return c;
      return c ? args[1]! : args.length === 3 ? args[2]! : false;
    }
    case 'AND': {
      if (args.length === 0) return VALUE;
      let all = true;
      for (const a of args) {
        for (const v of isRange(a)
          ? a.range.filter((x) => typeof x === 'boolean' || typeof x === 'number' || isError(x))
          : [scalarOf(a)]) {
          const c = condition(v);
          if (isError(c)) return c;
          all &&= c;
        }
      }
      return all;
    }
    default:
      return NAME;
  }
}

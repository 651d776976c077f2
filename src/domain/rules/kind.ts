import type { Allocation, MemberFee } from '../allocate';
import type { Member } from '../members';
import type { Ore } from '../money';
import { parseAmount } from '../budget/amount';
import { fail, Message, ok, Result } from '../result';

/** What a rule computes fees from: the members and their folkmängd per year-end, with the date each figure stands for. */
export interface FeeComputation {
  readonly feeYear: number;
  readonly members: readonly Member[];
  /** Folkmängd of a member at a year-end (checked present before the rule runs). */
  readonly pop: (member: Member, year: number) => number;
  /** The date of the figure used for a year-end: the year-end itself, or a forecast's earlier date. */
  readonly dateOf: (year: number) => string;
}

/** A parameter cell of the fee sheet (B6, B7): its label in column A, its value and, named, its Excel name. */
export interface SheetParameter {
  readonly label: string;
  /** Kronor for an amount or rate, inhabitants for a population. */
  readonly value: number;
  /** 'rate' (kronor and öre), 'amount' (whole kronor), 'fee' (as the fees are), 'integer' (inhabitants). */
  readonly format: 'rate' | 'amount' | 'fee' | 'integer';
  /** The Excel name the fee formulas use: key and name get the sheet's prefix and the fee year. */
  readonly name?: { readonly key: string; readonly excelName: string; readonly comment: string };
}

/** The fee sheet's columns as letters, and the rows of the member table (A1 numbers). */
export interface SheetGeometry {
  readonly population: string;
  readonly previousFee: string;
  readonly previousPopulation: string;
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/** The check row of the fee sheet: what the total must be by the rule, as a formula and as a number. */
export interface RuleCheck {
  readonly formula: string;
  readonly kronor: number;
  /** The tolerance as a formula ('0', 'COUNT(C10:C17)/2') and as a number. */
  readonly tolerance: string;
  readonly allowed: number;
  readonly explanation: string;
}

/** A field of the rule in the pane's form: its key in the form's values, label, and how it is typed. */
export interface RuleFormField {
  readonly key: string;
  readonly label: Message;
  readonly hint?: (feeYear: number) => Message;
  /** Text typed as an amount or a year, or one of a few choices. */
  readonly input:
    'amount' | 'year' | { readonly choices: readonly { readonly value: string; readonly label: Message }[] };
  readonly initial: string;
}

/** The options `avgift --rule NAME` may carry, read already (amounts in öre). */
export interface RuleOptions {
  readonly rateOre?: Ore;
  readonly amountOre?: Ore;
  readonly populationYear?: number;
}

export type RuleOption = 'rate' | 'amount' | 'population-year';

/**
 * One kind of fee rule, whole: how it computes, what it is called, how it is written in the sheet and
 * the Logg and read back by verify, how last year's fee compares, and how the officer chooses it in the
 * pane and on the command line. A new kind is one such module and one line in `rules/index.ts`.
 */
export interface RuleKind<R extends { readonly kind: string }> {
  readonly kind: R['kind'];
  /** A rule that cannot compute (a rate of 0, a year before §8), as a failure naming why. */
  check(rule: R, feeYear: number): Result<R>;
  /** The year-end whose population is the fees' (shown as the allocation's population date). */
  populationYear(rule: R, feeYear: number): number;
  /** Every year-end the fees need (what to fetch). */
  populationYears(rule: R, feeYear: number): number[];
  fees(rule: R, c: FeeComputation): MemberFee[];
  /** What the allocation carries for this rule beyond the fees (§ 8: the base year's total). */
  extra?(rule: R, c: FeeComputation): Partial<Pick<Allocation, 'baseTotalPopulation'>>;
  /** The line on every sheet; `date` is the population date used. */
  describe(rule: R, feeYear: number, date: string): Message;
  /** Short name for tables and option lists. */
  name(rule: R): Message;
  /** What differs in a scenario's name: "4,50 kr", "§ 8 exakt". */
  scenarioPart(rule: R): Message;
  /** Whether the rule is a what-if against the rule in force that year. */
  isScenario(rule: R, inForce: { readonly kind: string }): boolean;
  /** The rule as it stood one fee year earlier (for the change against last year). */
  oneYearBack(rule: R): R;
  /** Machine-readable fields for the Logg's rule code ("rate=4.00"), and back. */
  codeFields(rule: R): readonly (readonly [string, string])[];
  fromCodeFields(fields: ReadonlyMap<string, string>): R | undefined;
  /** The rule in the command line's JSON (amounts in kronor). */
  json(rule: R): Record<string, unknown>;
  readonly sheet: {
    parameters(rule: R, a: Allocation): readonly SheetParameter[];
    /** The member row's fee formula given the parameters' Excel names; none where the fee is a constant. */
    feeFormula(
      rule: R,
      feeYear: number,
      refs: readonly string[],
      g: Pick<SheetGeometry, 'population' | 'previousFee' | 'previousPopulation'>,
    ): ((row: number) => string) | undefined;
    /** Whether the sheet shows last year's fee and population beside each member (§ 8 chained). */
    previousColumns(rule: R, feeYear: number): boolean;
    check(rule: R, a: Allocation, refs: readonly string[], g: SheetGeometry): RuleCheck;
    /** Reads the rule back from B6's label and value (a workbook written before the Logg), and whether the sheet has the previous-year columns. */
    fromParameter(label: string, ore: Ore, previousColumns: boolean): R | undefined;
    /** The amount B6 must hold. */
    parameterOre(rule: R): Ore;
  };
  readonly cli: {
    /** `--rule` names and the rule each gives from the options given. */
    readonly names: readonly string[];
    readonly options: readonly RuleOption[];
    fromOptions(name: string, options: RuleOptions): Result<R>;
  };
  readonly form: {
    readonly label: Message;
    readonly fields: readonly RuleFormField[];
    /** The rule from what the officer typed; a failure names its field (the form shows it under that input). */
    fromForm(values: Readonly<Record<string, string>>, feeYear: number): Result<R>;
  };
}

/**
 * A krona amount typed in the pane, read with the project's one amount parser; a failure names its field.
 *
 * @example formAmount('4,50', { sv: 'avgiften per invånare', en: 'the fee per inhabitant' }, 'rate') // → ok(450)
 * @example formAmount('', { sv: 'beloppet att fördela', en: 'the amount to split' }, 'amount')   // → fail('input-empty', 'Ange beloppet att fördela.', …, { field: 'amount' })
 */
export function formAmount(text: string, what: Message, field: string): Result<Ore> {
  const reading = parseAmount(text);
  if (reading.kind === 'amount') return ok(reading.ore);
  if (reading.kind === 'empty') return fail('input-empty', `Ange ${what.sv}.`, `Enter ${what.en}.`, { field });
  return fail('input-amount', reading.reason.sv, reading.reason.en, { field });
}

/** 38700000 → "387000.00", −5 → "-0.05": kronor with two decimals, exact from öre (the Logg's rule code). */
export function canonicalKronor(ore: Ore): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "387000.00" → 38700000: the inverse of canonicalKronor; undefined for anything else. */
export function canonicalOre(text: string | undefined): Ore | undefined {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text ?? '');
  return m ? (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3])) : undefined;
}

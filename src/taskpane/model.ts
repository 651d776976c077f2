import {
  AGREEMENT_BASE_YEAR,
  allocate,
  Allocation,
  changeAgainstLastYear,
  fail,
  FeeRule,
  feeHistory,
  indexedRule,
  IndexedReading,
  invoiceRows,
  lookupPopulation,
  Member,
  ok,
  parseAmount,
  perCapitaRule,
  PopulationSeries,
  Result,
  splitRule,
} from '../domain';
import { budgetTemplateSheet } from '../workbook/layouts/budgetTemplate';
import { feeWorkbookPlan, SheetSelection } from '../workbook/layouts/fees';
import { WorkbookPlan, withSheets } from '../workbook/plan';

/** What the officer has typed or chosen for the rule, as text until it is checked. */
export interface RuleForm {
  readonly kind: 'per-capita' | 'indexed' | 'split';
  readonly rate: string;
  readonly reading: IndexedReading;
  readonly amount: string;
  readonly splitYear: string;
}

export const DEFAULT_RULE_FORM: RuleForm = { kind: 'per-capita', rate: '4,00', reading: 'exact', amount: '', splitYear: '' };

/** Reads a krona amount typed in the pane with the project's one amount parser. */
function kronor(text: string, what: { sv: string; en: string }): Result<number> {
  const reading = parseAmount(text);
  if (reading.kind === 'amount') return ok(reading.ore);
  if (reading.kind === 'empty') return fail('input-empty', `Ange ${what.sv}.`, `Enter ${what.en}.`);
  return fail('input-amount', reading.reason.sv, reading.reason.en);
}

export function ruleFromForm(form: RuleForm, feeYear: number): Result<FeeRule> {
  switch (form.kind) {
    case 'per-capita': {
      const rate = kronor(form.rate, { sv: 'avgiften per invånare', en: 'the fee per inhabitant' });
      return rate.ok ? ok(perCapitaRule(rate.value)) : rate;
    }
    case 'indexed':
      return ok(indexedRule(form.reading));
    case 'split': {
      const amount = kronor(form.amount, { sv: 'beloppet att fördela', en: 'the amount to split' });
      if (!amount.ok) return amount;
      const year = form.splitYear.trim();
      if (year && !/^\d{4}$/.test(year)) return fail('input-year', `”${year}” är inget årtal.`, `"${year}" is not a year.`);
      return ok(splitRule(amount.value, year ? Number(year) : feeYear - 1));
    }
  }
}

/** The year-ends to fetch: 31 December 2009 (for § 8) up to the year before the fee year. */
export function yearsToFetch(feeYear: number): number[] {
  const first = Math.min(AGREEMENT_BASE_YEAR - 1, feeYear - 2);
  return Array.from({ length: feeYear - first }, (_, i) => first + i);
}

export interface PopulationRow {
  readonly member: Member;
  readonly population?: number;
  /** Change against the year-end before, where both are known. */
  readonly change?: number;
}

export function populationRows(series: PopulationSeries, members: readonly Member[], year: number): PopulationRow[] {
  const pop = lookupPopulation(series);
  return members.map((member) => {
    const population = pop(member.code, year);
    const before = pop(member.code, year - 1);
    return { member, ...(population !== undefined ? { population } : {}), ...(population !== undefined && before !== undefined ? { change: population - before } : {}) };
  });
}

export function computeAllocation(feeYear: number, form: RuleForm, members: readonly Member[], population: PopulationSeries): Result<Allocation> {
  const rule = ruleFromForm(form, feeYear);
  if (!rule.ok) return rule;
  return allocate({ feeYear, rule: rule.value, members, population });
}

export interface SheetChoice extends Required<SheetSelection> {
  readonly budget: boolean;
}

export const DEFAULT_SHEETS: SheetChoice = { allocation: true, invoices: true, memberSheets: true, population: true, history: true, budget: false };

/** The plan of the sheets chosen; history only where the population covers 2009 onwards. */
export function planFor(allocation: Allocation, members: readonly Member[], population: PopulationSeries, sheets: SheetChoice, generatedAt: string): WorkbookPlan {
  const history = sheets.history && allocation.feeYear >= AGREEMENT_BASE_YEAR ? feeHistory({ fromYear: AGREEMENT_BASE_YEAR, toYear: allocation.feeYear, members, population }) : undefined;
  const plan = feeWorkbookPlan({
    allocation,
    ...(history?.ok ? { history: history.value } : {}),
    population,
    members,
    invoices: invoiceRows(allocation),
    generatedAt,
    include: sheets,
    ...changesFor(allocation, members, population),
  });
  return sheets.budget ? withSheets(plan, [budgetTemplateSheet(allocation.feeYear, allocation, plan.sheets.some((s) => s.key === `avgift-${allocation.feeYear}`))]) : plan;
}

/** The change against last year for the Avgift sheet's columns, where the population reaches back far enough. */
function changesFor(allocation: Allocation, members: readonly Member[], population: PopulationSeries) {
  const changes = changeAgainstLastYear({ allocation, members, population });
  return changes.ok ? { changes: changes.value } : {};
}

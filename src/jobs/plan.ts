import {
  AGREEMENT_BASE_YEAR,
  feeHistory,
  invoiceRows,
  LogEntry,
  logEntryFor,
  Member,
  MemberRegister,
  PopulationSeries,
  optional,
} from '../domain';
import { budgetTemplateSheet } from '../workbook/layouts/budgetTemplate';
import { allocationSheetId, feeWorkbookPlan } from '../workbook/layouts/fees';
import { logSheet } from '../workbook/layouts/log';
import { membersSheet } from '../workbook/layouts/members';
import { revisionPlan } from '../workbook/layouts/revision';
import { WorkbookPlan, withSheets } from '../workbook/plan/plan';
import type { Fees } from './fees';
import { DEFAULT_SHEETS, SheetChoice } from './sheets';

export { BUDGET_TEMPLATE_ONLY, DEFAULT_SHEETS } from './sheets';
export type { SheetChoice } from './sheets';

/** The members register a write uses, and whether the workbook lacks the add-in's Medlemmar sheet (then it is written). */
export interface RegisterForWrite {
  readonly register: MemberRegister;
  /** Write a Medlemmar sheet: the workbook has none (an existing one is read, never written over). */
  readonly writeSheet: boolean;
}

export interface PlanRequest {
  readonly fees: Fees;
  readonly members: readonly Member[];
  readonly population: PopulationSeries;
  readonly generatedAt: string;
  /** Default: `DEFAULT_SHEETS`. */
  readonly sheets?: SheetChoice;
  /** The members register for the invoices; without it the invoices say what is missing. */
  readonly register?: RegisterForWrite;
  /** A new workbook (a file, a download): its Logg is a sheet with this write's one row. */
  readonly newWorkbookLog?: LogEntry;
}

/**
 * The job "the workbook plan of a year", the one both renderers (Excel and .xlsx) and both shells
 * write: the sheets chosen; Historik from 2010 up to the last year whose population is published;
 * invoice outputs (Fakturaunderlag, member sheets, Medlemmar) only for decided fees.
 *
 * @example
 * planOfYear({ fees: decided2026, members, population, generatedAt: '2026-03-02T09:00:00.000Z' }).sheets.map((s) => s.name)
 * // → ['Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', …, 'Befolkning', 'Historik']
 * planOfYear({ fees: forecast2027, members, population, generatedAt }).sheets.map((s) => s.name)
 * // → ['Prognos 2027', 'Befolkning', 'Historik'] (no invoices for a forecast)
 */
export function planOfYear({
  fees,
  members,
  population,
  generatedAt,
  sheets = DEFAULT_SHEETS,
  register,
  newWorkbookLog,
}: PlanRequest): WorkbookPlan {
  const { allocation } = fees;
  const invoicing = fees.kind === 'decided';
  // History up to the last year whose population is published (a forecast's year is not).
  const lastYear = allocation.forecast ? allocation.feeYear - 1 : allocation.feeYear;
  const history =
    sheets.history && lastYear >= AGREEMENT_BASE_YEAR
      ? feeHistory({ fromYear: AGREEMENT_BASE_YEAR, toYear: lastYear, members, population })
      : undefined;
  const plan = feeWorkbookPlan({
    allocation,
    ...(history?.ok ? { history: history.value } : {}),
    ...optional({ comparison: fees.comparison, changes: fees.changes }),
    population,
    members,
    invoices: invoicing ? invoiceRows(allocation) : [],
    ...(register ? { register: register.register } : {}),
    generatedAt,
    include: { ...sheets, invoices: sheets.invoices && invoicing, memberSheets: sheets.memberSheets && invoicing },
  });
  const linked = plan.sheets.some((s) => s.key === allocationSheetId(allocation).key);
  const budget = sheets.budget ? [budgetTemplateSheet(allocation.feeYear, allocation, linked)] : [];
  const medlemmar =
    register?.writeSheet && invoiceOutputs(fees, sheets) ? [membersSheet(members, register.register, generatedAt)] : [];
  const log = newWorkbookLog ? [logSheet([newWorkbookLog])] : [];
  return withSheets(plan, [...budget, ...medlemmar, ...log]);
}

/** Fakturaunderlag or member sheets are written: decided fees, and at least one of them chosen. */
export const invoiceOutputs = (fees: Fees, sheets: SheetChoice): boolean =>
  fees.kind === 'decided' && (sheets.invoices || sheets.memberSheets);

/**
 * The Logg row of a write: every write of decided fees is logged (time, rule, source, total and the
 * fee table's SHA-256); a forecast or a scenario is never fastställd or verified, so never logged.
 *
 * @example
 * writeLog(decided2026, '2026-01-15T09:30:00.000Z', 'Eva Ek')?.action // → 'Skrivet'
 * writeLog(forecast2027, '2026-11-23T09:30:00.000Z')                 // → undefined
 */
export const writeLog = (fees: Fees, time: string, by?: string): LogEntry | undefined =>
  fees.kind === 'decided'
    ? logEntryFor(fees.allocation, { action: 'Skrivet', time, ...(by ? { name: by } : {}) })
    : undefined;

/**
 * A fastställd year's revision: the allocation sheet of the plan alone, under a name that says so
 * ("Avgift 2026 rev 2026-04-02"), beside the locked sheets; never invoices, never a Logg row.
 *
 * @example revisionOfYear({ fees: decided2026, members, population, generatedAt }, '2026-04-02').sheets.map((s) => s.name) // → ['Avgift 2026 rev 2026-04-02']
 */
export const revisionOfYear = (request: PlanRequest, date: string): WorkbookPlan =>
  revisionPlan(planOfYear(request), request.fees.allocation.feeYear, date);

import { AGREEMENT_BASE_YEAR, feeHistory, invoiceRows, LogEntry, logEntryFor, Member, PopulationSeries } from '../domain';
import { logSheet } from '../workbook/layouts/log';
import { budgetTemplateSheet } from '../workbook/layouts/budgetTemplate';
import { allocationSheetId, feeWorkbookPlan } from '../workbook/layouts/fees';
import { WorkbookPlan, withSheets } from '../workbook/plan';
import { Fees, SheetChoice } from './model';

/*
 * The workbook plan is made only when the officer writes or downloads: this module and the layouts
 * load then, not with the first screen.
 */

/**
 * The plan of the sheets chosen; history only where the population covers 2009 onwards; invoice
 * outputs only for decided fees (a forecast or a scenario is never an invoice).
 */
export function planFor(fees: Fees, members: readonly Member[], population: PopulationSeries, sheets: SheetChoice, generatedAt: string): WorkbookPlan {
  const { allocation } = fees;
  const invoices = fees.kind === 'decided';
  // History up to the last year whose population is published (a forecast's year is not).
  const lastYear = allocation.forecast ? allocation.feeYear - 1 : allocation.feeYear;
  const history = sheets.history && lastYear >= AGREEMENT_BASE_YEAR ? feeHistory({ fromYear: AGREEMENT_BASE_YEAR, toYear: lastYear, members, population }) : undefined;
  const plan = feeWorkbookPlan({
    allocation,
    ...(history?.ok ? { history: history.value } : {}),
    ...(fees.comparison ? { comparison: fees.comparison } : {}),
    ...(fees.changes ? { changes: fees.changes } : {}),
    population,
    members,
    invoices: invoices ? invoiceRows(allocation) : [],
    generatedAt,
    include: { ...sheets, invoices: sheets.invoices && invoices, memberSheets: sheets.memberSheets && invoices },
  });
  const linked = plan.sheets.some((s) => s.key === allocationSheetId(allocation).key);
  return sheets.budget ? withSheets(plan, [budgetTemplateSheet(allocation.feeYear, allocation, linked)]) : plan;
}


/**
 * The Logg row of a write (every write is logged): time, rule, source, total and the fee table's
 * SHA-256. `writeLog(fees, '2026-01-15T09:30:00.000Z').action` → 'Skrivet'.
 */
export const writeLog = (fees: Fees, time: string): LogEntry => logEntryFor(fees.allocation, { action: 'Skrivet', time });

/** A downloaded workbook is new: its Logg is a sheet with the one row. */
export const withLog = (plan: WorkbookPlan, log: LogEntry): WorkbookPlan => withSheets(plan, [logSheet([log])]);

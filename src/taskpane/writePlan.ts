import { AGREEMENT_BASE_YEAR, fail, feeHistory, invoiceRows, LogEntry, logEntryFor, Member, MemberRegister, memberRegister, ok, PopulationSeries, recipientInfo, Result } from '../domain';
import { memberRegisterFromCells } from '../data/memberRegisterFile';
import type { RegisterInWorkbook } from '../workbook/excel';
import { logSheet } from '../workbook/layouts/log';
import { membersSheet } from '../workbook/layouts/members';
import { budgetTemplateSheet } from '../workbook/layouts/budgetTemplate';
import { allocationSheetId, feeWorkbookPlan } from '../workbook/layouts/fees';
import { WorkbookPlan, withSheets } from '../workbook/plan';
import { Fees, SheetChoice } from './model';

/*
 * The workbook plan is made only when the officer writes or downloads: this module and the layouts
 * load then, not with the first screen.
 */

/** The members register a write uses, and whether the workbook lacks the Medlemmar sheet (then it is written). */
export interface RegisterForWrite {
  readonly register: MemberRegister;
  /** Write a Medlemmar sheet: the workbook has none (an existing one is read, never written over). */
  readonly writeSheet: boolean;
}

/**
 * The plan of the sheets chosen; history only where the population covers 2009 onwards; invoice
 * outputs only for decided fees (a forecast or a scenario is never an invoice), with the members
 * register's fields, and a Medlemmar sheet when the workbook has none.
 */
export function planFor(fees: Fees, members: readonly Member[], population: PopulationSeries, sheets: SheetChoice, generatedAt: string, registered?: RegisterForWrite): WorkbookPlan {
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
    ...(registered ? { register: registered.register } : {}),
    generatedAt,
    include: { ...sheets, invoices: sheets.invoices && invoices, memberSheets: sheets.memberSheets && invoices },
  });
  const linked = plan.sheets.some((s) => s.key === allocationSheetId(allocation).key);
  const register = registered?.writeSheet && invoiceOutputs(fees, sheets) ? [membersSheet(members, registered.register, generatedAt)] : [];
  return withSheets(plan, [...(sheets.budget ? [budgetTemplateSheet(allocation.feeYear, allocation, linked)] : []), ...register]);
}

/** Fakturaunderlag or member sheets are written: decided fees, and at least one of them chosen. */
export const invoiceOutputs = (fees: Fees, sheets: SheetChoice): boolean => fees.kind === 'decided' && (sheets.invoices || sheets.memberSheets);

/**
 * The members register from what the workbook holds (the Medlemmar table or sheet, as the officer
 * filled it in) over what is known for certain; every entry checked (orgnr check digit, Peppol-ID,
 * Botkyrka's "BK" + 8 digits). Without a Medlemmar sheet, what is known, and the sheet is to be written.
 *
 * @example registerForWrite(undefined, SODERTORN_MEMBERS) // ok({ register: (Huddinge's orgnr only), writeSheet: true })
 */
export function registerForWrite(inWorkbook: RegisterInWorkbook | undefined, members: readonly Member[]): Result<RegisterForWrite> {
  const given = inWorkbook?.values ? memberRegisterFromCells(inWorkbook.values) : ok([]);
  const register = given.ok ? memberRegister(members, given.value) : given;
  if (!register.ok) {
    const where = inWorkbook?.location ?? 'Medlemmar';
    return fail(register.error.code, `Medlemsregistret (${where}) används inte: ${register.error.message.sv} Rätta raden och skriv igen.`, `The members register (${where}) is not used: ${register.error.message.en} Correct the row and write again.`);
  }
  return ok({ register: register.value, writeSheet: inWorkbook?.exists !== true });
}

/**
 * The recipients an invoice still lacks details for (the sender's own row is an internal transfer and
 * needs none). `recipientsMissingDetails(SODERTORN_MEMBERS, knownOnly).length` → 7.
 */
export const recipientsMissingDetails = (members: readonly Member[], register: MemberRegister): readonly Member[] =>
  members.filter((member) => recipientInfo(member.code, register).missing.length > 0);


/**
 * The Logg row of a write (every write is logged): time, rule, source, total and the fee table's
 * SHA-256. `writeLog(fees, '2026-01-15T09:30:00.000Z').action` → 'Skrivet'.
 */
export const writeLog = (fees: Fees, time: string): LogEntry => logEntryFor(fees.allocation, { action: 'Skrivet', time });

/** A downloaded workbook is new: its Logg is a sheet with the one row. */
export const withLog = (plan: WorkbookPlan, log: LogEntry): WorkbookPlan => withSheets(plan, [logSheet([log])]);

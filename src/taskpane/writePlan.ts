import { AGREEMENT_BASE_YEAR, fail, feeHistory, invoiceRows, LogEntry, logEntryFor, Member, MemberRegister, memberRegister, Message, ok, PopulationSeries, recipientInfo, Result } from '../domain';
import { memberRegisterFromCells } from '../data/memberRegisterFile';
import type { RegisterInWorkbook } from '../workbook/excel';
import type { RangeValues } from '../workbook/read';
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
  const range = inWorkbook?.range;
  const given = range ? memberRegisterFromCells(range.values) : ok([]);
  const register = given.ok ? memberRegister(members, given.value) : given;
  if (!register.ok) {
    const where = range ? `${range.sheet}!${range.address}` : 'Medlemmar';
    return fail(register.error.code, `Medlemsregistret (${where}) används inte: ${register.error.message.sv} Rätta raden och skriv igen.`, `The members register (${where}) is not used: ${register.error.message.en} Correct the row and write again.`);
  }
  return ok({ register: register.value, writeSheet: inWorkbook?.exists !== true });
}

/**
 * What a write did with the members register, in words (the pane shows them under what was written):
 * the Medlemmar sheet it wrote to fill in, or where the register was read (`sheet`, for a link to it);
 * then the recipients whose invoice still lacks details (the sender's own row, an internal transfer,
 * needs none).
 */
export interface RegisterOutcome {
  readonly lines: readonly Message[];
  /** The sheet the register was read from, e.g. "Medlemmar"; none when the write made it. */
  readonly sheet?: string;
}

/**
 * @example registerOutcome(SODERTORN_MEMBERS, { register: knownOnly, writeSheet: true }, { inExcel: true }).lines[1].sv
 * // "Fakturauppgifter saknas för 7 mottagare (Botkyrka, Haninge, …): kolumnen Saknas i fakturaunderlaget visar vilka."
 */
export function registerOutcome(members: readonly Member[], registered: RegisterForWrite, where: { readonly inExcel: boolean; readonly readFrom?: Pick<RangeValues, 'sheet' | 'address'> }): RegisterOutcome {
  const readFrom = registered.writeSheet ? undefined : where.readFrom;
  const at = readFrom && `${readFrom.sheet}!${readFrom.address}`;
  const first: Message = at
    ? { sv: `Fakturaunderlaget har uppgifterna från medlemsregistret ${at}.`, en: `The invoice basis has the details from the members register ${at}.` }
    : where.inExcel
      ? {
          sv: 'Bladet Medlemmar är medlemsregistret för fakturorna. Fyll i fakturanamn, organisationsnummer, Peppol-ID, köparens referens och e-post där: nästa gång du skriver tar fakturaunderlaget uppgifterna därifrån. Bladet skrivs aldrig över.',
          en: 'The Medlemmar sheet is the members register for the invoices. Fill in the invoice name, organisation number, Peppol ID, buyer reference and e-mail there: the next time you write, the invoice basis takes the details from it. The sheet is never written over.',
        }
      : { sv: 'Arbetsboken har bladet Medlemmar, registret för fakturorna: fyll i det i Excel.', en: 'The workbook has the Medlemmar sheet, the register for the invoices: fill it in in Excel.' };
  const missing = members.filter((member) => recipientInfo(member.code, registered.register).missing.length > 0).map((m) => m.name);
  const names = missing.join(', ');
  const second: Message = !missing.length
    ? { sv: 'Alla mottagare har sina fakturauppgifter.', en: 'Every recipient has its invoice details.' }
    : missing.length === 1
      ? { sv: `Fakturauppgifter saknas för ${names}: kolumnen Saknas i fakturaunderlaget visar vilka.`, en: `Invoice details are missing for ${names}: the Saknas column of the invoice basis shows which.` }
      : {
          sv: `Fakturauppgifter saknas för ${missing.length} mottagare (${names}): kolumnen Saknas i fakturaunderlaget visar vilka.`,
          en: `Invoice details are missing for ${missing.length} recipients (${names}): the Saknas column of the invoice basis shows which.`,
        };
  return { lines: [first, second], ...(readFrom ? { sheet: readFrom.sheet } : {}) };
}


/**
 * The Logg row of a write (every write is logged): time, rule, source, total and the fee table's
 * SHA-256. `writeLog(fees, '2026-01-15T09:30:00.000Z').action` → 'Skrivet'.
 */
export const writeLog = (fees: Fees, time: string): LogEntry => logEntryFor(fees.allocation, { action: 'Skrivet', time });

/** A downloaded workbook is new: its Logg is a sheet with the one row. */
export const withLog = (plan: WorkbookPlan, log: LogEntry): WorkbookPlan => withSheets(plan, [logSheet([log])]);

import { fail, invoiceRows, lockedMessage, LogEntry, Message, ok, Result, Revision, optional } from '../domain';
import type { BeforeWrite, RenderSummary } from '../workbook/excel/render';
import { lockingEntry } from '../workbook/verify/approval';
import { invoiceCsv } from '../workbook/exports/invoiceCsv';
import type { WriteProgress } from './components/WriteStep';
import type { Population } from './hooks/usePopulation';
import type { SheetQuestionState } from './hooks/useSheetQuestion';
import type { Fees } from '../jobs/fees';
import { invoiceOutputs, planOfYear, RegisterForWrite, revisionOfYear, SheetChoice, writeLog } from '../jobs/plan';
import type { ExistingWorkbook } from '../workbook/plan/resolve';
import { previewLines, sheetFates } from '../jobs/preview';
import { Services } from './services';
import { RegisterOutcome, registerForWrite, registerOutcome } from './writeRegister';

/*
 * What "Skriv till arbetsboken" and the invoice CSV do, step by step: loaded with the first write,
 * not with the first screen. The hook (useWorkbookWrite) keeps the state; this does the work.
 */

export type WriteOutcome =
  | { readonly kind: 'written'; readonly sheets: RenderSummary['sheets']; readonly register?: RegisterOutcome }
  | { readonly kind: 'downloaded'; readonly name: string; readonly register?: RegisterOutcome };

export interface WriteRun {
  readonly services: Services;
  readonly fees: Fees;
  readonly population: Population;
  readonly sheets: SheetChoice;
  readonly question: Pick<SheetQuestionState, 'replaceOrVersion'>;
  readonly setProgress: (progress: WriteProgress | undefined) => void;
  readonly setRevision: (revision: Revision | undefined) => void;
}

const FILE_PREFIX = { decided: 'Avgift', forecast: 'Prognos', scenario: 'Scenario' } as const;

/**
 * Writes the sheets chosen into the open workbook, or outside Excel offers them as an .xlsx: in Excel
 * one read (the add-in's sheets in the way and the members register), the question when its own
 * sheets are in the way (with SCB's revision, if any), then the write with its Logg row.
 *
 * @example await runWrite({ services, fees, population, sheets: DEFAULT_SHEETS, question, setProgress, setRevision })
 * // ok({ kind: 'written', sheets: [{ key: 'avgift-2026', name: 'Avgift 2026', replaced: false }, …], register: { lines: […] } })
 */
export async function runWrite({
  services,
  fees,
  population,
  sheets,
  question,
  setProgress,
  setRevision,
}: WriteRun): Promise<Result<WriteOutcome> | undefined> {
  const time = services.now().toISOString();
  const { members } = population;
  // The register matters only where invoices are written: read it (in the same request as the
  // sheets in the way), never write over it; a new workbook gets a Medlemmar sheet to fill in.
  const invoicing = invoiceOutputs(fees, sheets);
  // Every write of decided fees is logged (Logg sheet): time, rule, source, total and the fee
  // table's SHA-256; a forecast or a scenario is never approved or verified, so not logged.
  const log = writeLog(fees, time);
  const plan = (register?: RegisterForWrite, newWorkbookLog?: LogEntry) =>
    planOfYear({ fees, members, population, sheets, generatedAt: time, ...optional({ register, newWorkbookLog }) });
  setRevision(undefined);
  try {
    if (!services.inExcel) {
      const registered = invoicing ? registerForWrite(undefined, members) : undefined;
      if (registered && !registered.ok) return registered;
      const download = plan(registered?.value, log);
      const name = `${FILE_PREFIX[fees.kind]}-${fees.allocation.feeYear}.xlsx`;
      setProgress({ done: 0, total: download.sheets.length, reading: false });
      const saved = await services.download(download, name);
      return saved.ok
        ? ok({
            kind: 'downloaded',
            name,
            ...(registered ? { register: registerOutcome(members, registered.value, { inExcel: false }) } : {}),
          })
        : saved;
    }
    // The register's sheet never stands in the way: it is only written where there is none.
    const first = plan();
    setProgress({ done: 0, total: first.sheets.length, reading: true });
    const before = await services.beforeWrite(first, { register: invoicing });
    if (!before.ok) return before;
    const registered = invoicing ? registerForWrite(before.value.register, members) : undefined;
    if (registered && !registered.ok) return registered;
    // A fastställd year is a lock: its sheets are never replaced or written over, whatever the answer.
    const feeYear = fees.allocation.feeYear;
    const verified =
      fees.kind === 'decided' && before.value.inTheWay.length ? await services.verifyWorkbook({ feeYear }) : undefined;
    const locked = verified?.ok ? lockingEntry(verified.value) : undefined;
    // Sheets in the way may be this fee year's: then say first what SCB has revised since they were written.
    const choice = await question.replaceOrVersion(
      before.value.inTheWay,
      async () => {
        const revised = await services.revision(feeYear, population);
        if (revised.ok && revised.value?.changed) setRevision(revised.value);
      },
      locked ? lockedMessage(locked) : undefined,
    );
    if (choice === 'cancel') return undefined;
    if (locked) {
      // The revision beside the fastställda sheets, under a name that says so, never as invoices.
      const written = await services.write(
        revisionOfYear({ fees, members, population, sheets, generatedAt: time }, time.slice(0, 10)),
        {
          replaceOwnSheets: false,
          onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
        },
      );
      return written.ok ? ok({ kind: 'written', sheets: written.value.sheets }) : written;
    }
    const written = await services.write(registered ? plan(registered.value) : first, {
      ...optional({ log }),
      replaceOwnSheets: choice === 'replace',
      onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
    });
    const readFrom = before.value.register?.range;
    const register = registered
      ? { register: registerOutcome(members, registered.value, { inExcel: true, ...optional({ readFrom }) }) }
      : {};
    return written.ok ? ok({ kind: 'written', sheets: written.value.sheets, ...register }) : written;
  } finally {
    setProgress(undefined);
  }
}

/**
 * The faktureringsunderlag as CSV for the financial system, with the members register as the
 * workbook's Medlemmar holds it now (in Excel; what is known outside). Decided fees only.
 *
 * @example await runInvoiceCsv(services, decided2026, population) // ok('Fakturaunderlag-2026.csv')
 */
export async function runInvoiceCsv(services: Services, fees: Fees, population: Population): Promise<Result<string>> {
  if (fees.kind !== 'decided')
    return fail(
      'csv-not-invoice',
      'Prognoser och scenarier ger inget fakturaunderlag.',
      'Forecasts and scenarios give no invoice basis.',
    );
  const before: Result<BeforeWrite> = services.inExcel
    ? await services.beforeWrite({ sheets: [], names: [] }, { register: true })
    : ok({ inTheWay: [] });
  if (!before.ok) return before;
  const registered = registerForWrite(before.value.register, population.members);
  if (!registered.ok) return registered;
  const name = `Fakturaunderlag-${fees.allocation.feeYear}.csv`;
  const saved = await services.save(
    invoiceCsv(invoiceRows(fees.allocation), registered.value.register),
    name,
    'text/csv;charset=utf-8',
  );
  return saved.ok ? ok(name) : saved;
}

/** Every box ticked: one read of the workbook serves the preview whatever boxes the officer ticks next. */
const EVERY_SHEET: SheetChoice = {
  allocation: true,
  invoices: true,
  memberSheets: true,
  population: true,
  history: true,
  budget: true,
};

/** The workbook as a write will meet it: its sheets (the add-in's by marker), and whether a members register is there. */
export interface WorkbookNow {
  readonly existing: ExistingWorkbook;
  readonly hasRegister: boolean;
}

/**
 * Reads what the preview needs of the open workbook, in the one request a write makes first
 * (`beforeWrite`, with every sheet the pane could write); outside Excel the workbook is new.
 *
 * @example await readWorkbookNow({ services, fees, population }) // ok({ existing: { sheets: [{ name: 'Budget', ours: false }], … }, hasRegister: false })
 */
export async function readWorkbookNow({
  services,
  fees,
  population,
}: Pick<WriteRun, 'services' | 'fees' | 'population'>): Promise<Result<WorkbookNow>> {
  if (!services.inExcel) return ok({ existing: { sheets: [], names: [] }, hasRegister: false });
  const plan = planOfYear({
    fees,
    members: population.members,
    population,
    sheets: EVERY_SHEET,
    generatedAt: services.now().toISOString(),
  });
  const before = await services.beforeWrite(plan, { register: fees.kind === 'decided' });
  if (!before.ok) return before;
  return ok({
    existing: before.value.existing ?? { sheets: [], names: [] },
    hasRegister: before.value.register?.exists === true,
  });
}

/**
 * What "Skriv till arbetsboken" will write with these boxes, in words, against the workbook as
 * read: new sheets, the add-in's own (asked about first), beside the officer's sheet of that name,
 * and the Logg row of decided fees.
 *
 * @example previewWrite({ services, fees: decided2026, population, sheets: DEFAULT_SHEETS }, now)
 * // [{ sv: 'Nya blad: Avgift 2026, Fakturaunderlag 2026, …, Historik och Medlemmar.', en: … }, { sv: 'En rad om skrivningen läggs i bladet Logg.', … }]
 */
export function previewWrite(
  { services, fees, population, sheets }: Pick<WriteRun, 'services' | 'fees' | 'population' | 'sheets'>,
  now: WorkbookNow,
): Message[] {
  const registered = invoiceOutputs(fees, sheets)
    ? registerForWrite({ exists: now.hasRegister }, population.members)
    : undefined;
  const plan = planOfYear({
    fees,
    members: population.members,
    population,
    sheets,
    generatedAt: services.now().toISOString(),
    ...optional({ register: registered?.ok ? registered.value : undefined }),
  });
  return previewLines(sheetFates(plan, now.existing), writeLog(fees, '') !== undefined);
}

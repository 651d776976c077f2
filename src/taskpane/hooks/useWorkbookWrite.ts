import { useState } from 'react';
import { fail, invoiceRows, ok, Result, Revision } from '../../domain';
import type { BeforeWrite, RenderSummary } from '../../workbook/excel';
import type { RegisterOutcome } from '../writePlan';
import { WriteProgress } from '../components/WriteStep';
import { DEFAULT_SHEETS, SheetChoice } from '../model';
import { Services } from '../services';
import { Task, useTask } from '../task';
import { Population } from './usePopulation';
import { Fees } from '../model';
import { SheetQuestionState, useSheetQuestion } from './useSheetQuestion';

export type WriteOutcome =
  | { readonly kind: 'written'; readonly sheets: RenderSummary['sheets']; readonly register?: RegisterOutcome }
  | { readonly kind: 'downloaded'; readonly name: string; readonly register?: RegisterOutcome };

export interface WriteStepState {
  readonly sheets: SheetChoice;
  readonly setSheets: (sheets: SheetChoice) => void;
  readonly task: Task<WriteOutcome>;
  readonly progress?: WriteProgress;
  readonly question: SheetQuestionState;
  /** Writes (in Excel) or downloads (outside) the sheets chosen. */
  readonly write: () => Promise<void>;
  /** The faktureringsunderlag as CSV for the financial system; only for decided fees. */
  readonly downloadCsv?: () => Promise<void>;
  readonly csvTask: Task<string>;
  /** Shows a sheet that was written. */
  readonly goToSheet: (name: string) => void;
  /** The invoices' due date (ISO) when it has passed for decided fees. */
  readonly dueDatePassed?: string;
  /**
   * SCB revised the figures: the fee year's sheets already in the workbook used other figures than
   * those just fetched (looked for only when the write meets its own sheets).
   */
  readonly revision?: Revision;
}

/** The local calendar date of `now`, ISO: `isoDay(new Date(2026, 2, 16))` → '2026-03-16'. */
const isoDay = (now: Date): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const FILE_PREFIX = { decided: 'Avgift', forecast: 'Prognos', scenario: 'Scenario' } as const;

/** Invoices (Fakturaunderlag, member sheets, CSV) exist only for the decided fees of a year. */
export const invoicesAllowed = (fees: Fees | undefined): boolean => fees?.kind === 'decided';

/** Step 3: the sheets to write, the one write under way, and what became of it. */
export function useWorkbookWrite(services: Services, fees: Fees | undefined, population: Population | undefined): WriteStepState {
  const [sheets, setSheets] = useState<SheetChoice>(DEFAULT_SHEETS);
  const [progress, setProgress] = useState<WriteProgress>();
  const handle = useTask<WriteOutcome>();
  const csv = useTask<string>();
  const question = useSheetQuestion();
  const [revision, setRevision] = useState<Revision>();

  const write = () =>
    handle.run(async (): Promise<Result<WriteOutcome> | undefined> => {
      if (!fees || !population) return undefined;
      const { planFor, registerForWrite, registerOutcome, invoiceOutputs, withLog, writeLog } = await import(/* webpackChunkName: "write" */ '../writePlan');
      const time = services.now().toISOString();
      const { members } = population;
      // The register matters only where invoices are written: read it (in the same request as the
      // sheets in the way), never write over it; a new workbook gets a Medlemmar sheet to fill in.
      const invoicing = invoiceOutputs(fees, sheets);
      // Every write of decided fees is logged (Logg sheet): time, rule, source, total and the fee
      // table's SHA-256; a forecast or a scenario is never approved or verified, so not logged.
      const log = fees.kind === 'decided' ? writeLog(fees, time) : undefined;
      setRevision(undefined);
      try {
        if (!services.inExcel) {
          const registered = invoicing ? registerForWrite(undefined, members) : undefined;
          if (registered && !registered.ok) return registered;
          const plan = planFor(fees, members, population, sheets, time, registered?.value);
          const name = `${FILE_PREFIX[fees.kind]}-${fees.allocation.feeYear}.xlsx`;
          setProgress({ done: 0, total: plan.sheets.length, reading: false });
          const saved = await services.download(log ? withLog(plan, log) : plan, name);
          return saved.ok ? ok({ kind: 'downloaded', name, ...(registered ? { register: registerOutcome(members, registered.value, { inExcel: false }) } : {}) }) : saved;
        }
        // The register's sheet never stands in the way: it is only written where there is none.
        const first = planFor(fees, members, population, sheets, time);
        setProgress({ done: 0, total: first.sheets.length, reading: true });
        const before = await services.beforeWrite(first, { register: invoicing });
        if (!before.ok) return before;
        const registered = invoicing ? registerForWrite(before.value.register, members) : undefined;
        if (registered && !registered.ok) return registered;
        // Sheets in the way may be this fee year's: then say what SCB has revised since they were written.
        const choice = await question.replaceOrVersion(before.value.inTheWay, async () => {
          const revised = await services.revision(fees.allocation.feeYear, population);
          if (revised.ok && revised.value?.changed) setRevision(revised.value);
        });
        if (choice === 'cancel') return undefined;
        const plan = registered ? planFor(fees, members, population, sheets, time, registered.value) : first;
        const written = await services.write(plan, {
          ...(log ? { log } : {}),
          replaceOwnSheets: choice === 'replace',
          onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
        });
        const readFrom = before.value.register?.location;
        const register = registered ? { register: registerOutcome(members, registered.value, { inExcel: true, ...(readFrom ? { readFrom } : {}) }) } : {};
        return written.ok ? ok({ kind: 'written', sheets: written.value.sheets, ...register }) : written;
      } finally {
        setProgress(undefined);
      }
    });

  const downloadCsv = async () =>
    csv.run(async () => {
      if (!fees || !population || !invoicesAllowed(fees)) return fail('csv-not-invoice', 'Prognoser och scenarier ger inget fakturaunderlag.', 'Forecasts and scenarios give no invoice basis.');
      const [{ invoiceCsv }, { registerForWrite }] = await Promise.all([import(/* webpackChunkName: "write" */ '../../workbook/csv'), import(/* webpackChunkName: "write" */ '../writePlan')]);
      // In Excel the CSV carries the register as the Medlemmar sheet holds it now.
      const before: Result<BeforeWrite> = services.inExcel ? await services.beforeWrite({ sheets: [], names: [] }, { register: true }) : ok({ inTheWay: [] });
      if (!before.ok) return before;
      const registered = registerForWrite(before.value.register, population.members);
      if (!registered.ok) return registered;
      const name = `Fakturaunderlag-${fees.allocation.feeYear}.csv`;
      const saved = await services.save(invoiceCsv(invoiceRows(fees.allocation), registered.value.register), name, 'text/csv;charset=utf-8');
      return saved.ok ? ok(name) : saved;
    });

  return {
    sheets,
    setSheets,
    task: handle.task,
    ...(progress ? { progress } : {}),
    question,
    write,
    ...(invoicesAllowed(fees) ? { downloadCsv } : {}),
    csvTask: csv.task,
    goToSheet: (name) => void services.selectCell(name, 'A1'),
    ...(revision ? { revision } : {}),
    ...(fees && invoicesAllowed(fees) && isoDay(services.now()) > fees.allocation.dueDate ? { dueDatePassed: fees.allocation.dueDate } : {}),
  };
}

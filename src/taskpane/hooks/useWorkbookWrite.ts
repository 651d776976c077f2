import { useState } from 'react';
import { fail, invoiceRows, ok, Result, Revision } from '../../domain';
import type { RenderSummary } from '../../workbook/excel';
import { WriteProgress } from '../components/WriteStep';
import { DEFAULT_SHEETS, SheetChoice } from '../model';
import { Services } from '../services';
import { Task, useTask } from '../task';
import { Population } from './usePopulation';
import { Fees } from '../model';
import { SheetQuestionState, useSheetQuestion } from './useSheetQuestion';

export type WriteOutcome = { readonly kind: 'written'; readonly sheets: RenderSummary['sheets'] } | { readonly kind: 'downloaded'; readonly name: string };

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
  const question = useSheetQuestion(services);
  const [revision, setRevision] = useState<Revision>();

  const write = () =>
    handle.run(async (): Promise<Result<WriteOutcome> | undefined> => {
      if (!fees || !population) return undefined;
      const { planFor, withLog, writeLog } = await import(/* webpackChunkName: "write" */ '../writePlan');
      const time = services.now().toISOString();
      const plan = planFor(fees, population.members, population, sheets, time);
      // Every write of decided fees is logged (Logg sheet): time, rule, source, total and the fee
      // table's SHA-256; a forecast or a scenario is never approved or verified, so not logged.
      const log = fees.kind === 'decided' ? writeLog(fees, time) : undefined;
      setRevision(undefined);
      try {
        if (!services.inExcel) {
          const name = `${FILE_PREFIX[fees.kind]}-${fees.allocation.feeYear}.xlsx`;
          setProgress({ done: 0, total: plan.sheets.length, reading: false });
          const saved = await services.download(log ? withLog(plan, log) : plan, name);
          return saved.ok ? ok({ kind: 'downloaded', name }) : saved;
        }
        setProgress({ done: 0, total: plan.sheets.length, reading: true });
        // Sheets in the way may be this fee year's: then say what SCB has revised since they were written.
        const choice = await question.replaceOrVersion(plan, async () => {
          const revised = await services.revision(fees.allocation.feeYear, population);
          if (revised.ok && revised.value?.changed) setRevision(revised.value);
        });
        if (!choice.ok) return choice;
        if (choice.value === 'cancel') return undefined;
        const written = await services.write(plan, {
          ...(log ? { log } : {}),
          replaceOwnSheets: choice.value === 'replace',
          onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
        });
        return written.ok ? ok({ kind: 'written', sheets: written.value.sheets }) : written;
      } finally {
        setProgress(undefined);
      }
    });

  const downloadCsv = async () =>
    csv.run(async () => {
      if (!fees || !invoicesAllowed(fees)) return fail('csv-not-invoice', 'Prognoser och scenarier ger inget fakturaunderlag.', 'Forecasts and scenarios give no invoice basis.');
      const { invoiceCsv } = await import(/* webpackChunkName: "write" */ '../../workbook/csv');
      const name = `Fakturaunderlag-${fees.allocation.feeYear}.csv`;
      const saved = await services.save(invoiceCsv(invoiceRows(fees.allocation)), name, 'text/csv;charset=utf-8');
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

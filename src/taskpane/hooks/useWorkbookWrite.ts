import { useState } from 'react';
import { Revision, optional } from '../../domain';
import type { WriteOutcome } from '../writeTask';
import { WriteProgress } from '../components/WriteStep';
import type { SheetChoice } from '../../jobs/sheets';
import { Services } from '../services';
import { Task, useTask } from '../task';
import { Population } from './usePopulation';
import type { Fees } from '../../jobs/fees';
import { SheetQuestionState, useSheetQuestion } from './useSheetQuestion';

export interface WriteStepState {
  /** The fees this step writes. */
  readonly fees?: Fees;
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
const isoDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Invoices (Fakturaunderlag, member sheets, CSV) exist only for the decided fees of a year. */
const invoicesAllowed = (fees: Fees | undefined): boolean => fees?.kind === 'decided';

/**
 * A write step: the sheets to write (starting from `initial`), the one write under way, and what
 * became of it.
 *
 * @example const write = useWorkbookWrite(services, fees, population, DEFAULT_SHEETS); await write.write();
 */
export function useWorkbookWrite(
  services: Services,
  fees: Fees | undefined,
  population: Population | undefined,
  initial: SheetChoice,
): WriteStepState {
  const [sheets, setSheets] = useState<SheetChoice>(initial);
  const [progress, setProgress] = useState<WriteProgress>();
  const handle = useTask<WriteOutcome>();
  const csv = useTask<string>();
  const question = useSheetQuestion();
  const [revision, setRevision] = useState<Revision>();

  // What a write does loads with the first write (writeTask.ts), not with the first screen.
  const write = () =>
    handle.run(async () => {
      if (!fees || !population) return undefined;
      const { runWrite } = await import(/* webpackChunkName: "write" */ '../writeTask');
      return runWrite({ services, fees, population, sheets, question, setProgress, setRevision });
    });

  const downloadCsv = async () =>
    csv.run(async () => {
      if (!fees || !population) return undefined;
      const { runInvoiceCsv } = await import(/* webpackChunkName: "write" */ '../writeTask');
      return runInvoiceCsv(services, fees, population);
    });

  return {
    ...optional({ fees }),
    sheets,
    setSheets,
    task: handle.task,
    ...optional({ progress }),
    question,
    write,
    ...(invoicesAllowed(fees) ? { downloadCsv } : {}),
    csvTask: csv.task,
    goToSheet: (name) => void services.selectCell(name, 'A1'),
    ...optional({ revision }),
    ...(fees && invoicesAllowed(fees) && isoDay(services.now()) > fees.allocation.dueDate
      ? { dueDatePassed: fees.allocation.dueDate }
      : {}),
  };
}

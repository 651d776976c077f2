import { useEffect, useRef, useState } from 'react';
import { Message, Revision, optional } from '../../domain';
import type { WorkbookNow, WriteOutcome } from '../writeTask';
import { WriteProgress } from '../components/WriteStep';
import type { SheetChoice } from '../../jobs/sheets';
import { Services } from '../services';
import { Task, useTask, valueOf } from '../task';
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
  /** What the boxes will write, sheet by sheet, against the workbook as it is (once there are fees). */
  readonly preview?: readonly Message[];
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
  /** Its page is shown: only then is the workbook read for the preview. */
  shown = true,
): WriteStepState {
  const [sheets, setSheets] = useState<SheetChoice>(initial);
  const [progress, setProgress] = useState<WriteProgress>();
  const handle = useTask<WriteOutcome>();
  const csv = useTask<string>();
  const question = useSheetQuestion();
  const [revision, setRevision] = useState<Revision>();
  const [preview, setPreview] = useState<readonly Message[]>();
  // The workbook is read once for these fees and after each write; the boxes are previewed from that read.
  const read = useRef<{ key: readonly unknown[]; now: Promise<WorkbookNow | undefined> }>();
  const settled = handle.task.state !== 'running';
  const written = valueOf(handle.task);
  useEffect(() => {
    if (!fees || !population || !settled || !shown) return setPreview(undefined);
    let live = true;
    // Read again only for another population, year or kind of fees, and after a write: not as a rate is typed.
    const key = [population, fees.allocation.feeYear, fees.kind, written];
    void (async () => {
      const { readWorkbookNow, previewWrite } = await import(/* webpackChunkName: "write" */ '../writeTask');
      if (!read.current || read.current.key.some((k, i) => k !== key[i]))
        read.current = {
          key,
          now: readWorkbookNow({ services, fees, population }).then((r) => (r.ok ? r.value : undefined)),
        };
      const now = await read.current.now;
      if (live) setPreview(now ? previewWrite({ services, fees, population, sheets }, now) : undefined);
    })();
    return () => {
      live = false;
    };
    // services is the pane's one for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fees, population, sheets, settled, written, shown]);

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
    ...optional({ revision, preview }),
    ...(fees && invoicesAllowed(fees) && isoDay(services.now()) > fees.allocation.dueDate
      ? { dueDatePassed: fees.allocation.dueDate }
      : {}),
  };
}

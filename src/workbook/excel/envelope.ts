import { Message, Result } from '../../domain';
import { ExcelApi, ExcelContext } from './api';
import { excelFailure, excelMissing } from './errors';

/** What a batch does, for the officer's sentence when Excel refuses or is not there. */
export interface ExcelJob<T> {
  /** The failure's code, e.g. 'excel-read'. */
  readonly code: string;
  /** What the add-in was doing: "Excel kunde inte läsa bladen". */
  readonly doing: Message;
  /** What is true of the workbook after a refusal, whatever Excel's code: "Dina egna blad är orörda." */
  readonly state?: Message;
  /** Outside Excel: the job's answer there (reading nothing, say); by default "Excel är inte tillgängligt här" with `otherWay`. */
  readonly outside?: Result<T>;
  /** The job's other way outside Excel, said after "Excel är inte tillgängligt här". */
  readonly otherWay?: Message;
  /** Clean-up after a refusal, before it is answered (a write removes the sheets it added unmarked). */
  readonly afterFailure?: () => Promise<void>;
}

/**
 * The one Office.js envelope: Excel is there (else the job's answer outside it), one `Excel.run`, and
 * Excel's refusal in the officer's words (excelFailure), never a thrown error.
 *
 * @example await runInExcel(Excel, { code: 'excel-read', doing: { sv: 'Excel kunde inte läsa bladen', en: 'Excel could not read the sheets' } }, async (context) => { … return ok(names); })
 * // → ok(['Blad1', 'Avgift 2026']), or fail('excel-read', 'Excel kunde inte läsa bladen: Excel är upptaget. Vänta en stund och försök igen.', …, { retry: true })
 */
export async function runInExcel<T>(
  excel: ExcelApi | undefined,
  job: ExcelJob<T>,
  batch: (context: ExcelContext) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (!excel) return job.outside ?? excelMissing(job.otherWay);
  try {
    return await excel.run(batch);
  } catch (e) {
    await job.afterFailure?.();
    return excelFailure(e, job.code, job.doing, job.state);
  }
}

import type { WriteStepProps } from '../components/WriteStep';
import type { WriteStepState } from '../hooks/useWorkbookWrite';
import { errorOf, valueOf } from '../task';

/**
 * What a write step shows of its hook's state: progress, the sheets written or the download, the
 * register note, the question, the CSV. The invoice page and the budget page each have one.
 *
 * @example <WriteStep n={3} title={t.writeStep} offered={…} {...writeProps(pane.write)} … />
 */
export function writeProps(write: WriteStepState) {
  const written = valueOf(write.task);
  const csv = valueOf(write.csvTask);
  const error = errorOf(write.task);
  const csvError = errorOf(write.csvTask);
  return {
    sheets: write.sheets,
    onSheets: write.setSheets,
    onWrite: () => void write.write(),
    onAnswer: write.question.answer,
    onGoToSheet: write.goToSheet,
    ...(write.progress ? { progress: write.progress } : {}),
    ...(written?.kind === 'written' ? { summary: written.sheets } : {}),
    ...(written?.kind === 'downloaded' ? { downloaded: written.name } : {}),
    ...(written?.register ? { register: written.register } : {}),
    ...(error ? { error: error.message } : {}),
    ...(write.question.asking ? { asking: write.question.asking } : {}),
    ...(write.question.locked ? { locked: write.question.locked } : {}),
    ...(write.downloadCsv ? { onDownloadCsv: () => void write.downloadCsv!() } : {}),
    ...(csv ? { csvDownloaded: csv } : {}),
    ...(csvError ? { csvError: csvError.message } : {}),
    ...(write.dueDatePassed ? { dueDatePassed: write.dueDatePassed } : {}),
    ...(write.preview ? { preview: write.preview } : {}),
  } satisfies Partial<WriteStepProps>;
}

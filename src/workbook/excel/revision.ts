import { ok, PopulationSeries, Result, Revision } from '../../domain';
import { ExcelApi, globalExcel } from './api';
import { readWorkbookSnapshot } from './snapshot';
import { runInExcel } from './envelope';
import { verifyWorkbook } from '../verify/verify';

/**
 * Before writing: if the open workbook already has the fee year's sheets (written or fastställda),
 * the per-member diff between the figures they used and the figures just fetched (an SCB revision).
 * Undefined when there are no such sheets; `changed` false when SCB says the same.
 *
 * @example await revisionAgainstWorkbook(2026, fetchedFromScb, Excel)
 * // ok({ rows: [{ member: Botkyrka, oldPopulation: 96750, newPopulation: 96760, change: 10, feeEffectOre: 4000 }, …], changed: true })
 */
export async function revisionAgainstWorkbook(
  feeYear: number,
  population: PopulationSeries,
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<Revision | undefined>> {
  if (!excel) return ok(undefined);
  // One round trip for the names first: most fetches meet no written sheets, and reading every sheet costs more.
  const marker = new RegExp(`^AVGF_avgift_${feeYear}(?:_\\d+)?$`);
  // A read that fails here only means no revision is shown before the question; the write reports its own.
  const doing = { sv: 'Excel kunde inte läsa namnen', en: 'Excel could not read the names' };
  const written = await runInExcel(excel, { code: 'excel-read', doing }, async (context) => {
    const names = context.workbook.names;
    names.load('items/name');
    await context.sync();
    return ok(names.items.some((n) => marker.test(n.name)));
  });
  if (!written.ok || !written.value) return ok(undefined);
  const book = await readWorkbookSnapshot(excel);
  if (!book.ok) return book;
  const verified = verifyWorkbook(book.value, { feeYear, population });
  // A sheet that cannot be read back (the user reshaped it) has no figures to compare with.
  return ok(verified.ok ? verified.value.revision : undefined);
}

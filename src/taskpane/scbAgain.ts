import { ok, Result } from '../domain';
import type { PopulationRequest, PopulationSpec } from '../data';
import { repeatableScbQuery, storedQueryCovers } from '../data/scb/request';
import type { ExcelApi } from '../workbook/excel/api';
import { readPopulationSheet } from '../workbook/excel/populationSheet';

/** What to ask SCB to repeat the query stored on Befolkning: the spec and the request, as any fetch takes them. */
export interface ScbAgain {
  readonly spec: PopulationSpec;
  readonly request: PopulationRequest;
}

/**
 * "Samma SCB-fråga som bladet Befolkning": reads the add-in's Befolkning sheet, checks its stored
 * query (SCB's own address, as the add-in wrote it, holding the year-end the fee year needs) and
 * gives exactly that query to fetch again, past the session's cache, with the members the sheet
 * names. Loaded only when chosen (chunk scb-again).
 *
 * @example await scbAgain({ feeYear: 2026, populationYear: 2025 }, Excel)
 * // ok({ spec: { kind: 'scb', table: 'TAB628', lang: 'sv', refresh: true }, request: { members: [Botkyrka, …], years: [2009, …, 2025] } })
 */
export async function scbAgain(
  need: { readonly feeYear: number; readonly populationYear: number },
  excel: ExcelApi | undefined,
): Promise<Result<ScbAgain>> {
  const sheet = await readPopulationSheet(excel);
  const stored = sheet.ok ? repeatableScbQuery(sheet.value) : sheet;
  if (!stored.ok) return stored;
  const { table, lang, years } = stored.value.query;
  const covers = storedQueryCovers(stored.value.query, need.populationYear, need.feeYear);
  if (!covers.ok) return covers;
  return ok({
    spec: { kind: 'scb', table, ...(lang ? { lang } : {}), refresh: true },
    request: { members: stored.value.members, years },
  });
}

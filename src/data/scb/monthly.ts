import { fail, MAX_POPULATION, Member, ok, PopulationEstimate, Result } from '../../domain';
import { JsonStatDimension, readJsonStat } from '../jsonStat';
import { scbGetJson, ScbRequest } from './client';
import { SCB_BASE_URL } from './url';

/** SCB's preliminary folkmängd per month (last day of the month), by region, age and sex. */
export const SCB_MONTHLY_TABLE = 'TAB6471';

/** Category codes SCB uses for a dimension's total. */
const TOTAL_CODES = ['tot', 'totalt', 'TotSa', 'TotSA', '1+2', 'SC'];

export type MonthlyRequest = Pick<
  ScbRequest,
  'signal' | 'fetch' | 'baseUrl' | 'timeoutMs' | 'now' | 'maxRetries' | 'sleep'
> & {
  readonly members: readonly Member[];
  /** The year-end being forecast: a month after 31 December of the year before is wanted. */
  readonly populationYear: number;
};

/**
 * Why the monthly figures cannot be used, so the caller falls back to the latest year-end:
 * 'no-kommun-level' (the table has no row for a member), 'no-newer-month' (nothing after the latest
 * year-end), 'no-total' (a dimension has neither a total nor may be eliminated), or SCB's own failure.
 */
export type MonthlyFailure = 'no-kommun-level' | 'no-newer-month' | 'no-total' | 'scb';

/** "2026M09" → "2026-09-30" (the figure is folkmängd on the last day of the month). */
export function monthEndDate(month: string): string | undefined {
  const m = /^(\d{4})M(\d{2})$/.exec(month);
  if (!m) return undefined;
  const [year, mm] = [Number(m[1]), Number(m[2])];
  if (mm < 1 || mm > 12) return undefined;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

/**
 * The forecast figure from SCB's monthly table (TAB6471): reads the table's metadata
 * (`/tables/TAB6471/metadata`, json-stat2 without values) for the kommun codes, the latest month and
 * the totals of Kon and Alder, then asks for the members' folkmängd that month in one GET. The
 * published totals are taken (from 2025 SCB adds noise to every cell; parts are never summed).
 *
 * @example
 * await fetchScbMonthlyEstimate({ members: SODERTORN_MEMBERS, populationYear: 2026 })
 * // → ok({ populationDate: '2026-09-30', basis: 'month', figures: [{ code: '0127', population: …, table: 'TAB6471' }, …] })
 * // → { ok: false, reason: 'no-kommun-level', … } when the table has only län
 */
export async function fetchScbMonthlyEstimate(
  request: MonthlyRequest,
): Promise<Result<PopulationEstimate> & { reason?: MonthlyFailure }> {
  const base = request.baseUrl ?? SCB_BASE_URL;
  const metadata = await scbGetJson(`${base}/tables/${SCB_MONTHLY_TABLE}/metadata?lang=sv`, request);
  if (!metadata.ok) return { ...metadata, reason: 'scb' };
  // The metadata is a json-stat2 dataset without values; read its dimensions only.
  const meta = readJsonStat({ ...(metadata.value as object), value: {} });
  if (!meta.ok) return { ...meta, reason: 'scb' };
  const dims = meta.value.dimensions;
  const region = dims.find((d) => d.id === 'Region');
  const time = dims.find((d) => d.id === (meta.value.timeId ?? 'Tid'));
  const contents = dims.find((d) => d.id === (meta.value.metricId ?? 'ContentsCode'));
  if (!region || !time || !contents)
    return because(
      'no-kommun-level',
      'tabellen saknar region, tid eller innehåll',
      'the table lacks region, time or contents',
    );
  const missing = request.members.find((m) => !region.codes.includes(m.code));
  if (missing) {
    return because(
      'no-kommun-level',
      `tabellen har ingen uppgift på kommunnivå (saknar ${missing.name} ${missing.code})`,
      `the table has no municipality level (lacks ${missing.name} ${missing.code})`,
    );
  }
  const month = [...time.codes]
    .filter((c) => monthEndDate(c))
    .sort()
    .at(-1);
  if (!month || month <= `${request.populationYear - 1}M12`) {
    return because(
      'no-newer-month',
      `tabellen har ingen månad efter december ${request.populationYear - 1}`,
      `the table has no month after December ${request.populationYear - 1}`,
    );
  }
  const fixed: [string, string][] = [];
  for (const dim of dims) {
    if (dim === region || dim === time || dim === contents) continue;
    const total = totalOf(dim);
    if (total === undefined) {
      return because(
        'no-total',
        `dimensionen ${dim.label} har ingen total och får inte utelämnas`,
        `the dimension ${dim.label} has no total and may not be left out`,
      );
    }
    if (total !== null) fixed.push([dim.id, total]);
  }
  const content = contents.codes.find((c) => /folkmängd/i.test(contents.labels.get(c) ?? '')) ?? contents.codes[0]!;
  const codes = request.members.map((m) => m.code);
  const params = [
    'lang=sv',
    'outputFormat=json-stat2',
    `valueCodes[Region]=${codes.map(encodeURIComponent).join(',')}`,
    ...fixed.map(([id, code]) => `valueCodes[${id}]=${encodeURIComponent(code)}`),
    `valueCodes[ContentsCode]=${encodeURIComponent(content)}`,
    `valueCodes[Tid]=${encodeURIComponent(month)}`,
  ];
  const data = await scbGetJson(`${base}/tables/${SCB_MONTHLY_TABLE}/data?${params.join('&')}`, request);
  if (!data.ok) return { ...data, reason: 'scb' };
  const read = readJsonStat(data.value);
  if (!read.ok) return { ...read, reason: 'scb' };
  const ds = read.value;
  const r = ds.dimensions.find((d) => d.id === 'Region');
  const t = ds.dimensions.find((d) => d.id === time.id);
  if (!r || !t || ds.dimensions.some((d) => d !== r && d.codes.length !== 1) || !t.codes.includes(month)) {
    return because('scb', 'svaret har inte den form frågan bad om', 'the answer is not shaped as asked');
  }
  const figures = [];
  for (const m of request.members) {
    const i = r.codes.indexOf(m.code);
    const population = i < 0 ? null : ds.value(ds.dimensions.map((d) => (d === r ? i : 0)));
    if (population === null || population <= 0 || !Number.isInteger(population) || population > MAX_POPULATION) {
      return because(
        'scb',
        `svaret saknar folkmängd för ${m.name} (${m.code}) ${month}`,
        `the answer lacks the population of ${m.name} (${m.code}) ${month}`,
      );
    }
    figures.push({ code: m.code, population, table: SCB_MONTHLY_TABLE });
  }
  const now = (request.now ?? (() => new Date()))();
  return ok({
    populationDate: monthEndDate(month)!,
    basis: 'month',
    figures,
    source: {
      kind: 'scb',
      label: `SCB, tabell ${SCB_MONTHLY_TABLE} (preliminär folkmängd per månad, ${month})`,
      tables: [SCB_MONTHLY_TABLE],
      retrievedAt: now.toISOString(),
    },
  });
}

/** The code to ask for a dimension's total; null to leave it out (SCB sums it); undefined: neither. */
function totalOf(dim: JsonStatDimension): string | null | undefined {
  if (dim.codes.length === 1) return dim.codes[0]!;
  const total = dim.codes.find(
    (c) => c === dim.eliminationValueCode || TOTAL_CODES.includes(c) || /^totalt?\b/i.test(dim.labels.get(c) ?? ''),
  );
  if (total) return total;
  return dim.elimination ? null : undefined;
}

const because = (reason: MonthlyFailure, sv: string, en: string): Result<never> & { reason: MonthlyFailure } => ({
  ...fail(
    'scb-monthly-unusable',
    `SCB:s månadsstatistik (${SCB_MONTHLY_TABLE}) kan inte användas: ${sv}.`,
    `SCB's monthly figures (${SCB_MONTHLY_TABLE}) cannot be used: ${en}.`,
  ),
  reason,
});

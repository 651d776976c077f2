import { checkFigure, fail, Member, ok, PopulationFigure, PopulationSource, Result } from '../domain';
import { JsonStatDataset, JsonStatDimension, readJsonStat } from './jsonStat';
import { asJsonStat2 } from './jsonStatForms';
import { PopulationFile } from './populationTable';

/** Measures that are folkmängd in SCB's population tables. */
const POPULATION_MEASURES = ['BE0101N1', 'BE0101U2', '000007ME', '000007SF', '00000799'];
/** Category codes SCB uses for "all" in a dimension (totals are published; never sum their parts). */
const TOTAL_CODES = ['tot', 'TotSA', 'TotSa', 'SC', '1+2', 'totalt', 'Totalt', 'T'];

/**
 * Population by municipality and year-end from a json-stat2 dataset: any table with a Region and a
 * Tid dimension and a population measure. Other dimensions must be fixed: a single category, or the
 * table's published total, or — where the table has no total and the dimension may be eliminated —
 * the sum of its categories (as TAB638 by sex and marital status). Monthly tables give the year-end
 * as the December figure (2025M12 → 31 december 2025). A zero or missing value (a municipality before
 * it existed) is no figure. Codes that are not municipalities (län, riket) are left out.
 */
export function populationFromJsonStat(json: unknown, source: PopulationSource): Result<PopulationFile> {
  // json-stat 1.x, a collection of one, or PxWeb API v1's own JSON: the same dataset.
  const normal = asJsonStat2(json);
  if (!normal.ok) return normal;
  const read = readJsonStat(normal.value);
  return read.ok ? populationFromDataset(read.value, source) : read;
}

/**
 * Population by municipality and year-end from a statistical table in the json-stat model, whatever
 * file it came in (json-stat2, PC-Axis): see populationFromJsonStat for the rules.
 *
 * @example populationFromDataset(readPx(pxText).value, source) // ok({ series: { figures: [{ code: '0114', year: 2024, population: … }] }, … })
 */
export function populationFromDataset(data: JsonStatDataset, source: PopulationSource): Result<PopulationFile> {
  const region = data.dimensions.find((d) => d.id === 'Region' || /region/i.test(d.label));
  const time = data.dimensions.find((d) => d.id === (data.timeId ?? 'Tid'));
  if (!region || !time) {
    return reject('tabellen saknar dimensionerna Region och Tid.', 'the table lacks the Region and Tid dimensions.');
  }
  const fixed = new Map<string, number[]>();
  for (const dim of data.dimensions) {
    if (dim === region || dim === time) continue;
    const choice = dim.id === (data.metricId ?? 'ContentsCode') ? measure(dim) : categoriesToTake(dim);
    if (!choice.ok) return choice;
    fixed.set(dim.id, choice.value);
  }
  const yearOf = (code: string): number | undefined => {
    const year = /^(\d{4})$/.exec(code);
    if (year) return Number(year[1]);
    const december = /^(\d{4})M12$/.exec(code);
    return december ? Number(december[1]) : undefined;
  };
  const years = time.codes
    .map((c, i) => ({ year: yearOf(c), i }))
    .filter((y): y is { year: number; i: number } => y.year !== undefined);
  if (!years.length) {
    return reject(
      `tidsdimensionen har inga årsskiften (${time.codes.slice(0, 3).join(', ')} …); folkmängd 31 december behövs, för månadstabeller december.`,
      `the time dimension has no year-ends (${time.codes.slice(0, 3).join(', ')} …); 31 December figures are needed, December for monthly tables.`,
    );
  }
  const municipalities = region.codes.map((c, i) => ({ code: c, i })).filter((r) => /^\d{4}$/.test(r.code));
  if (!municipalities.length) {
    return reject(
      `regionerna är inte kommuner (${region.codes.slice(0, 3).join(', ')} …); kommunkoder har fyra siffror.`,
      `the regions are not municipalities (${region.codes.slice(0, 3).join(', ')} …); municipality codes have four digits.`,
    );
  }

  const figures: PopulationFigure[] = [];
  const table = data.tableId ?? source.tables?.[0];
  for (const r of municipalities) {
    for (const y of years) {
      const total = sumOver(data, (id) => (id === region.id ? [r.i] : id === time.id ? [y.i] : fixed.get(id)!));
      if (total === null)
        return reject(
          `ett värde saknas för ${r.code} ${time.codes[y.i]} mitt i tabellen.`,
          `a value is missing for ${r.code} ${time.codes[y.i]}.`,
        );
      if (total === 0) continue;
      // Nothing the file does not hold becomes a fee: 1e308, a fraction or a number past 2^53 is refused here.
      const member = { code: r.code, name: (region.labels.get(r.code) ?? r.code).replace(/\s+kommun$/i, '') };
      const checked = checkFigure(member, y.year, total);
      if (!checked.ok)
        return reject(
          `värdet för ${r.code} ${time.codes[y.i]}: ${checked.error.message.sv}`,
          `the value for ${r.code} ${time.codes[y.i]}: ${checked.error.message.en}`,
        );
      figures.push({ code: r.code, year: y.year, population: checked.value, ...(table ? { table } : {}) });
    }
  }
  const members: Member[] = municipalities.map((r) => ({
    code: r.code,
    name: region.labels.get(r.code)!.replace(/\s+kommun$/i, ''),
  }));
  return ok({
    series: {
      figures,
      source: {
        ...source,
        ...(table && !source.tables ? { tables: [table] } : {}),
        label: source.label || `SCB ${table ?? ''}: ${data.label}`.trim(),
        ...(data.updated ? { updated: data.updated } : {}),
        ...(data.label ? { title: data.label } : {}),
      },
    },
    members,
  });
}

function measure(dim: JsonStatDimension): Result<number[]> {
  if (dim.codes.length === 1) return ok([0]);
  const i = dim.codes.findIndex((c) => POPULATION_MEASURES.includes(c) || /folkmängd/i.test(dim.labels.get(c) ?? ''));
  return i >= 0
    ? ok([i])
    : reject(
        `tabellen har flera mått (${dim.codes.join(', ')}) och inget av dem är folkmängd.`,
        `the table has several measures (${dim.codes.join(', ')}) and none is population.`,
      );
}

function categoriesToTake(dim: JsonStatDimension): Result<number[]> {
  const isTotal = (c: string) =>
    c === dim.eliminationValueCode || TOTAL_CODES.includes(c) || /^totalt?\b/i.test(dim.labels.get(c) ?? '');
  if (dim.codes.length === 1) {
    // One value of a dimension the table could have totalled (ålder 38, män): a part of the population, not all of it.
    if (
      (dim.elimination || /ålder|age|kön|sex|civilstånd|marital/i.test(`${dim.id} ${dim.label}`)) &&
      !isTotal(dim.codes[0]!)
    ) {
      const only = dim.labels.get(dim.codes[0]!) ?? dim.codes[0]!;
      return reject(
        `tabellen gäller bara ”${only}” av ”${dim.label}”, inte hela folkmängden. Hämta den med ”${dim.label}” totalt (eller utan den).`,
        `the table holds only "${only}" of "${dim.label}", not the whole population. Fetch it with "${dim.label}" in total (or without it).`,
      );
    }
    return ok([0]);
  }
  const total = dim.codes.findIndex(isTotal);
  if (total >= 0) return ok([total]);
  if (dim.elimination) return ok(dim.codes.map((_, i) => i));
  return reject(
    `dimensionen ”${dim.label}” har flera värden (${dim.codes.slice(0, 4).join(', ')} …) utan total och får inte summeras. Hämta tabellen med en total för ${dim.label}.`,
    `the dimension "${dim.label}" has several values (${dim.codes.slice(0, 4).join(', ')} …) without a total and may not be summed. Fetch the table with a total for ${dim.label}.`,
  );
}

/** Sums the values over every combination of the chosen positions; null if any is missing. */
function sumOver(data: JsonStatDataset, chosen: (id: string) => number[]): number | null {
  const lists = data.dimensions.map((d) => chosen(d.id));
  let sum = 0;
  // A part that is no finite number, or too large to add exactly, is the answer itself: it is refused by
  // its own value (1e+308, Infinity), never hidden in a sum.
  let odd: number | undefined;
  const positions = new Array<number>(lists.length).fill(0);
  const walk = (depth: number): boolean => {
    if (depth === lists.length) {
      const v = data.value(positions);
      if (v === null) return false;
      if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER) odd ??= v;
      sum += v;
      return true;
    }
    for (const p of lists[depth]!) {
      positions[depth] = p;
      if (!walk(depth + 1)) return false;
    }
    return true;
  };
  return walk(0) ? (odd ?? sum) : null;
}

const reject = <T>(sv: string, en: string): Result<T> =>
  fail(
    'jsonstat-population',
    `Tabellen kan inte läsas som folkmängd per kommun: ${sv}`,
    `The table cannot be read as population by municipality: ${en}`,
  );

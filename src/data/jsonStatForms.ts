import { fail, ok, Result } from '../domain';
import { MAX_TABLE_CELLS } from './jsonStat';

/**
 * The JSON that SCB's APIs have given over the years, as the one json-stat2 dataset the readers take:
 * a json-stat2 dataset as it is; a json-stat 1.x answer (PxWeb API v1's "json-stat": datasets by name,
 * `id`, `size` and `role` inside `dimension`) and a json-stat2 collection with one embedded dataset,
 * unwrapped; PxWeb API v1's own "json" (`columns` and `data` rows) turned into a dataset. Anything else
 * is left to the json-stat2 reader to refuse.
 *
 * @example asJsonStat2({ dataset: { dimension: { id: ['Region', 'Tid'], size: [1, 1], Region: …, Tid: … }, value: [99000] } })
 * // ok({ class: 'dataset', version: '2.0', id: ['Region', 'Tid'], size: [1, 1], dimension: { Region: …, Tid: … }, value: [99000] })
 */
export function asJsonStat2(json: unknown): Result<unknown> {
  if (!isRecord(json)) return ok(json);
  if (json.class === 'dataset') return ok(json);
  if (json.class === 'collection') {
    const items =
      isRecord(json.link) && Array.isArray(json.link.item)
        ? json.link.item.filter((x) => isRecord(x) && x.class === 'dataset' && 'value' in x)
        : [];
    if (items.length === 1) return ok(items[0]);
    return fail(
      'jsonstat-collection',
      `Filen är en json-stat-samling med ${items.length} tabeller med data; spara en tabell (folkmängd per kommun och år) från SCB och välj den.`,
      `The file is a json-stat collection holding ${items.length} tables with data; save one table (population by municipality and year) from SCB and choose it.`,
    );
  }
  if (Array.isArray(json.columns) && Array.isArray(json.data))
    return pxWebV1(json.columns, json.data, Array.isArray(json.metadata) ? json.metadata[0] : undefined);
  // json-stat 1.x: { "dataset": { "dimension": { "id": […], "size": […], "role": {…}, … }, "value": […] } }
  const bundled = Object.values(json).filter((x): x is Record<string, unknown> => isRecord(x) && isRecord(x.dimension));
  if (bundled.length > 1) {
    return fail(
      'jsonstat-bundle',
      `Filen har ${bundled.length} tabeller; spara en tabell (folkmängd per kommun och år) och välj den.`,
      `The file holds ${bundled.length} tables; save one table (population by municipality and year) and choose it.`,
    );
  }
  const one = bundled[0];
  if (!one) return ok(json);
  const dimension = one.dimension as Record<string, unknown>;
  const { id, size, role, ...dimensions } = dimension;
  return ok({
    ...one,
    class: 'dataset',
    version: '2.0',
    id: one.id ?? id,
    size: one.size ?? size,
    ...((role ?? one.role) ? { role: role ?? one.role } : {}),
    dimension: dimensions,
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * PxWeb API v1's "json" answer: a column per dimension (type d, or t for time) and per content (type c),
 * a row per combination with its key codes and one value per content column, "..", "-" for missing.
 */
function pxWebV1(columns: unknown[], rows: unknown[], metadata: unknown): Result<unknown> {
  const cols = columns
    .filter(isRecord)
    .map((c) => ({ code: String(c.code ?? ''), text: String(c.text ?? c.code ?? ''), type: String(c.type ?? 'd') }));
  const keyed = cols.filter((c) => c.type !== 'c');
  const contents = cols.filter((c) => c.type === 'c');
  if (!keyed.length || !contents.length)
    return fail(
      'pxweb-v1',
      'PxWeb-svaret har inga kolumner för dimensioner och innehåll.',
      'The PxWeb answer has no dimension and content columns.',
    );
  const codes = keyed.map(() => new Map<string, number>());
  const cells: { key: string[]; values: unknown[] }[] = [];
  for (const row of rows) {
    if (!isRecord(row) || !Array.isArray(row.key) || !Array.isArray(row.values) || row.key.length !== keyed.length) {
      return fail(
        'pxweb-v1',
        'en rad i PxWeb-svaret har inte en nyckel per dimension.',
        'a row of the PxWeb answer lacks a key per dimension.',
      );
    }
    const key = row.key.map(String);
    key.forEach((k, i) => codes[i]!.has(k) || codes[i]!.set(k, codes[i]!.size));
    cells.push({ key, values: row.values });
  }
  const sizes = [...codes.map((m) => m.size), contents.length];
  const total = sizes.reduce((p, s) => p * s, 1);
  if (total > MAX_TABLE_CELLS)
    return fail(
      'pxweb-v1',
      `PxWeb-svaret har ${total} celler; hämta färre kommuner eller år.`,
      `The PxWeb answer has ${total} cells; fetch fewer municipalities or years.`,
    );
  const value: (number | null)[] = new Array<number | null>(total).fill(null);
  for (const cell of cells) {
    const base = cell.key.reduce((at, k, i) => at * sizes[i]! + codes[i]!.get(k)!, 0);
    cell.values.forEach((v, c) => {
      const n = typeof v === 'number' ? v : /^\s*-?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i.test(String(v)) ? Number(v) : null;
      value[base * contents.length + c] = n;
    });
  }
  const time = keyed.find((c) => c.type === 't');
  const dimension: Record<string, unknown> = {};
  keyed.forEach((c, i) => (dimension[c.code] = { label: c.text, category: { index: [...codes[i]!.keys()] } }));
  dimension.ContentsCode = {
    label: 'tabellinnehåll',
    category: { index: contents.map((c) => c.code), label: Object.fromEntries(contents.map((c) => [c.code, c.text])) },
  };
  const meta = isRecord(metadata) ? metadata : {};
  return ok({
    class: 'dataset',
    version: '2.0',
    label: typeof meta.label === 'string' ? meta.label : '',
    ...(typeof meta.updated === 'string' ? { updated: meta.updated } : {}),
    id: [...keyed.map((c) => c.code), 'ContentsCode'],
    size: sizes,
    ...(time ? { role: { time: [time.code], metric: ['ContentsCode'] } } : { role: { metric: ['ContentsCode'] } }),
    dimension,
    value,
  });
}

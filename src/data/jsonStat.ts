import { fail, ok, Result } from '../domain';

/** One dimension of a json-stat2 dataset, its categories in **index** order. */
export interface JsonStatDimension {
  readonly id: string;
  readonly label: string;
  /** Category codes ordered by their index value (never by JSON key order). */
  readonly codes: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  /** PxWeb: the dimension may be left out of a query and the server then totals it. */
  readonly elimination: boolean;
  readonly eliminationValueCode?: string;
}

/** What a statistical table may hold in cells before it is refused unread (8 bytes a cell): PC-Axis, PxWeb v1. */
export const MAX_TABLE_CELLS = 20_000_000;

export interface JsonStatDataset {
  readonly label: string;
  readonly source?: string;
  readonly updated?: string;
  readonly tableId?: string;
  readonly dimensions: readonly JsonStatDimension[];
  readonly timeId?: string;
  readonly metricId?: string;
  /** The value at one category position per dimension (null where the table has none). */
  value(positions: readonly number[]): number | null;
}

const bad = (sv: string, en: string) =>
  fail<JsonStatDataset>(
    'jsonstat-invalid',
    `Filen är inte en json-stat2-tabell som går att läsa: ${sv}`,
    `Not a readable json-stat2 dataset: ${en}`,
  );

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a json-stat2 dataset (as SCB's PxWebApi 2.0 returns it). Values are row-major over `id`;
 * each category's position is its index value. A dataset whose value count does not match its size
 * is rejected: never half a table.
 */
export function readJsonStat(json: unknown): Result<JsonStatDataset> {
  if (!isRecord(json)) return bad('inget JSON-objekt.', 'not a JSON object.');
  if (json.class !== 'dataset') return bad('class är inte "dataset".', 'class is not "dataset".');
  const ids = json.id;
  const sizes = json.size;
  if (!Array.isArray(ids) || !Array.isArray(sizes) || ids.length !== sizes.length || ids.length === 0) {
    return bad('id och size saknas eller stämmer inte överens.', 'id and size are missing or disagree.');
  }
  if (!isRecord(json.dimension)) return bad('dimension saknas.', 'dimension is missing.');
  const dimensions: JsonStatDimension[] = [];
  for (const [i, id] of ids.entries()) {
    const dim = json.dimension[String(id)];
    const size = sizes[i];
    if (!isRecord(dim) || !isRecord(dim.category) || typeof size !== 'number')
      return bad(`dimensionen ${String(id)} saknas.`, `dimension ${String(id)} is missing.`);
    const codes = categoryCodes(dim.category.index, dim.category.label);
    if (!codes || codes.length !== size)
      return bad(
        `dimensionen ${String(id)} har ${codes?.length ?? 0} kategorier men size säger ${size}.`,
        `dimension ${String(id)} has ${codes?.length ?? 0} categories but size says ${size}.`,
      );
    const labels = isRecord(dim.category.label) ? dim.category.label : {};
    const extension = isRecord(dim.extension) ? dim.extension : {};
    dimensions.push({
      id: String(id),
      label: typeof dim.label === 'string' ? dim.label : String(id),
      codes,
      labels: new Map(codes.map((c) => [c, typeof labels[c] === 'string' ? (labels[c] as string) : c])),
      elimination: extension.elimination === true,
      ...(typeof extension.eliminationValueCode === 'string'
        ? { eliminationValueCode: extension.eliminationValueCode }
        : {}),
    });
  }
  const total = sizes.reduce((p: number, s: number) => p * s, 1);
  const values = readValues(json.value, total);
  if (!values)
    return bad(
      `value har inte ${total} värden (tabellen är ofullständig).`,
      `value does not hold ${total} values (incomplete table).`,
    );
  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((p: number, s: number) => p * s, 1));
  const role = isRecord(json.role) ? json.role : {};
  const first = (x: unknown) => (Array.isArray(x) && typeof x[0] === 'string' ? x[0] : undefined);
  const extension = isRecord(json.extension) && isRecord(json.extension.px) ? json.extension.px : {};
  const timeId = first(role.time);
  const metricId = first(role.metric);
  return ok({
    label: typeof json.label === 'string' ? json.label : '',
    ...(typeof json.source === 'string' ? { source: json.source } : {}),
    ...(typeof json.updated === 'string' ? { updated: json.updated } : {}),
    ...(typeof extension.tableid === 'string' ? { tableId: extension.tableid } : {}),
    dimensions,
    ...(timeId ? { timeId } : {}),
    ...(metricId ? { metricId } : {}),
    value: (positions) => values(positions.reduce((s, p, i) => s + p * strides[i]!, 0)),
  });
}

/** Category codes ordered by index; index may be an object {code: position} or an array. */
function categoryCodes(index: unknown, label: unknown): string[] | undefined {
  if (Array.isArray(index)) return index.every((c) => typeof c === 'string') ? (index as string[]) : undefined;
  if (isRecord(index)) {
    const entries = Object.entries(index);
    const codes: string[] = [];
    for (const [code, position] of entries) {
      if (
        typeof position !== 'number' ||
        !Number.isInteger(position) ||
        position < 0 ||
        position >= entries.length ||
        codes[position] !== undefined
      )
        return undefined;
      codes[position] = code;
    }
    return codes;
  }
  // A dimension with a single category may give only labels.
  if (index === undefined && isRecord(label)) {
    const keys = Object.keys(label);
    return keys.length === 1 ? keys : undefined;
  }
  return undefined;
}

function readValues(value: unknown, total: number): ((i: number) => number | null) | undefined {
  // A number stays what the file says (Infinity from 1e309 included): its reader decides, and refuses it by name.
  const cell = (v: unknown) => (typeof v === 'number' ? v : null);
  if (Array.isArray(value)) {
    if (value.length !== total || value.some((v) => v !== null && typeof v !== 'number')) return undefined;
    return (i) => cell(value[i]);
  }
  if (isRecord(value)) {
    if (Object.keys(value).some((k) => !/^\d+$/.test(k) || Number(k) >= total)) return undefined;
    return (i) => cell(value[String(i)]);
  }
  return undefined;
}

import {
  checkFigure,
  fail,
  Member,
  ok,
  parseKommunkod,
  PopulationFigure,
  PopulationSeries,
  PopulationSource,
  Result,
} from '../domain';
import { parseCsv } from './csv';

/** Columns of the shared population format: kommunkod,kommun,ar,folkmangd_31dec[,kalla_tabell]. */
const COLUMNS = {
  code: ['kommunkod', 'kod', 'regionkod', 'region'],
  name: ['kommun', 'kommunnamn', 'namn'],
  year: ['ar', 'år', 'year'],
  population: ['folkmangd_31dec', 'folkmängd_31dec', 'folkmangd', 'folkmängd', 'population'],
  table: ['kalla_tabell', 'källa_tabell', 'tabell', 'table'],
};

export interface PopulationFile {
  readonly series: PopulationSeries;
  /** The municipalities named in the file, in first-seen order. */
  readonly members: Member[];
}

/**
 * Reads population figures from CSV text in the shared format. Every row is checked; the first bad
 * one is reported with its line number, and nothing is returned from a file with a bad row.
 */
export function parsePopulationCsv(text: string, source: PopulationSource): Result<PopulationFile> {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header) {
    return fail('csv-empty', `Filen ${source.location ?? ''} är tom.`.replace('  ', ' '), 'The file is empty.');
  }
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const idx = {
    code: col(COLUMNS.code),
    name: col(COLUMNS.name),
    year: col(COLUMNS.year),
    population: col(COLUMNS.population),
    table: col(COLUMNS.table),
  };
  if (idx.code < 0 || idx.year < 0 || idx.population < 0) {
    return fail(
      'csv-header',
      'Befolkningsfilen måste ha kolumnerna kommunkod, ar och folkmangd_31dec (och gärna kommun och kalla_tabell).',
      'The population file needs the columns kommunkod, ar and folkmangd_31dec (and preferably kommun and kalla_tabell).',
    );
  }
  const figures: PopulationFigure[] = [];
  const members = new Map<string, Member>();
  const seen = new Set<string>();
  for (const [i, row] of rows.slice(1).entries()) {
    const line = i + 2;
    const code = parseKommunkod(row[idx.code] ?? '');
    if (!code.ok) return lineError(line, code.error.message);
    const name = (idx.name >= 0 ? row[idx.name]?.trim() : '') || `kommun ${code.value}`;
    const member = { code: code.value, name };
    const yearText = (row[idx.year] ?? '').trim();
    if (!/^\d{4}$/.test(yearText)) {
      return lineError(line, {
        sv: `”${yearText}” är inget årtal (fyra siffror).`,
        en: `"${yearText}" is not a year (four digits).`,
      });
    }
    const year = Number(yearText);
    const population = readInteger(row[idx.population] ?? '');
    const checked = checkFigure(member, year, population);
    if (!checked.ok) return lineError(line, checked.error.message);
    const key = `${member.code}:${year}`;
    if (seen.has(key)) {
      return lineError(line, {
        sv: `${name} (${member.code}) ${year} finns redan på en tidigare rad.`,
        en: `${name} (${member.code}) ${year} already appears on an earlier row.`,
      });
    }
    seen.add(key);
    if (!members.has(member.code)) members.set(member.code, member);
    const table = idx.table >= 0 ? row[idx.table]?.trim() : undefined;
    figures.push({ code: member.code, year, population: checked.value, ...(table ? { table } : {}) });
  }
  if (figures.length === 0) {
    return fail('csv-no-rows', 'Befolkningsfilen har inga rader med folkmängd.', 'The population file has no population rows.');
  }
  const tables = [...new Set(figures.flatMap((f) => (f.table ? [f.table] : [])))];
  return ok({
    series: { figures, source: tables.length && !source.tables ? { ...source, tables } : source },
    members: [...members.values()],
  });
}

/** "96750", "96 750" (also with a no-break space) → 96750; "96750.5" → 96750.5 (rejected later). */
function readInteger(text: string): number | string {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return text.trim();
}

function lineError<T>(line: number, message: { sv: string; en: string }): Result<T> {
  return fail('csv-row', `Rad ${line}: ${message.sv}`, `Line ${line}: ${message.en}`);
}

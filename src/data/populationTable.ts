import { checkFigure, fail, Member, ok, parseKommunkod, PopulationFigure, PopulationSeries, PopulationSource, Result } from '../domain';

export interface PopulationFile {
  readonly series: PopulationSeries;
  /** The municipalities named in the data, in first-seen order. */
  readonly members: Member[];
}

const COLUMNS = {
  code: ['kommunkod', 'kod', 'regionkod', 'code'],
  name: ['kommun', 'kommunnamn', 'namn', 'name'],
  year: ['ar', 'år', 'year'],
  population: ['folkmangd_31dec', 'folkmängd_31dec', 'folkmangd', 'folkmängd', 'population'],
  table: ['kalla_tabell', 'källa_tabell', 'tabell', 'table'],
};

/**
 * Reads population from a table of cells, in either shape officers have:
 * - long, as the shared CSV: kommunkod, kommun, ar, folkmangd_31dec[, kalla_tabell], one row per figure;
 * - wide, as the Befolkning sheet: kommunkod, kommun, then one column per year.
 * The header row is found (titles above it are skipped). Every row is checked and the first bad one
 * is reported with its row number; a table with a bad row gives nothing.
 */
export function parsePopulationTable(rows: readonly (readonly unknown[])[], source: PopulationSource): Result<PopulationFile> {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const headerAt = rows.findIndex((r) => r.some((c) => COLUMNS.code.includes(text(c).toLowerCase())));
  if (headerAt < 0) {
    return rows.length === 0
      ? fail('population-empty', 'Befolkningsdata saknas: filen eller området är tomt.', 'No population data: the file or range is empty.')
      : fail('population-header', 'Befolkningsdata behöver en rubrikrad med kommunkod, kommun och antingen ar och folkmangd_31dec eller en kolumn per år.', 'Population data needs a header row with kommunkod, kommun and either ar and folkmangd_31dec or one column per year.');
  }
  const header = rows[headerAt]!.map((c) => text(c).toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const idx = { code: col(COLUMNS.code), name: col(COLUMNS.name), year: col(COLUMNS.year), population: col(COLUMNS.population), table: col(COLUMNS.table) };
  const yearColumns = header.map((h, i) => ({ year: /^\d{4}$/.test(h) ? Number(h) : undefined, i })).filter((y): y is { year: number; i: number } => y.year !== undefined);
  const long = idx.year >= 0 && idx.population >= 0;
  if (!long && !yearColumns.length) {
    return fail('population-header', 'Befolkningsdata behöver kolumnerna ar och folkmangd_31dec, eller en kolumn per år (till exempel 2024, 2025).', 'Population data needs the columns ar and folkmangd_31dec, or one column per year (e.g. 2024, 2025).');
  }

  const figures: PopulationFigure[] = [];
  const members = new Map<string, Member>();
  const seen = new Set<string>();
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const codeText = text(row[idx.code]);
    const nameText = idx.name >= 0 ? text(row[idx.name]) : '';
    if (!codeText) {
      // A total row ("Summa") or a blank row in a sheet is not data.
      if (!long || row.every((c) => text(c) === '')) continue;
    }
    const code = parseKommunkod(typeof row[idx.code] === 'number' ? row[idx.code] : codeText);
    if (!code.ok) return lineError(line, code.error.message);
    const member = members.get(code.value) ?? { code: code.value, name: nameText || `kommun ${code.value}` };
    members.set(member.code, member);
    const add = (year: number, value: unknown, table?: string): Result<null> => {
      const checked = checkFigure(member, year, readInteger(value));
      if (!checked.ok) return lineError(line, checked.error.message);
      const key = `${member.code}:${year}`;
      if (seen.has(key)) return lineError(line, { sv: `${member.name} (${member.code}) ${year} finns redan på en tidigare rad.`, en: `${member.name} (${member.code}) ${year} already appears on an earlier row.` });
      seen.add(key);
      figures.push({ code: member.code, year, population: checked.value, ...(table ? { table } : {}) });
      return ok(null);
    };
    if (long) {
      const yearText = text(row[idx.year]);
      if (!/^\d{4}$/.test(yearText)) return lineError(line, { sv: `”${yearText}” är inget årtal (fyra siffror).`, en: `"${yearText}" is not a year (four digits).` });
      const added = add(Number(yearText), row[idx.population], idx.table >= 0 ? text(row[idx.table]) || undefined : undefined);
      if (!added.ok) return added;
    } else {
      for (const y of yearColumns) {
        if (text(row[y.i]) === '') continue; // a year before the member joined
        const added = add(y.year, row[y.i]);
        if (!added.ok) return added;
      }
    }
  }
  if (figures.length === 0) {
    return fail('population-no-rows', 'Befolkningsdata har inga rader med folkmängd.', 'The population data has no rows with population.');
  }
  const tables = [...new Set(figures.flatMap((f) => (f.table ? [f.table] : [])))];
  return ok({
    series: { figures, source: tables.length && !source.tables ? { ...source, tables } : source },
    members: [...members.values()],
  });
}

/** 96750, "96750", "96 750" (any space) → 96750; anything else is returned for the check to name. */
function readInteger(value: unknown): unknown {
  if (typeof value === 'number') return value;
  const compact = String(value ?? '').trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return String(value ?? '').trim();
}

function lineError<T>(line: number, message: { sv: string; en: string }): Result<T> {
  return fail('population-row', `Rad ${line}: ${message.sv}`, `Row ${line}: ${message.en}`);
}

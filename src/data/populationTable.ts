import {
  checkFigure,
  echoed as cut,
  fail,
  Member,
  ok,
  parseKommunkod,
  PopulationFigure,
  PopulationSeries,
  PopulationSource,
  Result,
} from '../domain';

export interface PopulationFile {
  readonly series: PopulationSeries;
  /** The municipalities named in the data, in first-seen order. */
  readonly members: Member[];
}

/** Where the rows came from, for messages that name the real cause and the line as the file counts it. */
export interface TableContext {
  /** "befolkning.csv" or "Befolkning.xlsx, blad Befolkning". */
  readonly name?: string;
  /** Line (or sheet row) number of rows[0]; 1 by default. */
  readonly firstLine?: number;
  /** How the text was read, e.g. "semikolon, Windows-1252": said when a header is not found. */
  readonly reading?: { sv: string; en: string };
}

const norm = (s: string) =>
  s
    .toLocaleLowerCase('sv')
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
const COLUMNS = {
  // SCB's downloads name the column "region" and write "0127 Botkyrka" in it.
  code: ['kommunkod', 'kod', 'regionkod', 'code', 'region', 'kommun kod', 'kommun kod'],
  name: ['kommun', 'kommunnamn', 'namn', 'name', 'kommun namn'],
  year: ['ar', 'år', 'year', 'tid', 'årtal'],
  table: ['kalla tabell', 'källa tabell', 'tabell', 'table'],
};
/** The total of a dimension in SCB's downloads: kön "totalt" / "män och kvinnor" / "1+2", ålder "totalt ålder". */
const TOTAL =
  /^(totalt?|samtliga|alla|män och kvinnor|kvinnor och män|båda könen|1\+2|tot|totalt ålder|totalt, alla åldrar|samtliga civilstånd)$/i;
/** Rows under or beside the figures that are not a municipality: totals, the country, a source line. */
const NOT_A_MEMBER = /^(summa|s:a|totalt?|riket|hela riket|samtliga|källa|kalla|scb|fotnot)/i;
const POPULATION_HEADER = /folkm(a|ä)ngd|invånare|befolkning|population|^antal$|^värde$|^value$/;

/** "2025", 2025, "2025 Folkmängd", "Folkmängden per region 2025": a column per year. */
function yearOfHeader(header: string): number | undefined {
  const years = header.match(/(?<!\d)(19|20)\d\d(?!\d)/g);
  if (!years || years.length !== 1) return undefined;
  // A column such as "Kommunkod 2025" or a date "31 dec 2025" in a long table's value header is not a year column.
  const rest = header.replace(years[0]!, '').trim();
  if (rest !== '' && !POPULATION_HEADER.test(norm(rest))) return undefined;
  return Number(years[0]);
}

/**
 * Reads population from a table of cells in any shape SCB or an officer gives it:
 * - long, as the shared CSV: kommunkod, kommun, ar, folkmangd_31dec[, kalla_tabell], one row per figure;
 *   or SCB's long download: region ("0127 Botkyrka"), år, Folkmängd;
 * - wide, as the Befolkning sheet or SCB's default download: kommunkod/region, kommun, one column per year.
 * Title lines above the header and notes below the data are skipped; county and country rows of an
 * SCB download ("01 Stockholms län", "00 Riket") are not municipalities and are skipped. Every data row
 * is checked and the first bad one is reported with its line number as the file counts lines.
 *
 * @example parsePopulationTable([['Folkmängd per region'], [], ['region', '2025'], ['0127 Botkyrka', '99 000']], source)
 *   // → ok: figures [{ code: '0127', year: 2025, population: 99000 }], members [{ code: '0127', name: 'Botkyrka' }]
 */
export function parsePopulationTable(
  rows: readonly (readonly unknown[])[],
  source: PopulationSource,
  context: TableContext = {},
): Result<PopulationFile> {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const firstLine = context.firstLine ?? 1;
  const where = context.name ? `${context.name}: ` : '';
  const say = (m: string) => (where ? where + m : m.charAt(0).toUpperCase() + m.slice(1));
  let headerAt = rows.findIndex((r) => r.some((c) => COLUMNS.code.includes(norm(text(c)))));
  // SCB's downloads may leave the region column's heading empty: the column of "0127 Botkyrka" is it,
  // and the header is the row above its first value.
  let unnamedCodeColumn: number | undefined;
  if (headerAt < 0) {
    const first = rows.findIndex((r) => r.some((c) => /^\d{4}\s+\S/.test(text(c))));
    if (first > 0) {
      unnamedCodeColumn = rows[first]!.findIndex((c) => /^\d{4}\s+\S/.test(text(c)));
      headerAt = first - 1;
      while (headerAt > 0 && rows[headerAt]!.every((c) => text(c) === '')) headerAt--;
    }
  }
  if (headerAt < 0) {
    if (rows.every((r) => r.every((c) => text(c) === ''))) {
      return fail(
        'population-empty',
        say(`Befolkningsdata saknas: filen eller området är tomt.`),
        say(`No population data: the file or range is empty.`),
      );
    }
    const sample = rows.find((r) => r.filter((c) => text(c) !== '').length > 1) ?? rows.find((r) => r.length) ?? [];
    const seen = sample
      .map(text)
      .filter((t) => t !== '')
      .slice(0, 6)
      .map((t) => cut(t, 30));
    const reading = context.reading ? ` (läst som ${context.reading.sv})` : '';
    const readingEn = context.reading ? ` (read as ${context.reading.en})` : '';
    return fail(
      'population-header',
      say(
        `hittar ingen kolumn för kommunkod (kommunkod, kod eller region)${reading}. ${seen.length ? `Raden med flest fält har: ${seen.join(' | ')}.` : ''} Befolkningsdata behöver en rubrikrad med kommunkod och antingen år och folkmängd eller en kolumn per år.`.replace(
          /\s+/g,
          ' ',
        ),
      ),
      say(
        `no column for the municipality code (kommunkod, kod or region)${readingEn}. ${seen.length ? `The row with most fields has: ${seen.join(' | ')}.` : ''} Population data needs a header row with kommunkod and either year and population or one column per year.`.replace(
          /\s+/g,
          ' ',
        ),
      ),
    );
  }
  const header = rows[headerAt]!.map((c) => norm(text(c)));
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = unnamedCodeColumn ?? col(COLUMNS.code);
  // PxWeb's "xlsx, code and text in two columns" heads both with the variable's name ("region").
  const twin = header.findIndex((h, i) => i > codeCol && h !== '' && h === header[codeCol]);
  const named = twin >= 0 ? twin : col(COLUMNS.name.filter((n) => n !== header[codeCol]));
  // …or leaves the text column's heading empty: a column right of the codes holding names.
  const beside =
    header[codeCol + 1] === '' && anyBelow(rows, headerAt, (r) => /^[^\d\s][^\d]*$/.test(text(r[codeCol + 1])))
      ? codeCol + 1
      : -1;
  const nameCol = named >= 0 ? named : beside;
  const yearCol = col(COLUMNS.year);
  // The figures' column: titled as population, and — when several are ("tabellinnehåll: Folkmängd",
  // "värde") — the one holding numbers.
  const populationCols = header
    .map((_, i) => i)
    .filter(
      (i) =>
        i !== codeCol &&
        i !== nameCol &&
        i !== yearCol &&
        POPULATION_HEADER.test(header[i]!) &&
        yearOfHeader(header[i]!) === undefined,
    );
  const numeric = (i: number) => anyBelow(rows, headerAt, (r) => /^\s*\d[\d\s\u00a0]*\s*$/.test(text(r[i])));
  const populationCol = populationCols.find(numeric) ?? populationCols[0] ?? -1;
  const tableCol = col(COLUMNS.table);
  const yearColumns = header
    .map((h, i) => ({ year: i === codeCol || i === nameCol ? undefined : yearOfHeader(h), i }))
    .filter((y): y is { year: number; i: number } => y.year !== undefined);
  const long = yearCol >= 0 && populationCol >= 0;
  const headerLine = headerAt + firstLine;
  if (!long && !yearColumns.length) {
    const missing =
      yearCol >= 0
        ? 'en kolumn för folkmängd (folkmangd_31dec, Folkmängd)'
        : populationCol >= 0
          ? 'en kolumn för år (ar, år)'
          : 'kolumnerna år och folkmängd, eller en kolumn per år (till exempel 2024, 2025)';
    const missingEn =
      yearCol >= 0
        ? 'a population column (folkmangd_31dec, Folkmängd)'
        : populationCol >= 0
          ? 'a year column (ar, år)'
          : 'the columns year and population, or one column per year (e.g. 2024, 2025)';
    return fail(
      'population-header',
      say(`rubrikraden (rad ${headerLine}) saknar ${missing}.`),
      say(`the header row (line ${headerLine}) lacks ${missingEn}.`),
    );
  }
  // Other columns of an SCB download (kön, ålder, civilstånd) split a figure into parts.
  const dimensions = header
    .map((h, i) => ({ h, i }))
    .filter(
      ({ h, i }) =>
        h !== '' &&
        ![codeCol, nameCol, yearCol, populationCol, tableCol].includes(i) &&
        !yearColumns.some((y) => y.i === i),
    );

  const figures: PopulationFigure[] = [];
  const members = new Map<string, Member>();
  const seen = new Map<string, number>();
  const lineError = <T>(line: number, message: { sv: string; en: string }): Result<T> =>
    fail(
      'population-row',
      `${context.name ? `${context.name}, rad` : 'Rad'} ${line}: ${message.sv}`,
      `${context.name ? `${context.name}, line` : 'Line'} ${line}: ${message.en}`,
    );
  // A dimension that has a total ("totalt", "män och kvinnor", SCB's "1+2") is read at its total only.
  const totalled = dimensions.filter((d) => anyBelow(rows, headerAt, (row) => TOTAL.test(text(row[d.i]))));
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + firstLine;
    if (row.every((c) => text(c) === '')) continue;
    if (totalled.some((d) => !TOTAL.test(text(row[d.i])))) continue;
    const rawCode = row[codeCol];
    const codeText = text(rawCode);
    const others = row.filter((_, i) => i !== codeCol && i !== nameCol).some((c) => text(c) !== '');
    // A total row ("Summa"), a source line ("SCB-tabell") or a footnote under the data is not a figure.
    if (!codeText || (!/^\d/.test(codeText) && (!others || NOT_A_MEMBER.test(codeText)))) continue;
    const regional = /^(\d+)\s+(\S.*)$/.exec(codeText);
    if (regional && regional[1]!.length <= 2) continue; // "01 Stockholms län", "00 Riket"
    const code = parseKommunkod(regional ? regional[1] : typeof rawCode === 'number' ? rawCode : codeText);
    if (!code.ok) return lineError(line, code.error.message);
    const nameText = (nameCol >= 0 ? text(row[nameCol]) : '') || (regional ? regional[2]!.trim() : '');
    const member = members.get(code.value) ?? { code: code.value, name: nameText || `kommun ${code.value}` };
    members.set(member.code, member);
    const add = (year: number, value: unknown, table?: string): Result<null> => {
      // "80.055" or "80,055" is 80 055 with a thousands mark or 80.055 with decimals: never guessed, echoed as typed.
      if (typeof value === 'string' && /^\d{1,3}([.,]\d{3})+$/.test(value.trim())) {
        const typed = value.trim();
        return lineError(line, {
          sv: `folkmängden ”${typed}” för ${member.name} ${year} kan läsas både som ${typed.replace(/[.,]/g, ' ')} och som ett decimaltal. Skriv den utan punkt och komma (${typed.replace(/[.,]/g, '')}).`,
          en: `the population "${typed}" for ${member.name} ${year} can be read both as ${typed.replace(/[.,]/g, ',')} and as a decimal. Write it without dots and commas (${typed.replace(/[.,]/g, '')}).`,
        });
      }
      const checked = checkFigure(member, year, readInteger(value));
      if (!checked.ok) return lineError(line, checked.error.message);
      const key = `${member.code}:${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const parts = dimensions.length
          ? ` Filen delar upp folkmängden (kolumnen ${dimensions.map((d) => `”${rows[headerAt]![d.i]}”`).join(', ')}); ladda ner den med totalen i stället.`
          : '';
        const partsEn = dimensions.length
          ? ` The file splits the population (column ${dimensions.map((d) => `"${rows[headerAt]![d.i]}"`).join(', ')}); download it with the total instead.`
          : '';
        return lineError(line, {
          sv: `${member.name} (${member.code}) ${year} finns redan på rad ${earlier}.${parts}`,
          en: `${member.name} (${member.code}) ${year} already appears on line ${earlier}.${partsEn}`,
        });
      }
      seen.set(key, line);
      figures.push({ code: member.code, year, population: checked.value, ...(table ? { table } : {}) });
      return ok(null);
    };
    if (long) {
      const yearText = text(row[yearCol]);
      const year = /^(\d{4})(?:\.0+)?$/.exec(yearText);
      if (!year)
        return lineError(line, {
          sv: `”${cut(yearText, 30)}” är inget årtal (fyra siffror).`,
          en: `"${cut(yearText, 30)}" is not a year (four digits).`,
        });
      const added = add(
        Number(year[1]),
        row[populationCol],
        tableCol >= 0 ? text(row[tableCol]) || undefined : undefined,
      );
      if (!added.ok) return added;
    } else {
      for (const y of yearColumns) {
        const cell = text(row[y.i]);
        if (cell === '' || cell === '..' || cell === '-') continue; // a year before the member existed; SCB's ".." for no figure
        const added = add(y.year, row[y.i]);
        if (!added.ok) return added;
      }
    }
  }
  if (figures.length === 0) {
    return fail(
      'population-no-rows',
      say(`befolkningsdata har inga rader med folkmängd under rubrikraden (rad ${headerLine}).`),
      say(`the population data has no rows with population below the header row (line ${headerLine}).`),
    );
  }
  const tables = [...new Set(figures.flatMap((f) => (f.table ? [f.table] : [])))];
  return ok({
    series: { figures, source: tables.length && !source.tables ? { ...source, tables } : source },
    members: [...members.values()],
  });
}

/** 96750, "96750", "96 750" (any space) → 96750; anything else is returned for the check to name. */
/** Whether a row below the header matches, looked at one row at a time (no copy of the rows). */
function anyBelow(
  rows: readonly (readonly unknown[])[],
  headerAt: number,
  test: (row: readonly unknown[]) => boolean,
): boolean {
  for (let r = headerAt + 1; r < rows.length; r++) if (test(rows[r]!)) return true;
  return false;
}

function readInteger(value: unknown): unknown {
  if (typeof value === 'number') return value;
  const compact = String(value ?? '')
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return cut(String(value ?? '').trim(), 40);
}

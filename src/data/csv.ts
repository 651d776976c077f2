/** The separators CSV files come with: Swedish Excel and SCB write semicolons, others commas or tabs. */
export type CsvSeparator = ';' | ',' | '\t' | ' ';

export const SEPARATOR_NAME: Record<CsvSeparator, { sv: string; en: string }> = {
  ';': { sv: 'semikolon', en: 'semicolon' },
  ',': { sv: 'komma', en: 'comma' },
  '\t': { sv: 'tabb', en: 'tab' },
  ' ': { sv: 'mellanslag', en: 'space' },
};

export interface CsvTable {
  /**
   * One entry per line of the file as an editor counts them: `rows[i]` is line i + 1 (blank lines
   * are `[]`; a quoted field running over several lines leaves `[]` on the lines it continues on).
   */
  readonly rows: string[][];
  readonly separator: CsvSeparator;
}

/**
 * An RFC 4180 reader (quoted fields, doubled quotes, CRLF, LF or CR, a BOM left by a decoder) that
 * finds the separator from the whole file: the one that splits most lines into the same number of
 * fields (more than one). A title line above the table ("Folkmängd efter region och år") or a
 * decimal comma in a semicolon file never decides it.
 *
 * @example readCsv('"Folkmängd"\r\n\r\nregion;2025\r\n0127 Botkyrka;99 000\r\n')
 *   // → { separator: ';', rows: [['Folkmängd'], [], ['region', '2025'], ['0127 Botkyrka', '99 000']] }
 */
export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { separator } = scanRecords(body);
  return { rows: splitRecords(body, separator), separator };
}

/**
 * One pass over a CSV text: the separator (the one that gives most lines the same field count above
 * one; on a tie semicolon, as Swedish Excel writes, before tab, comma and space, PxWeb's "CSV space
 * separated") and where each line's record starts and ends: `starts[line]` is the record's offset, -1 on
 * a line a quoted field continues. Nothing is split.
 */
function scanRecords(body: string): { separator: CsvSeparator; starts: number[]; ends: number[] } {
  const candidates = [';', '\t', ',', ' '] as const;
  const codes = candidates.map((c) => c.charCodeAt(0));
  const perLine = [0, 0, 0, 0];
  const tallies = candidates.map(() => new Map<number, number>());
  const starts: number[] = [];
  const ends: number[] = [];
  let recordStart = 0;
  let continued = 0; // line breaks inside quotes in the current record
  const endLine = () => {
    for (let k = 0; k < 4; k++) {
      const fields = perLine[k]! + 1;
      if (fields >= 2) tallies[k]!.set(fields, (tallies[k]!.get(fields) ?? 0) + 1);
      perLine[k] = 0;
    }
  };
  const endRecord = (end: number) => {
    starts.push(recordStart);
    ends.push(end);
    for (; continued > 0; continued--) {
      starts.push(-1);
      ends.push(-1);
    }
  };
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 34 /* " */) {
      if (quoted && body.charCodeAt(i + 1) === 34) i++;
      else quoted = !quoted;
    } else if (quoted) {
      if (ch === 10 || (ch === 13 && body.charCodeAt(i + 1) !== 10)) continued++;
    } else if (ch === 10 || ch === 13) {
      const end = i;
      if (ch === 13 && body.charCodeAt(i + 1) === 10) i++;
      endLine();
      endRecord(end);
      recordStart = i + 1;
    } else {
      const k = codes.indexOf(ch);
      if (k >= 0) perLine[k]! += 1;
    }
  }
  endLine();
  let best: { separator: CsvSeparator; score: number } = { separator: ';', score: -1 };
  candidates.forEach((separator, k) => {
    const score = Math.max(0, ...tallies[k]!.values());
    if (score > best.score) best = { separator, score };
  });
  // The last record, unless it holds nothing at all (as `readCsv` counts it: `""` alone is no record).
  if ((recordStart < body.length || quoted) && splitRecords(body.slice(recordStart), best.separator).length > 0)
    endRecord(body.length);
  return { separator: best.separator, starts, ends };
}

/**
 * The records, in one pass. A field is gathered as slices of the text between the characters that
 * matter (quotes, separators, line ends), never character by character: a 40 MB file is read in
 * linear time and memory.
 */
function splitRecords(body: string, separator: string): string[][] {
  const sep = separator.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let from = 0; // the start of the text not yet taken into the field
  let quoted = false;
  let continued = 0; // line breaks inside quotes in the current record
  let blank = true;
  const take = (to: number) => {
    if (to > from) field += body.slice(from, to);
  };
  const endRecord = () => {
    row.push(field);
    rows.push(blank && row.length === 1 && field.trim() === '' ? [] : row);
    for (; continued > 0; continued--) rows.push([]);
    row = [];
    field = '';
    blank = true;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (quoted) {
      if (ch === 34 && body.charCodeAt(i + 1) === 34) {
        take(i + 1); // one quote of the two
        i++;
        from = i + 1;
      } else if (ch === 34) {
        take(i);
        quoted = false;
        from = i + 1;
      } else if (ch === 10 || (ch === 13 && body.charCodeAt(i + 1) !== 10)) continued++;
    } else if (ch === 34) {
      take(i);
      quoted = true;
      blank = false;
      from = i + 1;
    } else if (ch === sep) {
      take(i);
      row.push(field);
      field = '';
      blank = false;
      from = i + 1;
    } else if (ch === 10 || ch === 13) {
      take(i);
      if (ch === 13 && body.charCodeAt(i + 1) === 10) i++;
      endRecord();
      from = i + 1;
    }
  }
  take(body.length);
  if (field !== '' || row.length > 0 || quoted) endRecord();
  return rows;
}

/**
 * The same records as `readCsv`, read as they are asked for: one pass finds the separator and where
 * each line's record starts and ends (4 bytes a line, not a string per field), and `rows[i]` splits that record when it is
 * read. A 40 MB file from SCB costs its text and its line offsets, not a million arrays.
 *
 * @example readCsvLazily('region;2025\n0127 Botkyrka;99 000\n').rows[1] // → ['0127 Botkyrka', '99 000']
 */
export function readCsvLazily(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One pass finds the separator and the records together.
  const { separator, starts, ends } = scanRecords(body);
  const offsets = { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  let last: { i: number; row: string[] } | undefined;
  const rowAt = (i: number): string[] => {
    if (last?.i === i) return last.row;
    const start = offsets.starts[i]!;
    const end = offsets.ends[i]!;
    // A record ended by a line break is read with it, as the whole text is ("" then a break is one empty field).
    const record = start < 0 ? '' : end < body.length ? `${body.slice(start, end)}\n` : body.slice(start, end);
    const row = start < 0 ? [] : (splitRecords(record, separator)[0] ?? []);
    last = { i, row };
    return row;
  };
  return { rows: lazyArray(offsets.starts.length, rowAt), separator };
}

/** An array whose items are made when they are read (a Proxy over `length` and the indexes). */
function lazyArray<T>(length: number, at: (i: number) => T): T[] {
  const index = (p: string | symbol) => (typeof p === 'string' && /^(?:0|[1-9]\d*)$/.test(p) ? Number(p) : -1);
  return new Proxy([] as T[], {
    get: (target, p) => {
      if (p === 'length') return length;
      const i = index(p);
      return i >= 0 ? (i < length ? at(i) : undefined) : Reflect.get(target, p);
    },
    has: (target, p) => {
      const i = index(p);
      return i >= 0 ? i < length : Reflect.has(target, p);
    },
  });
}

/**
 * The records of a CSV text without its empty rows, or with them when `keepEmptyRows` (then row i is
 * line i + 1): `parseCsv("a;1\n;\nb;2")` → [["a","1"],["b","2"]].
 */
export const parseCsv = (text: string, keepEmptyRows = false): string[][] => {
  const { rows } = readCsv(text);
  return keepEmptyRows ? rows : rows.filter((r) => r.some((f) => f.trim() !== ''));
};

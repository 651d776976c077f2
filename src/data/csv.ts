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
  const separator = detectSeparator(body);
  return { rows: splitRecords(body, separator), separator };
}

/**
 * The separator that gives most lines the same field count above one; on a tie semicolon (Swedish
 * Excel) before tab, comma and space (PxWeb's "CSV space separated", quoting "0127 Botkyrka").
 */
export function detectSeparator(body: string): CsvSeparator {
  let best: { separator: CsvSeparator; score: number } = { separator: ';', score: -1 };
  for (const separator of [';', '\t', ',', ' '] as const) {
    const counts = new Map<number, number>();
    for (const row of splitRecords(body, separator)) {
      if (row.length < 2) continue;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

function splitRecords(body: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let continued = 0; // line breaks inside quotes in the current record
  let blank = true;
  const endRecord = () => {
    row.push(field);
    rows.push(blank && row.length === 1 && field.trim() === '' ? [] : row);
    for (; continued > 0; continued--) rows.push([]);
    row = [];
    field = '';
    blank = true;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && body[i + 1] !== '\n')) continued++;
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
      blank = false;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      blank = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || quoted) endRecord();
  return rows;
}

/**
 * The records of a CSV text without its empty rows, or with them when `keepEmptyRows` (then row i is
 * line i + 1): `parseCsv("a;1\n;\nb;2")` → [["a","1"],["b","2"]].
 */
export const parseCsv = (text: string, keepEmptyRows = false): string[][] => {
  const { rows } = readCsv(text);
  return keepEmptyRows ? rows : rows.filter((r) => r.some((f) => f.trim() !== ''));
};

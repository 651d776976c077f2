import { cellAddress, parseCell } from '../plan/address';
import { Cell } from '../plan/plan';
import { SheetSnapshot } from '../verify/snapshot';
import { attribute, decodeXml, encodeXml } from './xml';

const ROW = /<(\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/**
 * The shared strings of a workbook (xl/sharedStrings.xml): each item's text, rich runs joined,
 * phonetic runs left out.
 *
 * @example sharedStrings('<sst><si><t>Logg</t></si><si><r><t>Avgift </t></r><r><t>2026</t></r></si></sst>') // ['Logg', 'Avgift 2026']
 */
export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => textRuns(m[1] ?? ''));
}

const textRuns = (xml: string): string =>
  [
    ...xml
      .replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
      .matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g),
  ]
    .map((t) => decodeXml(t[1] ?? ''))
    .join('');

interface SharedFormula {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/**
 * A worksheet part read as the snapshot verify checks: values (a formula's saved result) and formulas
 * from A1, and whether the sheet is protected. Shared formulas are given to each cell as Excel shows
 * them (`C11*Sats_2026` below a master `C10*Sats_2026`).
 *
 * @example readSheetXml('Avgift 2026', '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Avgift</t></is></c></row></sheetData></worksheet>', [])
 * // { name: 'Avgift 2026', values: [['Avgift']], formulas: [[undefined]], protected: false }
 */
export function readSheetXml(name: string, xml: string, strings: readonly string[]): SheetSnapshot {
  const values: unknown[][] = [];
  const formulas: (string | undefined)[][] = [];
  const shared = new Map<string, SharedFormula>();
  let rowIndex = -1;
  for (const row of xml.matchAll(ROW)) {
    const r = attribute(row[2]!, 'r');
    rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
    let column = -1;
    for (const cell of (row[3] ?? '').matchAll(CELL)) {
      const attrs = cell[1]!;
      const body = cell[2] ?? '';
      const ref = attribute(attrs, 'r');
      column = ref === undefined ? column + 1 : parseCell(ref).column;
      const type = attribute(attrs, 't') ?? 'n';
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      const f = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(body);
      let formula: string | undefined;
      if (f) {
        const text = f[2] === undefined ? undefined : decodeXml(f[2]);
        const si = attribute(f[1]!, 'si');
        if (attribute(f[1]!, 't') === 'shared' && si !== undefined) {
          if (text) shared.set(si, { row: rowIndex, column, text });
          const master = shared.get(si);
          formula = master ? `=${shiftFormula(master.text, rowIndex - master.row, column - master.column)}` : undefined;
        } else if (text) formula = `=${text}`;
      }
      let value: unknown = '';
      if (type === 's') value = v === undefined ? '' : (strings[Number(v)] ?? '');
      else if (type === 'inlineStr')
        value = textRuns(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
      else if (type === 'd') value = v === undefined ? (formula ? null : '') : dateSerial(decodeXml(v));
      else if (type === 'str' || type === 'e') value = v === undefined ? (formula ? null : '') : decodeXml(v);
      else if (type === 'b') value = v === undefined ? null : v.trim() === '1';
      else value = v === undefined ? (formula ? null : '') : Number(v);
      if (value === '' && formula === undefined) continue;
      (values[rowIndex] ??= [])[column] = value;
      (formulas[rowIndex] ??= [])[column] = formula;
    }
  }
  const dense = <T>(rows: T[][], empty: T): T[][] =>
    Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => (rows[r]?.[c] === undefined ? empty : rows[r]![c]!)),
    );
  return { name, values: dense(values, ''), formulas: dense(formulas, undefined), protected: isProtectedXml(xml) };
}

/** An ISO 8601 date cell (t="d", as some producers write dates) as Excel's serial number; the text if it is none. */
function dateSerial(iso: string): number | string {
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  return Number.isNaN(t) ? iso : (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Whether a worksheet part says it is protected: `<sheetProtection sheet="1" …/>`. */
export function isProtectedXml(xml: string): boolean {
  const m = /<(?:\w+:)?sheetProtection\b([^>]*?)\/?>/.exec(xml);
  const sheet = m ? attribute(m[1]!, 'sheet') : undefined;
  return sheet === '1' || sheet === 'true';
}

/**
 * A shared formula as it stands in another cell: relative references move by the offset, absolute
 * ones ($B$6), names, quoted sheet names and strings do not.
 *
 * @example shiftFormula("C10*Sats_2026+'Avgift 2026'!$B$6", 2, 0) // "C12*Sats_2026+'Avgift 2026'!$B$6"
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (_whole, quoted: string | undefined, dc: string, col: string, dr: string, row: string) => {
      if (quoted !== undefined) return quoted;
      const c = dc ? col : lettersOf(parseCell(`${col}1`).column + columns);
      const r = dr ? row : String(Number(row) + rows);
      return `${dc}${c}${dr}${r}`;
    },
  );
}

const lettersOf = (column: number): string => cellAddress(0, column).replace(/\d+$/, '');

/**
 * Protects a worksheet part as Excel does (`<sheetProtection>` right after the cell data), allowing
 * column widths and row heights as the pane's protection does; a part already protected is returned
 * as it is. `hash` is the password's attributes (none by default: against slips, not against people).
 *
 * @example protectSheetXml('<worksheet><sheetData/><pageMargins/></worksheet>')
 * // '<worksheet><sheetData/><sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/><pageMargins/></worksheet>'
 */
export function protectSheetXml(xml: string, hash = ''): string {
  if (isProtectedXml(xml)) return xml;
  const data =
    /<(\w+:)?sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?sheetData>)(\s*<(?:\w+:)?sheetCalcPr\b[^>]*?\/>)?/.exec(xml);
  if (!data) throw new RangeError('The worksheet part has no sheetData.');
  const prefix = data[1] ?? '';
  const element = `<${prefix}sheetProtection${hash} sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>`;
  const withoutOld = (s: string) => s.replace(/<(?:\w+:)?sheetProtection\b[^>]*?\/>/, '');
  const end = data.index + data[0].length;
  return withoutOld(xml.slice(0, end)) + element + withoutOld(xml.slice(end));
}

/**
 * Appends one row of plan cells below a worksheet part's last row: text as inline strings (no shared
 * string part changes), numbers as numbers, each cell with the style index the sheet's own earlier row
 * of the same kind used (`styleOf`). The dimension grows to hold it. Returns the part and the row (1-based).
 *
 * @example appendRowXml('<worksheet><dimension ref="A1:B4"/><sheetData><row r="4">…</row></sheetData></worksheet>', [{ value: 'Fastställt' }], () => undefined)
 * // { xml: '…<row r="5"><c r="A5" t="inlineStr"><is><t>Fastställt</t></is></c></row></sheetData>…', row: 5 }
 */
export function appendRowXml(
  xml: string,
  cells: readonly Cell[],
  styleOf: (column: number) => string | undefined,
): { xml: string; row: number } {
  // Below the last row that holds something: rows of formatting only (LibreOffice and Excel write them
  // below the data) do not count, and the one in the new row's place is replaced, keeping rows in order.
  const rows = [...xml.matchAll(ROW)].map((m, i) => ({
    m,
    r: Number(attribute(m[2]!, 'r') ?? i + 1),
    content: /<(?:\w+:)?(?:v|f|is)\b/.test(m[3] ?? ''),
  }));
  const last = rows.filter((x) => x.content).reduce((max, x) => Math.max(max, x.r), 0);
  const rowNumber = last + 1;
  const data = /<(\w+:)?sheetData\b([^>]*?)(\/>|>)/.exec(xml);
  if (!data) throw new RangeError('The worksheet part has no sheetData.');
  const p = data[1] ?? '';
  const content = cells
    .map((cell, column) => cellXml(cellAddress(rowNumber - 1, column), cell, styleOf(column), p))
    .join('');
  const row = `<${p}row r="${rowNumber}">${content}</${p}row>`;
  const next = rows.find((x) => x.r >= rowNumber);
  let out: string;
  if (next) {
    const at = next.m.index!;
    const replaced = next.r === rowNumber ? next.m[0].length : 0;
    out = xml.slice(0, at) + row + xml.slice(at + replaced);
  } else if (data[3] === '/>')
    out =
      xml.slice(0, data.index) +
      `<${p}sheetData${data[2]}>${row}</${p}sheetData>` +
      xml.slice(data.index + data[0].length);
  else out = xml.replace(new RegExp(`</${p}sheetData>`), `${row}</${p}sheetData>`);
  out = out.replace(
    /(<(?:\w+:)?dimension\b[^>]*?\sref=")([^"]*)(")/,
    (unchanged, open: string, ref: string, close: string) => {
      const [start, end = start] = ref.split(':');
      const endCell = parseCell(end!);
      const width = Math.max(endCell.column, cells.length - 1);
      if (endCell.row >= rowNumber - 1 && endCell.column >= width) return unchanged;
      return `${open}${start}:${cellAddress(Math.max(endCell.row, rowNumber - 1), width)}${close}`;
    },
  );
  return { xml: out, row: rowNumber };
}

/**
 * One cell as SpreadsheetML: numbers as numbers, text inline (no shared string part changes), a formula
 * with its saved result; an empty cell only when it carries a style. `prefix` is the part's namespace
 * prefix ("x:" where the part writes one).
 *
 * @example cellXml('B5', { value: 'Fastställt' }, '3') // '<c r="B5" s="3" t="inlineStr"><is><t xml:space="preserve">Fastställt</t></is></c>'
 */
export function cellXml(at: string, cell: Cell | null | undefined, style?: string, prefix = ''): string {
  const p = prefix;
  const s = style === undefined ? '' : ` s="${style}"`;
  const f = cell?.formula !== undefined ? `<${p}f>${encodeXml(cell.formula.replace(/^=/, ''))}</${p}f>` : '';
  const value = cell?.formula !== undefined ? cell.result : cell?.value;
  if (value === null || value === undefined || value === '') {
    if (f) return `<${p}c r="${at}"${s}>${f}</${p}c>`;
    return style === undefined ? '' : `<${p}c r="${at}"${s}/>`;
  }
  if (typeof value === 'number') return `<${p}c r="${at}"${s}>${f}<${p}v>${value}</${p}v></${p}c>`;
  if (typeof value === 'boolean') return `<${p}c r="${at}"${s} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (f) return `<${p}c r="${at}"${s} t="str">${f}<${p}v>${encodeXml(value)}</${p}v></${p}c>`;
  return `<${p}c r="${at}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeXml(value)}</${p}t></${p}is></${p}c>`;
}

/**
 * The style index of each cell of the last row whose cells in `column` equal one of `kinds`: a Logg row
 * is styled as the Logg's earlier rows are.
 *
 * @example rowStyles(loggXml, 1, ['Skrivet', 'Fastställt'], strings)(8) // '7' (the kronor format)
 */
export function rowStyles(
  xml: string,
  column: number,
  kinds: readonly string[],
  strings: readonly string[],
): (column: number) => string | undefined {
  let styles: (string | undefined)[] = [];
  for (const row of xml.matchAll(ROW)) {
    const cells = [...(row[3] ?? '').matchAll(CELL)];
    const rowStyle: (string | undefined)[] = [];
    let key: string | undefined;
    let c = -1;
    for (const cell of cells) {
      const ref = attribute(cell[1]!, 'r');
      c = ref === undefined ? c + 1 : parseCell(ref).column;
      rowStyle[c] = attribute(cell[1]!, 's');
      if (c === column) {
        const snapshot = readSheetXml('', `<sheetData><row r="1">${cell[0]}</row></sheetData>`, strings);
        key = String(snapshot.values[0]?.[column] ?? '');
      }
    }
    if (key !== undefined && kinds.includes(key)) styles = rowStyle;
  }
  return (c) => styles[c];
}

import { fail, ok, Result, optional } from '../domain';
import { JsonStatDataset, JsonStatDimension, MAX_TABLE_CELLS } from './jsonStat';

/**
 * A PC-Axis file (.px, "PX file format", as SCB's Statistikdatabasen saves a table) read into the same
 * model as a json-stat2 answer, so that one reader takes population from either. One pass over the
 * text: keywords `KEY("variable")=value;` (strings in quotes, joined when written over several lines;
 * lists with commas), then DATA in STUB-then-HEADING order, the first variable the slowest. Other
 * languages' keywords (`VALUES[en]`) are left out; SCB's missing-value dots (".", "..", "-") are missing.
 */

const bad = (sv: string, en: string) =>
  fail<JsonStatDataset>(
    'px-invalid',
    `Filen kan inte läsas som en PC-Axis-tabell: ${sv}`,
    `The file cannot be read as a PC-Axis table: ${en}`,
  );

type Value = string | string[];

/**
 * Reads the keywords and the data of a PX text.
 *
 * @example readPx('MATRIX="BE0101N1";\nSTUB="region";\nHEADING="år";\nVALUES("region")="0127 Botkyrka";\nVALUES("år")="2025";\nDATA=\n99000;').value.value([0, 0]) // 99000
 */
export function readPx(text: string): Result<JsonStatDataset> {
  const keywords = new Map<string, Value>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let dataAt = -1;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const eq = text.indexOf('=', i);
    if (eq < 0) return bad('ett nyckelord saknar ”=”.', 'a keyword lacks "=".');
    const key = text.slice(i, eq).trim();
    if (/^DATA$/i.test(key)) {
      dataAt = eq + 1;
      break;
    }
    const read = readValue(text, eq + 1);
    if (!read)
      return bad(`värdet av ${key} tar aldrig slut (”;” saknas).`, `the value of ${key} never ends (";" is missing).`);
    // The default language only: VALUES[en]("region") is another language's copy.
    if (!/^[A-Z0-9-]+\[/i.test(key)) keywords.set(normalKey(key), read.value);
    i = read.end;
  }
  if (dataAt < 0) return bad('DATA saknas.', 'DATA is missing.');
  const list = (k: string): string[] => {
    const v = keywords.get(k);
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const one = (k: string): string | undefined => list(k)[0];
  const stub = list('STUB');
  const heading = list('HEADING');
  const variables = [...stub, ...heading];
  if (!variables.length) return bad('STUB och HEADING saknas.', 'STUB and HEADING are missing.');
  const timeVariable = [...keywords.keys()]
    .map((k) => /^TIMEVAL\("(.*)"\)$/.exec(k)?.[1])
    .find((v): v is string => v !== undefined);
  const contentVariable = one('CONTVARIABLE');
  const dimensions: JsonStatDimension[] = [];
  for (const variable of variables) {
    const values = list(`VALUES("${variable}")`);
    if (!values.length) return bad(`VALUES saknas för ”${variable}”.`, `VALUES is missing for "${variable}".`);
    const given = list(`CODES("${variable}")`);
    // Without CODES, a value such as "0127 Botkyrka" carries its code in front.
    const codes = given.length === values.length ? given : values.map((v) => /^(\d{2,4})\s+\S/.exec(v)?.[1] ?? v);
    const labels = new Map(
      codes.map((c, k) => [c, values[k]!.replace(new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`), '')]),
    );
    const elimination = one(`ELIMINATION("${variable}")`);
    const eliminationValue =
      elimination && !/^(YES|NO)$/i.test(elimination) ? codes[values.indexOf(elimination)] : undefined;
    dimensions.push({
      id: variable,
      label: variable,
      codes,
      labels,
      elimination: elimination !== undefined && !/^NO$/i.test(elimination),
      ...optional({ eliminationValueCode: eliminationValue }),
    });
  }
  const sizes = dimensions.map((d) => d.codes.length);
  const cells = sizes.reduce((p, s) => p * s, 1);
  if (cells > MAX_TABLE_CELLS)
    return bad(
      `tabellen har ${cells} celler, fler än ${MAX_TABLE_CELLS} som kan läsas; hämta färre kommuner eller år.`,
      `the table has ${cells} cells, more than the ${MAX_TABLE_CELLS} that can be read; fetch fewer municipalities or years.`,
    );
  const data = new Float64Array(cells);
  const missing = new Uint8Array(cells);
  let n = 0;
  const token = /"[^"]*"|[^\s,;"]+|;/g;
  token.lastIndex = dataAt;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m[0] === ';') break;
    if (n >= cells)
      return bad(
        `DATA har fler värden än de ${cells} som STUB och HEADING ger.`,
        `DATA holds more values than the ${cells} that STUB and HEADING give.`,
      );
    const t = m[0].replace(/^"|"$/g, '');
    const v = Number(t);
    if (t !== '' && !/^[.-]+$/.test(t) && !Number.isNaN(v)) data[n] = v;
    else missing[n] = 1;
    n++;
  }
  if (n !== cells)
    return bad(
      `DATA har ${n} värden men STUB och HEADING ger ${cells}.`,
      `DATA holds ${n} values but STUB and HEADING give ${cells}.`,
    );
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((p, s) => p * s, 1));
  const matrix = one('MATRIX');
  const updated = one('LAST-UPDATED');
  return ok({
    label: [one('TITLE'), one('CONTENTS')].find((x) => x) ?? '',
    ...(one('SOURCE') ? { source: one('SOURCE')! } : {}),
    ...(updated ? { updated: pxTime(updated) } : {}),
    ...(matrix ? { tableId: matrix } : {}),
    dimensions,
    ...((timeVariable ?? guessTime(variables)) ? { timeId: (timeVariable ?? guessTime(variables))! } : {}),
    ...(contentVariable ? { metricId: contentVariable } : {}),
    value: (positions) => {
      const at = positions.reduce((s, p, k) => s + p * strides[k]!, 0);
      return missing[at] ? null : data[at]!;
    },
  });
}

/** A keyword as stored: `values ( "marital status" )` → `VALUES("marital status")` (the variable as written). */
function normalKey(key: string): string {
  const m = /^\s*([A-Za-z0-9-]+)\s*(?:\(\s*"(.*)"\s*\))?\s*$/.exec(key);
  return m ? `${m[1]!.toUpperCase()}${m[2] !== undefined ? `("${m[2]}")` : ''}` : key.trim().toUpperCase();
}

/** One value from `from` to its ";": a string, a list of strings, or a bare word; adjacent strings are joined. */
function readValue(text: string, from: number): { value: Value; end: number } | undefined {
  const items: string[] = [];
  let current: string | undefined;
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return undefined;
      current = (current ?? '') + text.slice(i + 1, close);
      i = close + 1;
    } else if (ch === ',') {
      items.push(current ?? '');
      current = undefined;
      i++;
    } else if (ch === ';') {
      if (current !== undefined || items.length) items.push(current ?? '');
      return { value: items.length === 1 ? items[0]! : items, end: i + 1 };
    } else if (/\s/.test(ch)) i++;
    else {
      // A bare word (YES, 0, TLIST(A1)): up to the next separator.
      let j = i;
      let depth = 0;
      while (j < text.length && (depth > 0 || !/[,;\s"]/.test(text[j]!))) {
        if (text[j] === '(') depth++;
        if (text[j] === ')') depth--;
        j++;
      }
      current = (current ?? '') + text.slice(i, j);
      i = j;
    }
  }
  return undefined;
}

/** "20090213 07:19" → "2009-02-13T07:19:00". */
function pxTime(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})\s+(\d{2}):(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00` : value;
}

/** The time variable when no TIMEVAL names it: år, tid, period, year. */
function guessTime(variables: readonly string[]): string | undefined {
  return variables.find((v) => /^(år|tid|period|year|time)$/i.test(v));
}

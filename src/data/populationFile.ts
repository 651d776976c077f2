import { fail, namingFile, Result } from '../domain';
import { populationFromJsonStat } from './jsonStatPopulation';
import { parsePopulationCsv, PopulationFile } from './populationCsv';
import { parsePopulationTable } from './populationTable';
import { decodeText, ENCODING_NAME } from './textDecode';

const KINDS_SV =
  'CSV eller text från SCB:s Statistikdatabas eller Excel, en .xlsx-arbetsbok, en PC-Axis-fil (.px) eller en json-stat2-fil sparad från SCB (.json)';
const KINDS_EN =
  "CSV or text from SCB's Statistikdatabasen or Excel, an .xlsx workbook, a PC-Axis file (.px) or a json-stat2 file saved from SCB (.json)";

/** Reads a population file already decoded to text, by its kind: CSV/text, or json-stat2 saved from SCB. */
export function readPopulationFile(
  text: string,
  fileName: string,
  retrievedAt: string,
  encoding?: string,
): Result<PopulationFile> {
  return namingFile(readPopulationText(text, fileName, retrievedAt, encoding), fileName);
}

function readPopulationText(
  text: string,
  fileName: string,
  retrievedAt: string,
  encoding?: string,
): Result<PopulationFile> {
  const source = { kind: 'file' as const, label: `Fil ${fileName}`, location: fileName, retrievedAt };
  if (/\.json$/i.test(fileName) || /^\s*[{[]/.test(text.replace(/^\ufeff/, ''))) {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      return fail('population-json', `${fileName} är inte giltig JSON.`, `${fileName} is not valid JSON.`);
    }
    return populationFromJsonStat(json, source);
  }
  if (/\.(csv|txt|tsv|tab)$/i.test(fileName) || !/\.[a-z0-9]{1,5}$/i.test(fileName))
    return parsePopulationCsv(text, source, encoding);
  return fail(
    'population-file-kind',
    `${fileName}: okänd filtyp. Befolkning kan läsas från ${KINDS_SV}.`,
    `${fileName}: unknown file type. Population can be read from ${KINDS_EN}.`,
  );
}

/**
 * Reads a population file from its bytes, whatever SCB's website or Excel made: an .xlsx (SCB's
 * download, any sheet in long or wide shape, our own Befolkning sheet), or text in UTF-8 with or
 * without BOM, UTF-16 or Windows-1252 with the separator found from the whole file, or json-stat2.
 * PC-Axis (.px) files as SCB's Statistikdatabasen saves them are read too; .ods and .xls are refused
 * saying what to save them as.
 *
 * @example await readPopulationBytes(bytesOf('befolkning.csv'), 'befolkning.csv', '2026-03-01T10:00:00Z')
 *   // → ok({ series: { figures: [...], source: { kind: 'file', label: 'Fil befolkning.csv', ... } }, members: [...] })
 */
export async function readPopulationBytes(
  bytes: Uint8Array,
  fileName: string,
  retrievedAt: string,
): Promise<Result<PopulationFile>> {
  return namingFile(await readPopulationFromBytes(bytes, fileName, retrievedAt), fileName);
}

async function readPopulationFromBytes(
  bytes: Uint8Array,
  fileName: string,
  retrievedAt: string,
): Promise<Result<PopulationFile>> {
  if (
    /\.px$/i.test(fileName) ||
    /^\ufeff?\s*(CHARSET|AXIS-VERSION|CODEPAGE|LANGUAGE|MATRIX)\s*=/i.test(
      new TextDecoder('latin1').decode(bytes.subarray(0, 64)),
    )
  ) {
    // PC-Axis, SCB's own download format: text in the code page it names (ANSI is Windows-1252).
    const text = decodeText(bytes, fileName);
    if (!text.ok) return text;
    const { populationFromPx } = await import(/* webpackChunkName: "population-px" */ './pxPopulation');
    return populationFromPx(text.value.text, {
      kind: 'file',
      label: `Fil ${fileName}`,
      location: fileName,
      retrievedAt,
    });
  }
  const { spreadsheetKind, readXlsxSheets, saveAsXlsx } = await import(
    /* webpackChunkName: "xlsx" */ '../workbook/xlsx/read'
  );
  const kind = spreadsheetKind(bytes);
  if (kind !== 'xlsx' && kind !== 'other') return saveAsXlsx(fileName, kind);
  if (kind === 'other' && /\.(ods|xlsx?|xlsb|xlsm|numbers)$/i.test(fileName)) return saveAsXlsx(fileName, 'other');
  if (kind === 'xlsx') {
    const sheets = await readXlsxSheets(bytes, fileName);
    if (!sheets.ok) return sheets;
    // Our own Befolkning sheet first, then any sheet that holds population in either shape.
    const ordered = [...sheets.value].sort(
      (a, b) => Number(/befolkning|folkmängd/i.test(b.sheet)) - Number(/befolkning|folkmängd/i.test(a.sheet)),
    );
    let first: Result<PopulationFile> | undefined;
    for (const sheet of ordered) {
      const name = `${fileName}, blad ${sheet.sheet}`;
      const source = { kind: 'file' as const, label: `Fil ${name}`, location: name, retrievedAt };
      const read = parsePopulationTable(sheet.values, source, { name });
      // A sheet with population but a bad row is the answer; a sheet without a header is passed over.
      if (read.ok || read.error.code === 'population-row') return read;
      first ??= read;
    }
    return first ?? fail('population-empty', `${fileName} har inga blad.`, `${fileName} has no sheets.`);
  }
  const text = decodeText(bytes, fileName);
  if (!text.ok) return text;
  return readPopulationFile(text.value.text, fileName, retrievedAt, ENCODING_NAME[text.value.encoding]);
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { Cell } from '../../src/workbook/plan/plan';
import { resolveNames, sheetOfReference } from '../../src/workbook/plan/resolve';
import { openXlsxPackage } from '../../src/workbook/xlsx/package';
import { addSheetPart, packageStrings, PartName } from '../../src/workbook/xlsx/packageBook';
import { readSheetXml } from '../../src/workbook/xlsx/sheetXml';

/** The real workbooks others made (test/fixtures/workbooks, copies of ../shared/data/workbooks). */
export const OFFICER_WORKBOOKS = ['WithChart.xlsx', 'WithThreeCharts.xlsx', 'pivot_table_named_range.xlsx'] as const;

/** Those, and one that LibreOffice Calc saved with a chart, a picture and a comment (scripts/make-lo-workbook.py). */
export const PRODUCED_WORKBOOKS = [...OFFICER_WORKBOOKS, 'LibreOfficeChartPictureComment.xlsx'] as const;

export const officerWorkbook = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/workbooks', name)));

const open = async (bytes: Uint8Array, name: string) => {
  const pkg = await openXlsxPackage(bytes, name);
  if (!pkg.ok) throw new Error(pkg.error.message.en);
  return pkg.value;
};

/**
 * An officer's workbook as it is after the pane wrote into it: the officer's own parts as they were,
 * and beside them the sheets and names of a workbook the add-in wrote (`avgift allocate --out`), each
 * sheet added as a part of plain cells with its formulas, saved results and names (markers included).
 * `namesakes` are the officer's own sheets added first, unmarked (a "Logg" kept for meetings): the
 * add-in's sheet of the same name then takes the next name, as the renderers do. `leaveOut`: sheets of
 * the add-in left out (a workbook written before the add-in kept a Logg).
 */
export async function withAddinSheets(
  officer: Uint8Array,
  addin: Uint8Array,
  namesakes: readonly { name: string; rows: (string | number)[][] }[] = [],
  leaveOut: readonly string[] = [],
): Promise<Uint8Array> {
  const target = await open(officer, 'officer.xlsx');
  // Sheet names as the renderers choose them: the wanted one, else the next free "(2)".
  const taken = target.sheets.map((s) => ({ name: s.name, ours: false }));
  const free = (wanted: string) => {
    const name = resolveNames(
      { sheets: [{ key: 'k', name: wanted, blocks: [] }], names: [] },
      { sheets: taken, names: [] },
      false,
    ).sheetNames.get('k')!;
    taken.push({ name, ours: false });
    return name;
  };
  for (const n of namesakes)
    await addSheetPart(
      target,
      free(n.name),
      [],
      [{ at: 'A1', rows: n.rows.map((r) => r.map((value) => ({ value }))) }],
    );
  const source = await open(addin, 'addin.xlsx');
  const strings = await packageStrings(source);
  for (const sheet of source.sheets.filter((s) => !leaveOut.includes(s.name))) {
    const snapshot = readSheetXml(sheet.name, await source.zip.file(sheet.path)!.async('string'), strings);
    const rows: Cell[][] = snapshot.values.map((row, r) =>
      row.map((value, c): Cell => {
        const formula = snapshot.formulas[r]?.[c];
        return formula !== undefined ? { formula, result: value as Cell['result'] } : { value: value as Cell['value'] };
      }),
    );
    const names: PartName[] = source.names
      .filter((n) => sheetOfReference(n.formula) === sheet.name)
      .map((n) => ({ name: n.name, address: n.formula.slice(n.formula.lastIndexOf('!') + 1), hidden: n.hidden }));
    await addSheetPart(target, free(sheet.name), names, [{ at: 'A1', rows }]);
  }
  return target.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The parts of a package whose names match, e.g. the charts: /^xl\/charts\//. */
export async function partsMatching(bytes: Uint8Array, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((p) => !zip.files[p]!.dir && pattern.test(p))
    .sort();
}

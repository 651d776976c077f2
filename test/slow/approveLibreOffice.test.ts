import { openXlsxPackage } from '../../src/workbook/xlsx/package';
import { runCli } from '../cli/run';
import { officerWorkbook, partsMatching, PRODUCED_WORKBOOKS, withAddinSheets } from '../support/officerWorkbook';
import { numeric, recalculateWithLibreOffice, saveWithLibreOffice } from './support/libreoffice';
import { requireProgram } from './support/programs';

/*
 * The approved officer's workbook in a real spreadsheet program: LibreOffice opens it and computes the
 * fee sheet; and a workbook that LibreOffice itself saved (its own shared strings, shared formulas,
 * styles and drawing parts) is approved and verified from its parts.
 */
const describeIf = requireProgram('soffice', 'libreoffice-calc') ? describe : describe.skip;

async function written2026(): Promise<Uint8Array> {
  const r = await runCli(['allocate', '--year', '2026', '--out', 'a.xlsx', '--by', 'Eva Ek']);
  return r.written.get('a.xlsx') as Uint8Array;
}

const approve = (bytes: Uint8Array) =>
  runCli(
    ['approve', 'w.xlsx', '--year', '2026', '--by', 'Eva Ek', '--reference', 'SK 2026-01-22 § 5', '--out', 'f.xlsx'],
    { 'w.xlsx': bytes },
    new Date('2026-01-23T09:30:00Z'),
  );

describeIf('approve on officers’ workbooks, in LibreOffice', () => {
  it.each(PRODUCED_WORKBOOKS)(
    '%s approved: LibreOffice opens it and computes 2 102 500 kr on Avgift 2026',
    async (file) => {
      const r = await approve(await withAddinSheets(officerWorkbook(file), await written2026()));
      expect(r.code).toBe(0);
      const sheets = recalculateWithLibreOffice(r.written.get('f.xlsx') as Uint8Array);
      const fees = sheets.get('Avgift 2026')!;
      const total = fees.find((row) => row[1] === 'Summa');
      expect(numeric(total?.[4])).toBe(2_102_500);
      expect(sheets.get('Logg')!.some((row) => row[1] === 'Fastställt')).toBe(true);
    },
    120_000,
  );

  it('a workbook LibreOffice saved (with the add-in’s sheets, a chart, a picture and a comment) is approved from its own parts and verifies', async () => {
    const saved = saveWithLibreOffice(
      await withAddinSheets(officerWorkbook('LibreOfficeChartPictureComment.xlsx'), await written2026()),
    );
    const pkg = await openXlsxPackage(saved, 'saved.xlsx');
    expect(pkg.ok && pkg.value.names.some((n) => n.name === 'AVGF_avgift_2026')).toBe(true);
    const r = await approve(saved);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = r.written.get('f.xlsx') as Uint8Array;
    expect(await partsMatching(after, /^xl\/(charts|media)\/|comments/)).toEqual(
      await partsMatching(saved, /^xl\/(charts|media)\/|comments/),
    );
    const verified = await runCli(['verify', 'f.xlsx', '--json'], { 'f.xlsx': after });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({
      consistent: true,
      total: 2_102_500,
      logged: { action: 'Fastställt' },
    });
  }, 120_000);
});

import ExcelJS from 'exceljs';
import { runCli } from '../cli/run';
import { saveWithLibreOffice } from './support/libreoffice';
import { requireProgram } from './support/programs';

/*
 * verify on workbooks whose saved values a real spreadsheet engine computed: the CLI writes and
 * approves, LibreOffice opens, recalculates and saves the file (as an officer's Excel would), and
 * verify must still find it consistent; an edit recalculated by LibreOffice must still be caught.
 */
const haveLibreOffice = requireProgram('soffice', 'libreoffice-calc');
const describeIf = haveLibreOffice ? describe : describe.skip;

async function approvedAndSavedByLibreOffice(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const written = await runCli(['allocate', '--year', '2026', '--out', 'a.xlsx', '--by', 'Eva Ek']);
  const approved = await runCli(
    ['approve', 'a.xlsx', '--by', 'Eva Ek', '--reference', 'SK 2026-01-22 § 5', '--out', 'f.xlsx'],
    { 'a.xlsx': written.written.get('a.xlsx')! },
  );
  expect(approved.code).toBe(0);
  let bytes = approved.written.get('f.xlsx') as Uint8Array;
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    edit(wb);
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  }
  return saveWithLibreOffice(bytes);
}

const verify = async (bytes: Uint8Array) => {
  const r = await runCli(['verify', 'f.xlsx', '--json'], { 'f.xlsx': bytes });
  return { code: r.code, out: JSON.parse(r.stdout || '{}'), stderr: r.stderr };
};

describeIf('verify on a workbook saved by LibreOffice (values computed by a spreadsheet engine)', () => {
  it('is consistent after LibreOffice recalculated and saved the approved workbook', async () => {
    const v = await verify(await approvedAndSavedByLibreOffice());
    expect(v.out.differences).toEqual([]);
    expect(v.code).toBe(0);
    expect(v.out.logged).toMatchObject({ action: 'Fastställt', name: 'Eva Ek' });
  }, 120_000);

  it('a population figure changed and recalculated by LibreOffice is still caught (Befolkning, checksum)', async () => {
    const v = await verify(
      await approvedAndSavedByLibreOffice(
        (wb) => void (wb.getWorksheet('Avgift 2026')!.getCell('C11').value = 101_500),
      ),
    );
    expect(v.code).toBe(3);
    expect(v.out.differences.map((d: { sheet: string; cell: string }) => `${d.sheet}!${d.cell}`)).toEqual([
      'Befolkning!T7',
      'Logg!J6',
    ]);
  }, 120_000);
});

import ExcelJS from 'exceljs';
import { runCli } from './run';

describe('avgift allocate --out / --csv', () => {
  it('writes the workbook and the invoice CSV, and says so', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--out', 'Avgift-2026.xlsx', '--csv', 'faktura.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Skrev Avgift-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('Avgift-2026.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    // Avgift, Fakturaunderlag, eight member sheets, Befolkning, Historik, then Medlemmar and Logg.
    expect(wb.worksheets.map((w) => w.name).slice(10)).toEqual(['Befolkning', 'Historik', 'Medlemmar', 'Logg']);
    expect(wb.getWorksheet('Historik')!.getCell('A7').value).toBe(2010);
    expect(String(r.written.get('faktura.csv')).split('\r\n')).toHaveLength(10);
  });

  it('never overwrites an existing file unless --force, and then writes nothing at all', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--out', 'ny.xlsx', '--csv', 'gammal.csv'], {
      'gammal.csv': 'old',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gammal.csv finns redan; välj ett annat namn eller lägg till --force för att skriva över.\n');
    expect(r.written.size).toBe(0);
    const forced = await runCli(['allocate', '--year', '2026', '--csv', 'gammal.csv', '--force'], {
      'gammal.csv': 'old',
    });
    expect(forced.code).toBe(0);
    expect(String(forced.written.get('gammal.csv'))).toContain('Kommunkod;Mottagare');
  });

  it('with --json, the JSON stays alone on stdout', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--csv', 'f.csv', '--json']);
    expect(JSON.parse(r.stdout).total).toBe(2_102_500);
    expect(r.stderr).toBe('Skrev f.csv\n');
  });
});

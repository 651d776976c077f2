import ExcelJS from 'exceljs';
import { runCli } from './run';

describe('avgift allocate: change against last year', () => {
  it('gives previousFee, populationEffect and ruleEffect per member in --json, summing to the fee', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.members[0]).toMatchObject({
      code: '0127',
      fee: 387_000,
      previousFee: 383_620,
      populationEffect: 3_380,
      ruleEffect: 0,
    });
    for (const m of out.members) expect(m.previousFee + m.populationEffect + m.ruleEffect).toBe(m.fee);
  });

  it('shows the 2016→2017 rule change as the rule effect', async () => {
    const out = JSON.parse((await runCli(['allocate', '--year', '2017', '--json'])).stdout);
    const sum = (k: string) => out.members.reduce((s: number, m: Record<string, number>) => s + m[k]!, 0);
    expect(sum('ruleEffect')).not.toBe(0);
    for (const m of out.members) expect(m.previousFee + m.populationEffect + m.ruleEffect).toBe(m.fee);
  });

  it('writes the three columns on the Avgift sheet', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--out', 'a.xlsx']);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('a.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Avgift 2026')!;
    expect([sheet.getCell('G9').value, sheet.getCell('H9').value, sheet.getCell('I9').value]).toEqual([
      'Avgift 2025',
      'Folkmängdens effekt',
      'Regelns effekt',
    ]);
    expect([sheet.getCell('G10').value, sheet.getCell('H10').value, sheet.getCell('I10').value]).toEqual([
      383_620, 3_380, 0,
    ]);
    const effects = [10, 11, 12, 13, 14, 15, 16, 17].map((r) => sheet.getCell(`H${r}`).value as number);
    expect(sheet.getCell('H18').value).toEqual({ formula: 'SUM(H10:H17)', result: effects.reduce((s, x) => s + x, 0) });
  });
});

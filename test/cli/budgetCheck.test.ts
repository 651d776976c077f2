import ExcelJS from 'exceljs';
import { tabularBudget, yearColumnsBudget } from '../support/seedBudget';
import { runCli } from './run';

async function xlsx(rows: unknown[][], sheetName = 'Budget', extraSheet?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (extraSheet) wb.addWorksheet(extraSheet).getCell('A1').value = 'annat';
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('avgift budget-check', () => {
  it('the 2026 budget balances: JSON as the issue gives it, exit 0', async () => {
    const r = await runCli(['budget-check', 'Budget.xlsx', '--year', '2026', '--json'], {
      'Budget.xlsx': await xlsx(tabularBudget(), 'Budget', 'Försättsblad'),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      sheet: 'Budget',
      balanced: true,
      revenues: 2_102_500,
      costs: 2_102_500,
      difference: 0,
      feeRevenue: 2_102_500,
      expectedFeeRevenue: 2_102_500,
      statedPopulation: 525_625,
      findings: [{ severity: 'info', code: 'balanced' }],
    });
  });

  it('several amount columns and none for the fee year: the question names --column, as it always has (exit 2)', async () => {
    const file = { 'b.xlsx': await xlsx(yearColumnsBudget().cells) };
    const r = await runCli(['budget-check', 'b.xlsx', '--year', '2026'], file);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'b.xlsx: Budgeten har flera beloppskolumner (B ”Budget 2025”, C ”Utfall 2025”, D ”Budget 2027”) och ingen av dem är för 2026. Ange vilken som ska kontrolleras (på kommandoraden till exempel --column D).\n',
    );
    const en = await runCli(['budget-check', 'b.xlsx', '--year', '2026', '--lang', 'en'], file);
    expect(en.stderr).toBe(
      'b.xlsx: The budget has several amount columns (B "Budget 2025", C "Utfall 2025", D "Budget 2027") and none is for 2026. Say which to check (on the command line e.g. --column D).\n',
    );
    // A column named that is not there: the columns there are, and no advice to give --column again.
    const missing = await runCli(['budget-check', 'b.xlsx', '--year', '2026', '--column', 'Budget 2026'], file);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'b.xlsx: Hittar ingen kolumn ”Budget 2026” i budgeten. Beloppskolumnerna är B ”Budget 2025”, C ”Utfall 2025”, D ”Budget 2027”.\n',
    ]);
    const chosen = await runCli(
      ['budget-check', 'b.xlsx', '--year', '2026', '--column', 'Utfall 2025', '--json'],
      file,
    );
    expect(JSON.parse(chosen.stdout).column).toEqual({ letter: 'C', heading: 'Utfall 2025', reason: 'chosen' });
  });

  it('an amount that cannot be read: the verdict is open with the cell to fix, one Fel for the amount and none for its Summa, exit 3', async () => {
    const rows = tabularBudget().map((r) => (r[0] === 'Konsultstöd' ? ['Konsultstöd', '500 00 kr'] : r));
    const r = await runCli(['budget-check', 'b.xlsx', '--sheet', 'Blad1', '--year', '2026'], {
      'b.xlsx': await xlsx(rows, 'Blad1'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(
      /Det går inte att avgöra om budgeten för 2026 balanserar: 1 belopp kunde inte läsas \(B\d+\) – rätta och kontrollera igen\. Avgiftsraden är jämförd med de beslutade avgifterna för 2026 \(2\s102\s500\skr, folkmängd 31 december 2025\)\./,
    );
    expect(r.stdout).toMatch(/FEL +B\d+ +Raden ”Konsultstöd” \(B\d+\): ”500 00 kr” ser ut som ett felskrivet belopp/);
    expect(r.stdout.match(/FEL /g)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/balanserar inte|Summa kostnader anges/);
  });

  it('compares with the decided fees only (no what-if rate), and says when the fees cannot be computed', async () => {
    const file = { 'b.xlsx': await xlsx(tabularBudget()) };
    const decided = JSON.parse((await runCli(['budget-check', 'b.xlsx', '--year', '2026', '--json'], file)).stdout);
    expect([decided.expectedFeeRevenue, decided.comparedWith.kind]).toEqual([2_102_500, 'decided']);
    const whatIf = await runCli(['budget-check', 'b.xlsx', '--year', '2026', '--rate', '4,50'], file);
    expect([whatIf.code, whatIf.stderr]).toEqual([2, 'Okänt val --rate. Se avgift --help.\n']);
    // In 2031 the population of 2029 is published, but the bundled snapshot does not have it.
    const future = await runCli(
      ['budget-check', 'b.xlsx', '--year', '2030', '--json'],
      file,
      new Date('2031-01-10T08:00:00Z'),
    );
    expect(
      JSON.parse(future.stdout).findings.find((f: { code: string }) => f.code === 'expected-unavailable').message,
    ).toContain('Folkmängd saknas för Botkyrka (0127) 31 december 2029');
  });

  it('reads the template it writes, and writes a Budgetkontroll sheet', async () => {
    const made = await runCli(['budget-template', '--year', '2026', '--out', 'Budget.xlsx']);
    expect(made.code).toBe(0);
    const files = { 'Budget.xlsx': made.written.get('Budget.xlsx') as Uint8Array };
    const r = await runCli(
      ['budget-check', 'Budget.xlsx', '--year', '2026', '--json', '--out', 'Kontroll.xlsx'],
      files,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).balanced).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('Kontroll.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Budgetkontroll 2026']);
  });

  it('a workbook kept with account numbers, a formula saved without its value and a line below Summa', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget 2026');
    ws.addRows([
      ['Konto', 'Intäkter', 'Belopp'],
      [3010, 'Avgifter från kommunerna', 2_102_500],
      ['', 'Summa', 2_102_500],
      [],
      ['', 'Kostnader'],
      [4010, 'Personalkostnader*', 1_400_000],
      [4020, 'Möten', 100_000],
      [4030, 'Hemsidan, IT mm', 50_000],
      [4040, 'Konsultstöd', 500_000],
      [4050, 'Övrigt exempelvis grafiskt stöd', 52_500],
      ['', 'Summa', { formula: 'SUM(C6:C10)' }],
      [4060, 'Revision', 30_000],
    ]);
    const file = { 'b.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) };
    const r = await runCli(['budget-check', 'b.xlsx', '--year', '2026', '--json'], file);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      sheet: 'Budget 2026',
      revenues: 2_102_500,
      costs: 2_102_500,
      difference: 0,
      feeRevenue: 2_102_500,
      expectedFeeRevenue: 2_102_500,
      balanced: true,
      passed: false,
    });
    expect(
      out.findings.map((f: { severity: string; cell?: string; code: string }) => `${f.severity} ${f.cell} ${f.code}`),
    ).toEqual([
      'error C11 amount-unreadable',
      'warning C12 line-after-summa',
      // The Summa row is there, its cell unreadable: said once, as that (not also "no Summa row").
      'info C3 balanced',
    ]);
    expect(out.findings[0].message).toBe(
      'Raden ”Summa” (C11): Cellen innehåller formeln ”=SUM(C6:C10)” utan beräknat värde. Öppna filen i Excel, låt den räkna om och spara den.',
    );
  });

  it.each([
    [['budget-check'], {}, 'Ange en budgetfil'],
    [['budget-check', 'saknas.xlsx'], {}, 'Filen saknas.xlsx finns inte'],
    [
      ['budget-check', 'fel.xlsx'],
      { 'fel.xlsx': 'inte en arbetsbok' },
      'fel.xlsx är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel eller LibreOffice, spara som .xlsx',
    ],
    [
      ['budget-check', 'b.xlsx', '--sheet', 'Nope'],
      'budget',
      'b.xlsx har inget blad som heter ”Nope”. Bladen är: ”Budget”.',
    ],
  ])('%j cannot be read: exit 2', async (argv, files, message) => {
    const r = await runCli(
      argv as string[],
      files === 'budget' ? { 'b.xlsx': await xlsx(tabularBudget()) } : (files as Record<string, string>),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

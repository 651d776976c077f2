import { generatedMembers, generatedPopulation } from '../support/generated';
import { createFakeExcel } from '../fakes/fakeExcel';
import { renderPlanToExcel } from '../../src/workbook/excel';
import { readRangeValues } from '../../src/workbook/read';
import { planFor } from './fixtures';

const render = async (fake: ReturnType<typeof createFakeExcel>, replaceOwnSheets = false, plan = planFor()) => {
  const result = await renderPlanToExcel(plan, { excel: fake.Excel, replaceOwnSheets });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('the fake host behaves like Office.js where it matters', () => {
  it('a property read before load and sync throws', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load('items/name');
      expect(() => sheets.items).toThrow(/not available/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Blad1']);
    });
  });

  it('writes apply at sync, and a wrong-sized array fails there', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [[1, 2]];
      expect(fake.cell('Blad1', 'A1')).toBeUndefined();
      await context.sync();
      expect(fake.cell('Blad1', 'B1')?.value).toBe(2);
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [[1]];
      await expect(context.sync()).rejects.toThrow(/doesn't match/);
    });
  });

  it('a numeric-looking text becomes a number unless the cell is text-formatted first', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [['0127']];
      const b1 = sheet.getRange('B1');
      b1.numberFormat = [['@']];
      b1.values = [['0127']];
      await context.sync();
    });
    expect(fake.cell('Blad1', 'A1')?.value).toBe(127);
    expect(fake.cell('Blad1', 'B1')?.value).toBe('0127');
  });
});

describe('renderPlanToExcel', () => {
  it('writes the 2026 workbook in two syncs with the exact cells of the plan', async () => {
    const fake = createFakeExcel();
    const summary = await render(fake);
    expect(summary.syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    expect(summary.sheets.map((s) => s.name)).toEqual([
      'Avgift 2026', 'Fakturaunderlag 2026',
      'Botkyrka 2026', 'Haninge 2026', 'Huddinge 2026', 'Nykvarn 2026', 'Nynäshamn 2026', 'Salem 2026', 'Södertälje 2026', 'Tyresö 2026',
      'Befolkning', 'Historik',
    ]);
    expect(fake.state.active.name).toBe('Avgift 2026');

    // The allocation: kommunkod as text, population as numbers, the fee as a live formula on the named rate.
    expect(fake.values('Avgift 2026', 'A9:E10')).toEqual([
      ['Kommunkod', 'Kommun', 'Folkmängd 31 december 2025', 'Andel', 'Avgift'],
      ['0127', 'Botkyrka', 96_750, '=C10/C$18', '=C10*Sats_2026'],
    ]);
    expect(fake.cell('Avgift 2026', 'A10')).toMatchObject({ value: '0127', numberFormat: '@' });
    expect(fake.cell('Avgift 2026', 'E10')?.numberFormat).toBe('#,##0 "kr"');
    expect(fake.cell('Avgift 2026', 'B6')).toMatchObject({ value: 4, numberFormat: '#,##0.00 "kr"', fill: '#FFF2CC' });
    expect(fake.values('Avgift 2026', 'B18:E18')).toEqual([['Summa', '=SUM(C10:C17)', '=SUM(D10:D17)', '=SUM(E10:E17)']]);
    expect(fake.values('Avgift 2026', 'A20:C20')).toEqual([['Kontroll', '=IF(ABS(C20)<=0,"Stämmer","Avviker")', '=E18-Sats_2026*C18']]);
    expect(fake.state.names.get('Sats_2026')).toMatchObject({ formula: "='Avgift 2026'!$B$6" });
    expect(fake.sheet('Avgift 2026')!.conditionalFormats).toEqual([{ address: 'B20', formula: '=B20<>"Stämmer"', fontColor: '#9C0006', bold: true, fill: '#FFC7CE' }]);
    expect(fake.sheet('Avgift 2026')!.frozenRows).toBe(9);

    // The invoice table links to the allocation sheet; member sheets are A4 and linked too.
    expect(fake.state.tables.get('Fakturaunderlag_2026')).toMatchObject({ address: 'A5:H13' });
    expect(fake.cell('Fakturaunderlag 2026', 'D6')?.formula).toBe("='Avgift 2026'!E10");
    expect(fake.cell('Fakturaunderlag 2026', 'G6')).toMatchObject({ value: 46096, numberFormat: 'yyyy-mm-dd' });
    expect(fake.cell('Tyresö 2026', 'B9')?.formula).toBe("='Avgift 2026'!E17");
    expect(fake.sheet('Tyresö 2026')!.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1 } });
    expect(fake.state.names.get('Sats_2026')?.comment).toBe('Avgift per invånare');

    // Every sheet says where its data comes from.
    for (const sheet of fake.state.sheets.slice(1)) {
      const texts = [...sheet.cells.values()].map((c) => String(c.value ?? ''));
      expect(texts.some((t) => t.startsWith('Källa: Inbyggd ögonblicksbild'))).toBe(true);
    }
    // The add-in's sheets are marked.
    expect(fake.state.names.get('AVGF_avgift_2026')?.formula).toBe("='Avgift 2026'!$A$1");
  });

  it('needs the same number of syncs for all 290 municipalities as for 8', async () => {
    const members = generatedMembers();
    const plan = planFor(2026, undefined, members, generatedPopulation(members, 2008, 2025));
    const fake = createFakeExcel();
    const summary = await render(fake, false, plan);
    expect(summary.syncs).toBe(2);
    expect(fake.state.sheets).toHaveLength(1 + 2 + 290 + 2);
    expect(fake.cell('Avgift 2026', 'E299')?.formula).toBe('=C299*Sats_2026');
  });

  it('never touches a user’s sheet: ours gets a versioned name and formulas follow it', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Avgift 2026', cells: { A1: 'Mina egna anteckningar' } }] });
    const summary = await render(fake, true);
    expect(fake.cell('Avgift 2026', 'A1')?.value).toBe('Mina egna anteckningar');
    expect(summary.sheets[0]).toEqual({ key: 'avgift-2026', name: 'Avgift 2026 (2)', replaced: false });
    expect(fake.cell('Fakturaunderlag 2026', 'D6')?.formula).toBe("='Avgift 2026 (2)'!E10");
    expect(fake.cell('Avgift 2026 (2)', 'E10')?.formula).toBe('=C10*Sats_2026_2');
    expect(fake.state.names.get('Sats_2026_2')?.formula).toBe("='Avgift 2026 (2)'!$B$6");
  });

  it('a second run makes new versions unless asked to replace; replacing touches only our sheets', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Intäkter' } }] });
    await render(fake);
    const second = await render(fake);
    expect(second.sheets[0]!.name).toBe('Avgift 2026 (2)');
    expect(fake.state.tables.has('Fakturaunderlag_2026_2')).toBe(true);

    const third = await render(fake, true);
    expect(third.sheets.every((s) => s.replaced)).toBe(true);
    expect(third.sheets[0]!.name).toBe('Avgift 2026');
    expect(fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
    expect(fake.cell('Budget', 'A1')?.value).toBe('Intäkter');
    expect(fake.state.names.get('Sats_2026')?.formula).toBe("='Avgift 2026'!$B$6");
    expect(fake.state.sheets).toHaveLength(1 + 12 + 12); // Budget, the replaced set, the (2) set
  });

  it('replaces our sheets even when they are all the workbook has', async () => {
    const fake = createFakeExcel();
    await render(fake);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').delete();
      await context.sync();
    });
    const again = await render(fake, true);
    expect(again.sheets).toHaveLength(12);
    expect(fake.state.sheets).toHaveLength(12);
  });

  it('reports progress and a Swedish error instead of throwing', async () => {
    const steps: string[] = [];
    const fake = createFakeExcel();
    await renderPlanToExcel(planFor(), { excel: fake.Excel, onProgress: (p) => steps.push(`${p.step} ${p.done}/${p.total}`) });
    expect(steps[0]).toBe('read 0/12');
    expect(steps.at(-1)).toBe('done 12/12');
    const broken = await renderPlanToExcel(planFor(), { excel: { run: async () => Promise.reject(new Error('GeneralException')) } });
    expect(!broken.ok && broken.error.message.sv).toContain('Excel kunde inte skriva arbetsboken: GeneralException');
    const none = await renderPlanToExcel(planFor(), { excel: undefined });
    expect(!none.ok && none.error.code).toBe('excel-missing');
  });
});

describe('readRangeValues', () => {
  const fake = createFakeExcel({
    sheets: [
      { name: 'Blad1', cells: { A1: 'x' } },
      { name: 'Budget', cells: { A1: 'Intäkter', B2: 2_102_500, A3: 'Summa' } },
    ],
    selection: { sheet: 'Budget', address: 'A1:B3' },
  });

  it('reads the selection, a sheet’s used range, in one sync', async () => {
    const before = fake.syncs;
    const selection = await readRangeValues({ kind: 'selection' }, fake.Excel);
    expect(fake.syncs - before).toBe(1);
    expect(selection).toEqual({ ok: true, value: { sheet: 'Budget', address: 'A1:B3', values: [['Intäkter', ''], ['', 2_102_500], ['Summa', '']] } });
    const sheet = await readRangeValues({ kind: 'sheet', name: 'Budget' }, fake.Excel);
    expect(sheet.ok && sheet.value.address).toBe('A1:B3');
  });

  it('says so when the sheet or table is not there', async () => {
    const missing = await readRangeValues({ kind: 'sheet', name: 'Saknas' }, fake.Excel);
    expect(!missing.ok && missing.error.message.sv).toBe('Bladet ”Saknas” finns inte eller är tomt.');
    const table = await readRangeValues({ kind: 'table', name: 'Budget2026' }, fake.Excel);
    expect(!table.ok && table.error.code).toBe('table-missing');
  });
});

describe('text from files is never run as a formula', () => {
  it('a member named like a formula stays text in its cells, and its sheet name is made safe', async () => {
    const { allocate, invoiceRows, perCapitaRule } = await import('../../src/domain');
    const { feeWorkbookPlan } = await import('../../src/workbook/layouts');
    const members = [
      { code: '0180', name: '=HYPERLINK("http://evil.example","Klicka")' },
      { code: '0181', name: 'Södertälje/[Test]:?*' },
    ];
    const population = { figures: members.map((m) => ({ code: m.code, year: 2025, population: 1000 })), source: { kind: 'file' as const, label: 'test' } };
    const a = allocate({ feeYear: 2026, rule: perCapitaRule(), members, population });
    if (!a.ok) throw new Error(a.error.message.en);
    const plan = feeWorkbookPlan({ allocation: a.value, population, members, invoices: invoiceRows(a.value), generatedAt: '2026-11-23T08:00:00Z' });
    const fake = createFakeExcel();
    const written = await renderPlanToExcel(plan, { excel: fake.Excel });
    if (!written.ok) throw new Error(written.error.message.en);
    const cell = fake.cell('Avgift 2026', 'B10')!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","Klicka")');
    expect(written.value.sheets.map((s) => s.name)).toContain('Södertälje Test 2026');
  });
});

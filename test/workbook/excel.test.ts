import { generatedMembers, generatedPopulation } from '../support/generated';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { readRangeValues } from '../../src/workbook/excel/read';
import { logEntryFor } from '../../src/domain';
import { allocationFor, planFor } from './fixtures';
import { SHEETS_2026 } from '../support/expected';

const render = async (fake: RealExcel, replaceOwnSheets = false, plan = planFor()) => {
  const result = await renderPlanToExcel(plan, { excel: fake.Excel, replaceOwnSheets });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('renderPlanToExcel', () => {
  it('logs the write in the same two round trips: a new Logg sheet the first time, a row below the last one after', async () => {
    const log = (time: string) => logEntryFor(allocationFor(2026), { action: 'Skrivet', time });
    const fake = createRealExcel({ sheets: [{ name: 'Blad1', cells: { A1: 'Egen' } }] });
    const first = await renderPlanToExcel(planFor(), { excel: fake.Excel, log: log('2026-03-02T09:00:00.000Z') });
    if (!first.ok) throw new Error(first.error.message.en);
    expect(fake.model.traffic()).toMatchObject({ roundTrips: 2, cleanup: 0 });
    expect(first.value.log).toEqual({ sheet: 'Logg', row: 5 });
    expect(first.value.sheets.map((s) => s.name)).not.toContain('Logg'); // the summary is the plan's sheets
    expect(fake.state.sheets.map((s) => s.name).slice(-1)).toEqual(['Logg']);
    expect(fake.state.names.has('AVGF_logg')).toBe(true);

    const before = fake.model.traffic().roundTrips;
    const again = await renderPlanToExcel(planFor(), {
      excel: fake.Excel,
      replaceOwnSheets: true,
      log: log('2026-03-03T10:00:00.000Z'),
    });
    if (!again.ok) throw new Error(again.error.message.en);
    // Reading the Logg's used range in the first read costs no round trip, and no clean-up either;
    // Historik, replaced in place, has its chart: its charts are read first (one more), to draw it anew.
    expect(fake.model.traffic()).toMatchObject({ roundTrips: before + 3, cleanup: 0 });
    expect(fake.sheet('Historik')!.charts.map((c) => c.name)).toEqual(['AVGF_historik_diagram1']);
    expect(again.value.log).toEqual({ sheet: 'Logg', row: 6 });
    expect(fake.values('Logg', 'A5:C6')).toEqual([
      ['2026-03-02T09:00:00.000Z', 'Skrivet', 2026],
      ['2026-03-03T10:00:00.000Z', 'Skrivet', 2026],
    ]);
    expect(fake.cell('Logg', 'J6')?.value).toBe(log('x').checksum);
    expect(fake.cell('Logg', 'J6')?.numberFormat).toBe('@'); // the checksum stays text
    expect(fake.state.sheets.filter((s) => s.name.startsWith('Logg'))).toHaveLength(1);
  });

  it('writes the 2026 workbook in two real round trips (no clean-up) with the exact cells of the plan', async () => {
    const fake = createRealExcel();
    const summary = await render(fake);
    expect(summary.syncs).toBe(2);
    expect(fake.model.traffic()).toMatchObject({ roundTrips: 2, cleanup: 0 });
    expect(summary.sheets.map((s) => s.name)).toEqual(SHEETS_2026);
    expect(fake.state.active.name).toBe('Avgift 2026');

    // The allocation: kommunkod as text, population as numbers, the fee as a live formula on the named rate,
    // which Excel computes (the model calculates what our layouts write).
    const population = fake.values('Avgift 2026', 'C10:C17').map((row) => row[0] as number);
    const total = population.reduce((a, b) => a + b, 0);
    expect(fake.values('Avgift 2026', 'A9:E10')).toEqual([
      ['Kommunkod', 'Kommun', 'Folkmängd 31 december 2025', 'Andel', 'Avgift'],
      ['0127', 'Botkyrka', 96_750, 96_750 / total, 96_750 * 4],
    ]);
    expect([fake.cell('Avgift 2026', 'D10')?.formula, fake.cell('Avgift 2026', 'E10')?.formula]).toEqual([
      '=C10/C$18',
      '=C10*Sats_2026',
    ]);
    expect(fake.cell('Avgift 2026', 'A10')).toMatchObject({ value: '0127', numberFormat: '@' });
    expect(fake.cell('Avgift 2026', 'E10')?.numberFormat).toBe('#,##0 "kr"');
    expect(fake.cell('Avgift 2026', 'B6')).toMatchObject({ value: 4, numberFormat: '#,##0.00 "kr"', fill: '#FFF2CC' });
    expect(['C18', 'D18', 'E18', 'B20', 'C20'].map((a) => fake.cell('Avgift 2026', a)?.formula)).toEqual([
      '=SUM(C10:C17)',
      '=SUM(D10:D17)',
      '=SUM(E10:E17)',
      '=IF(ABS(C20)<=0,"Stämmer","Avviker")',
      '=E18-Sats_2026*C18',
    ]);
    expect(fake.values('Avgift 2026', 'B18:C18')).toEqual([['Summa', total]]);
    expect(fake.values('Avgift 2026', 'E18')).toEqual([[4 * total]]);
    expect(fake.values('Avgift 2026', 'A20:C20')).toEqual([['Kontroll', 'Stämmer', 0]]);
    // A formula, not text: Excel keeps a formula written into an @ cell as text.
    expect(fake.cell('Avgift 2026', 'B20')).toMatchObject({
      formula: '=IF(ABS(C20)<=0,"Stämmer","Avviker")',
      numberFormat: 'General',
    });
    for (const sheet of fake.state.sheets) {
      for (const cell of sheet.cells.values())
        expect(
          cell.formula === undefined &&
            typeof cell.value === 'string' &&
            /^=[A-Z]+\(/.test(cell.value) &&
            !cell.value.includes('evil'),
        ).toBe(false);
    }
    expect(fake.state.names.get('Sats_2026')).toMatchObject({ formula: "='Avgift 2026'!$B$6" });
    expect(fake.sheet('Avgift 2026')!.conditionalFormats).toEqual([
      expect.objectContaining({
        address: 'B20',
        type: 'Custom',
        formula: '=B20<>"Stämmer"',
        fontColor: '#9C0006',
        bold: true,
        fill: '#FFC7CE',
      }),
    ]);
    expect(fake.sheet('Avgift 2026')!.frozenRows).toBe(9);

    // The invoice table links to the allocation sheet; member sheets are A4 and linked too.
    expect(fake.state.tables.get('Fakturaunderlag_2026')).toMatchObject({ address: 'A5:O13' }); // the invoice's columns A–H, the members register's I–O
    expect(fake.cell('Fakturaunderlag 2026', 'D6')?.formula).toBe("='Avgift 2026'!E10");
    expect(fake.cell('Fakturaunderlag 2026', 'G6')).toMatchObject({ value: 46096, numberFormat: 'yyyy-mm-dd' });
    expect(fake.cell('Tyresö 2026', 'B9')?.formula).toBe("='Avgift 2026'!E17");
    expect(fake.sheet('Tyresö 2026')!.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.cell('Tyresö 2026', 'A1')).toMatchObject({ bold: true, size: 14 });
    expect(fake.cell('Tyresö 2026', 'B9')).toMatchObject({ bold: true, borders: ['EdgeTop'] });
    expect(fake.sheet('Tyresö 2026')!.columnWidths.get(0)).toBeGreaterThan(100);
    expect(fake.state.names.get('Sats_2026')?.comment).toBe('Avgift per invånare');

    // Every sheet says where its data comes from.
    for (const sheet of fake.state.sheets.slice(1)) {
      const texts = [...sheet.cells.values()].map((c) => String(c.value ?? ''));
      expect(texts.some((t) => t.startsWith('Källa: Inbyggd ögonblicksbild'))).toBe(true);
    }
    // The add-in's sheets are marked, by hidden names.
    expect(fake.state.names.get('AVGF_avgift_2026')).toMatchObject({ formula: "='Avgift 2026'!$A$1", visible: false });
    expect([...fake.state.names.values()].filter((n) => n.name.startsWith('AVGF_')).every((n) => !n.visible)).toBe(
      true,
    );
  });

  it('all 290 municipalities: every real request under 4 MB, 2.5 MB in all, in the same two round trips', async () => {
    const members = generatedMembers();
    const plan = planFor(2026, undefined, members, generatedPopulation(members, 2008, 2025));
    const fake = createRealExcel();
    const summary = await render(fake, false, plan);
    expect(fake.state.sheets).toHaveLength(1 + 2 + 290 + 2);
    expect(fake.cell('Avgift 2026', 'E299')?.formula).toBe('=C299*Sats_2026');
    const traffic = fake.model.traffic();
    expect(traffic.largest).toBeLessThanOrEqual(4_000_000);
    expect(traffic.bytes).toBeLessThanOrEqual(2_500_000);
    expect(summary.syncs).toBe(traffic.roundTrips);
    expect(traffic.roundTrips).toBeLessThanOrEqual(3);
  });

  it.each([
    [8, 150_000],
    [100, 1_000_000],
  ])('%i members: real bytes within %i, at most 3 round trips with the library’s clean-up', async (count, bytes) => {
    const members = generatedMembers(count);
    const plan = count === 8 ? planFor() : planFor(2026, undefined, members, generatedPopulation(members, 2008, 2025));
    const fake = createRealExcel();
    await render(fake, false, plan);
    const traffic = fake.model.traffic();
    expect(traffic.bytes).toBeLessThanOrEqual(bytes);
    expect(traffic.roundTrips).toBeLessThanOrEqual(3);
    expect(fake.state.sheets.length).toBe(1 + plan.sheets.length);
  });

  it('an Excel without ExcelApi 1.9 gets a message naming every Excel that runs the add-in', async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 8,
        },
      },
    };
    try {
      const result = await renderPlanToExcel(planFor(), { excel: createRealExcel().Excel });
      expect(!result.ok && result.error.code).toBe('excel-api-unsupported');
      const message = !result.ok ? result.error.message.sv : '';
      for (const excel of ['Microsoft 365 för Windows, Mac och iPad', 'Excel på webben', 'Office 2021', 'Office 2024'])
        expect(message).toContain(excel);
    } finally {
      delete g.Office;
    }
  });

  it('never touches a user’s sheet: ours gets a versioned name and formulas follow it', async () => {
    const fake = createRealExcel({ sheets: [{ name: 'Avgift 2026', cells: { A1: 'Mina egna anteckningar' } }] });
    const summary = await render(fake, true);
    expect(fake.cell('Avgift 2026', 'A1')?.value).toBe('Mina egna anteckningar');
    expect(summary.sheets[0]).toEqual({
      key: 'avgift-2026',
      name: 'Avgift 2026 (2)',
      replaced: false,
      besideOwn: 'Avgift 2026',
    });
    expect(fake.cell('Fakturaunderlag 2026', 'D6')?.formula).toBe("='Avgift 2026 (2)'!E10");
    expect(fake.cell('Avgift 2026 (2)', 'E10')?.formula).toBe('=C10*Sats_2026_2');
    expect(fake.state.names.get('Sats_2026_2')?.formula).toBe("='Avgift 2026 (2)'!$B$6");
  });

  it('a second run makes new versions unless asked to replace; replacing rewrites our sheets in place', async () => {
    const fake = createRealExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Intäkter' } }] });
    await render(fake);
    const order = fake.state.sheets.map((s) => s.name);
    const second = await render(fake);
    expect(second.sheets[0]!.name).toBe('Avgift 2026 (2)');
    expect(fake.state.tables.has('Fakturaunderlag_2026_2')).toBe(true);

    const third = await render(fake, true);
    expect(third.sheets.every((s) => s.replaced)).toBe(true);
    expect(third.sheets[0]!.name).toBe('Avgift 2026');
    expect(fake.state.sheets.map((s) => s.name).slice(0, order.length)).toEqual(order); // tab places kept
    expect(fake.cell('Budget', 'A1')?.value).toBe('Intäkter');
    expect(fake.state.names.get('Sats_2026')?.formula).toBe("='Avgift 2026'!$B$6");
    expect([...fake.state.tables.keys()].sort()).toEqual(['Fakturaunderlag_2026', 'Fakturaunderlag_2026_2']); // no _3 drift
    expect(fake.state.sheets).toHaveLength(1 + 12 + 12); // Budget, the replaced set, the (2) set
  });

  it('replacing in place keeps every reference to our sheets: user formulas, user names, our other sheets', async () => {
    const fake = createRealExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Intäkter' } }] });
    await render(fake);
    await fake.Excel.run(async (context) => {
      const budget = context.workbook.worksheets.getItem('Budget');
      budget.getRange('B1:B2').formulas = [["='Avgift 2026'!E18"], ['=Min_avgift*2']];
      context.workbook.names.add('Min_avgift', "='Avgift 2026'!$E$18");
      await context.sync();
    });
    const allocationOnly = { ...planFor(), sheets: planFor().sheets.filter((s) => s.key === 'avgift-2026') };
    const again = await render(fake, true, allocationOnly);
    expect(again.sheets).toEqual([{ key: 'avgift-2026', name: 'Avgift 2026', replaced: true }]);
    expect(fake.cell('Budget', 'B1')?.formula).toBe("='Avgift 2026'!E18");
    expect(fake.cell('Budget', 'B2')?.formula).toBe('=Min_avgift*2');
    expect(fake.state.names.get('Min_avgift')?.formula).toBe("='Avgift 2026'!$E$18");
    // Our other sheets still link to the allocation: no #REF! anywhere.
    const refErrors = fake.state.sheets.flatMap((s) =>
      [...s.cells.values()].filter((c) => c.formula?.includes('#REF!')),
    );
    expect(refErrors).toEqual([]);
    expect(fake.cell('Fakturaunderlag 2026', 'D6')?.formula).toBe("='Avgift 2026'!E10");
    expect(fake.cell('Avgift 2026', 'E10')?.formula).toBe('=C10*Sats_2026');
  });

  it('replaces our sheets even when they are all the workbook has', async () => {
    const fake = createRealExcel();
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
    const fake = createRealExcel();
    await renderPlanToExcel(planFor(), {
      excel: fake.Excel,
      onProgress: (p) => steps.push(`${p.step} ${p.done}/${p.total}`),
    });
    expect(steps[0]).toBe('read 0/12');
    expect(steps.at(-1)).toBe('done 12/12');
    const broken = await renderPlanToExcel(planFor(), {
      excel: {
        run: async () =>
          Promise.reject(Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' })),
      },
    });
    expect(!broken.ok && broken.error.message.sv).toContain(
      'Excel kunde inte skriva arbetsboken: Excel stötte på ett internt fel.',
    );
    const none = await renderPlanToExcel(planFor(), { excel: undefined });
    expect(!none.ok && none.error.code).toBe('excel-missing');
  });
});

describe('readRangeValues', () => {
  const fake = createRealExcel({
    sheets: [
      { name: 'Blad1', cells: { A1: 'x' } },
      { name: 'Budget', cells: { A1: 'Intäkter', B2: 2_102_500, A3: 'Summa' } },
    ],
    selection: { sheet: 'Budget', address: 'A1:B3' },
  });

  it('reads the selection, a sheet’s used range, in one request (and the library’s clean-up)', async () => {
    fake.model.resetTraffic();
    const selection = await readRangeValues({ kind: 'selection' }, fake.Excel);
    expect(fake.model.traffic()).toMatchObject({ work: 1 });
    expect(selection).toEqual({
      ok: true,
      value: {
        sheet: 'Budget',
        address: 'A1:B3',
        values: [
          ['Intäkter', ''],
          ['', 2_102_500],
          ['Summa', ''],
        ],
      },
    });
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
    const population = {
      figures: members.map((m) => ({ code: m.code, year: 2025, population: 1000 })),
      source: { kind: 'file' as const, label: 'test' },
    };
    const a = allocate({ feeYear: 2026, rule: perCapitaRule(), members, population });
    if (!a.ok) throw new Error(a.error.message.en);
    const plan = feeWorkbookPlan({
      allocation: a.value,
      population,
      members,
      invoices: invoiceRows(a.value),
      generatedAt: '2026-11-23T08:00:00Z',
    });
    const fake = createRealExcel();
    const written = await renderPlanToExcel(plan, { excel: fake.Excel });
    if (!written.ok) throw new Error(written.error.message.en);
    const cell = fake.cell('Avgift 2026', 'B10')!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","Klicka")');
    expect(written.value.sheets.map((s) => s.name)).toContain('Södertälje Test 2026');
  });
});

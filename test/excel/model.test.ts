import { createRealExcel, RealExcel } from './realExcel';
import { rewriteSheetReferences } from './model';

/* The answering model, driven by Microsoft's real Excel library: every rule here is Excel's. */
const run = <T>(excel: RealExcel, batch: Parameters<RealExcel['Excel']['run']>[0]) =>
  excel.Excel.run(batch) as Promise<T>;

describe('the real library against the model', () => {
  it('a property read before load and sync throws (the library’s own PropertyNotLoaded)', async () => {
    const excel = createRealExcel();
    await run(excel, async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Blad1']);
    });
  });

  it('records real bytes and round trips, including the library’s _RemoveReference clean-up', async () => {
    const excel = createRealExcel();
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [[1, 2]];
      await context.sync();
    });
    const traffic = excel.model.traffic();
    expect(traffic).toMatchObject({ roundTrips: 2, work: 1, cleanup: 1 });
    expect(excel.model.requests[0]!.bytes).toBeGreaterThan(200);
    // An untracked range is never kept, so there is nothing to clean up.
    const quiet = createRealExcel();
    await run(quiet, async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      range.untrack();
      range.values = [[1, 2]];
      await context.sync();
    });
    expect(quiet.model.traffic()).toMatchObject({ roundTrips: 1, cleanup: 0 });
    expect(quiet.cell('Blad1', 'B1')?.value).toBe(2);
  });

  it('runs the Windows library (excel-win32-16.01.js) too', async () => {
    const excel = createRealExcel({}, 'win32');
    await run(excel, async (context) => {
      context.workbook.worksheets.add('Ny').getRange('A1').values = [['x']];
      await context.sync();
    });
    expect(excel.cell('Ny', 'A1')?.value).toBe('x');
  });
});

describe('Excel’s rules in the model', () => {
  it('text that looks like a number becomes one unless the cell is @; a formula into @ stays text', async () => {
    const excel = createRealExcel();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1:D1').values = [['0127', '=1+1', '-A1', "'=text"]];
      const b2 = sheet.getRange('A2:B2');
      b2.numberFormat = [['@', '@']];
      b2.formulas = [['0127', '=IF(A1>0,"Stämmer","Avviker")']];
      await context.sync();
    });
    expect(excel.cell('Blad1', 'A1')?.value).toBe(127);
    expect(excel.cell('Blad1', 'B1')?.formula).toBe('=1+1');
    expect(excel.cell('Blad1', 'C1')?.formula).toBe('=-A1');
    expect(excel.cell('Blad1', 'D1')).toMatchObject({ value: '=text' });
    expect(excel.cell('Blad1', 'A2')?.value).toBe('0127');
    expect(excel.cell('Blad1', 'B2')).toMatchObject({ value: '=IF(A1>0,"Stämmer","Avviker")' });
    expect(excel.cell('Blad1', 'B2')?.formula).toBeUndefined();
  });

  it('renaming a sheet rewrites references to it; deleting it turns them into #REF! in cells and names', async () => {
    const excel = createRealExcel({
      sheets: [
        { name: 'Avgift 2026' },
        { name: 'Mitt', cells: { A1: "='Avgift 2026'!E18", A2: '="Avgift 2026!E18"' } },
      ],
      names: { Min: "='Avgift 2026'!$E$18" },
    });
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Avgift 2026').name = 'Avgift';
      await context.sync();
    });
    expect(excel.cell('Mitt', 'A1')?.formula).toBe('=Avgift!E18');
    expect(excel.cell('Mitt', 'A2')?.formula).toBe('="Avgift 2026!E18"');
    expect(excel.state.names.get('Min')?.formula).toBe('=Avgift!$E$18');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Avgift').delete();
      await context.sync();
    });
    expect(excel.cell('Mitt', 'A1')?.formula).toBe('=#REF!E18');
    expect(excel.state.names.get('Min')?.formula).toBe('=#REF!$E$18');
    expect(rewriteSheetReferences("=SUM('It''s'!A1,Its!B2)", "It's", '#REF!')).toBe('=SUM(#REF!A1,Its!B2)');
  });

  it('a batch is not rolled back: actions before the failing one stay, the error names its action', async () => {
    const excel = createRealExcel();
    const error = await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [['kvar']];
      context.workbook.worksheets.add('Bad/name');
      sheet.getRange('A2').values = [['aldrig']];
      await context.sync();
    }).catch((e: { code?: string; debugInfo?: { statement?: string } }) => e);
    expect(error).toMatchObject({ code: 'InvalidArgument' });
    expect((error as { debugInfo: { statement: string } }).debugInfo.statement).toContain('add');
    expect(excel.cell('Blad1', 'A1')?.value).toBe('kvar');
    expect(excel.cell('Blad1', 'A2')).toBeUndefined();
  });

  it.each([
    ['a sheet name with /', (c: Excel.RequestContext) => void c.workbook.worksheets.add('a/b'), 'InvalidArgument'],
    [
      'a sheet name over 31 characters',
      (c: Excel.RequestContext) => void c.workbook.worksheets.add('x'.repeat(32)),
      'InvalidArgument',
    ],
    [
      'the sheet name History',
      (c: Excel.RequestContext) => void c.workbook.worksheets.add('History'),
      'InvalidArgument',
    ],
    [
      'a sheet name taken (any case)',
      (c: Excel.RequestContext) => void c.workbook.worksheets.add('BLAD1'),
      'ItemAlreadyExists',
    ],
    [
      'a name that is a cell reference',
      (c: Excel.RequestContext) => void c.workbook.names.add('AB12', '=Blad1!$A$1'),
      'InvalidArgument',
    ],
    ['an R1C1 name', (c: Excel.RequestContext) => void c.workbook.names.add('R1C1', '=Blad1!$A$1'), 'InvalidArgument'],
    [
      'a name with a space',
      (c: Excel.RequestContext) => void c.workbook.names.add('Sats 2026', '=Blad1!$A$1'),
      'InvalidArgument',
    ],
    ['a name taken', (c: Excel.RequestContext) => void c.workbook.names.add('Min', '=Blad1!$A$1'), 'ItemAlreadyExists'],
    [
      'a table style that does not exist',
      (c: Excel.RequestContext) =>
        void (c.workbook.worksheets.getItem('Blad1').tables.add('A1:B3', true).style = 'TableStyleMedium99'),
      'InvalidArgument',
    ],
    [
      'a table named like a name',
      (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Blad1').tables.add('A1:B3', true).name = 'min'),
      'InvalidArgument',
    ],
    [
      'an unknown conditional format type',
      (c: Excel.RequestContext) =>
        void c.workbook.worksheets
          .getItem('Blad1')
          .getRange('A1')
          .conditionalFormats.add('Sparkle' as Excel.ConditionalFormatType),
      'InvalidArgument',
    ],
    [
      'a custom rule without =',
      (c: Excel.RequestContext) =>
        void (c.workbook.worksheets
          .getItem('Blad1')
          .getRange('A1')
          .conditionalFormats.add('Custom').custom.rule.formula = 'A1>0'),
      'InvalidArgument',
    ],
    [
      'an unknown paper size',
      (c: Excel.RequestContext) =>
        void (c.workbook.worksheets.getItem('Blad1').pageLayout.paperSize = 'A7' as Excel.PaperType),
      'InvalidArgument',
    ],
    [
      'deleting the last visible sheet',
      (c: Excel.RequestContext) => void c.workbook.worksheets.getItem('Blad1').delete(),
      'InvalidOperation',
    ],
    [
      'getItem of a sheet that does not exist',
      (c: Excel.RequestContext) => void c.workbook.worksheets.getItem('Saknas').activate(),
      'ItemNotFound',
    ],
  ])('refuses %s', async (_, act, code) => {
    const excel = createRealExcel({ names: { Min: '=Blad1!$A$1' } });
    const error = await run(excel, async (context) => {
      act(context as unknown as Excel.RequestContext);
      await context.sync();
    }).catch((e: { code?: string }) => e);
    expect(error).toMatchObject({ code });
  });

  it('non-ASCII letters are allowed in names; table headers are made unique; *OrNullObject gives a null object', async () => {
    const excel = createRealExcel({
      sheets: [{ name: 'Blad1', cells: { A1: 'Kommun', B1: 'Kommun', A2: 'x', B2: 'y' } }],
    });
    await run(excel, async (context) => {
      context.workbook.names.add('Söder_Törn', '=Blad1!$A$1');
      const table = context.workbook.worksheets.getItem('Blad1').tables.add('A1:B2', true);
      table.name = 'Fördelning';
      const missing = context.workbook.worksheets.getItemOrNullObject('Saknas');
      const present = context.workbook.worksheets.getItemOrNullObject('blad1');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    expect(excel.state.names.has('Söder_Törn')).toBe(true);
    expect([...excel.state.tables.values()][0]).toMatchObject({ name: 'Fördelning', headers: ['Kommun', 'Kommun2'] });
    expect(excel.cell('Blad1', 'B1')?.value).toBe('Kommun2');
  });

  it('a request over 5 MB fails whole with RequestPayloadSizeLimitExceeded', async () => {
    const excel = createRealExcel();
    const big = Array.from({ length: 1000 }, () => ['x'.repeat(6000)]);
    const error = await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:A1000').values = big;
      await context.sync();
    }).catch((e: { code?: string }) => e);
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.cell('Blad1', 'A1')).toBeUndefined();
  });

  it('fails at the action asked for, as Excel answers, and counts the fault', async () => {
    const excel = createRealExcel();
    excel.model.failAtAction(3);
    const error = await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      await context.sync();
    }).catch((e: { code?: string }) => e);
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect(excel.model.faultsInjected).toBe(1);
  });
});

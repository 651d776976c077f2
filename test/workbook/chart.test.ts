import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { oreToKronor } from '../../src/domain';
import { DEFAULT_SHEETS } from '../../src/jobs/sheets';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { renderPlanToXlsx } from '../../src/workbook/xlsx/render';
import { createRealExcel } from '../excel/realExcel';
import { relationships } from '../../src/workbook/xlsx/package';
import { readXlsxSheets } from '../../src/workbook/xlsx/read';
import { decided2026, plan2026 } from '../support/year2026';

/*
 * The Historik chart as DrawingML parts in the .xlsx (issue 22, item 2): its series are the sheet's
 * cells, its caches the figures the cells hold, and the package stays one every reader opens.
 * LibreOffice opening, printing and saving it: test/slow/chart.test.ts. In Excel, the same chart by
 * Office.js's charts.add, on Microsoft's library answered by the model.
 */
const plan = plan2026(DEFAULT_SHEETS);

describe('the Historik chart in the .xlsx', () => {
  let zip: JSZip;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPlanToXlsx(plan);
    zip = await JSZip.loadAsync(bytes);
  });

  it('is a chart part on the Historik sheet only, with its drawing, relationships and content types', async () => {
    expect(Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p))).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
    ]);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = relationships(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'), 'xl/');
    const withDrawing: string[] = [];
    for (const [attributes] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const name = / name="([^"]+)"/.exec(attributes)![1]!;
      const id = / r:id="([^"]+)"/.exec(attributes)![1];
      const xml = await zip.file(rels.find((r) => r.id === id)!.target)!.async('string');
      if (xml.includes('<drawing r:id=')) withDrawing.push(name);
    }
    expect(withDrawing).toEqual(['Historik']);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    expect(drawing).toMatch(/descr="Staplade kolumner, en per avgiftsår i tabellen ovanför; .*Botkyrka, Haninge/);
  });

  it("feeds on the Historik cells: a series per member, its cached figures the sheet's fees for 2010–2026", async () => {
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const series = [...chart.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((m) => m[1]!);
    expect(series).toHaveLength(8);
    const botkyrka = series[0]!;
    expect(botkyrka).toContain("<c:f>'Historik'!$C$6</c:f>");
    expect(botkyrka).toContain('<c:v>Botkyrka</c:v>');
    expect(botkyrka).toContain("<c:f>'Historik'!$A$7:$A$23</c:f>");
    expect(botkyrka).toContain("<c:f>'Historik'!$C$7:$C$23</c:f>");
    const cached = [...botkyrka.split('<c:val>')[1]!.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    const sheets = await readXlsxSheets(bytes, 'Avgift-2026.xlsx');
    if (!sheets.ok) throw new Error(sheets.error.message.en);
    const historik = sheets.value.find((s) => s.sheet === 'Historik')!.values;
    expect(cached).toEqual(historik.slice(6, 23).map((row) => row[2]));
    expect(cached.at(-1)).toBe(oreToKronor(decided2026().allocation.members[0]!.feeOre)); // 387 000 kr in 2026
  });

  it('stays a package ExcelJS opens, every sheet there', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });
});

describe('the Historik chart in Excel (Microsoft’s Excel library, answered by the model)', () => {
  it('is drawn with charts.add: stacked columns from the Historik cells, the years as categories, under the table', async () => {
    const fake = createRealExcel();
    const written = await renderPlanToExcel(plan, { excel: fake.Excel });
    if (!written.ok) throw new Error(written.error.message.en);
    expect(fake.sheet('Historik')!.charts).toEqual([
      {
        id: expect.any(String),
        name: 'AVGF_historik_diagram1',
        type: 'ColumnStacked',
        source: 'C6:J23', // the members' names above their fees, 2010–2026
        seriesBy: 'Columns',
        title: 'Avgift per medlem och år (kr)',
        categories: 'A7:A23',
        position: ['A26', 'J45'],
      },
    ]);
    expect(fake.state.sheets.filter((s) => s.charts.length).map((s) => s.name)).toEqual(['Historik']);
  });

  it("replaced in place, ours is drawn anew and the officer's own chart on the sheet stays", async () => {
    const fake = createRealExcel();
    const first = await renderPlanToExcel(plan, { excel: fake.Excel });
    if (!first.ok) throw new Error(first.error.message.en);
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Historik');
      ws.charts.add('Line', ws.getRange('K6:K23'), 'Columns').name = 'Mitt diagram';
      await context.sync();
    });
    const again = await renderPlanToExcel(plan, { excel: fake.Excel, replaceOwnSheets: true });
    if (!again.ok) throw new Error(again.error.message.en);
    expect(fake.sheet('Historik')!.charts.map((c) => [c.name, c.type])).toEqual([
      ['Mitt diagram', 'Line'],
      ['AVGF_historik_diagram1', 'ColumnStacked'],
    ]);
  });
});

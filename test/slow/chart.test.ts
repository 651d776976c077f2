import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { renderPlanToXlsx } from '../../src/workbook/xlsx/render';
import { ROOT } from './support/browser';
import { printPagesAsPng, recalculateWithLibreOffice, saveWithLibreOffice } from './support/libreoffice';
import { requireProgram } from './support/programs';
import { plan2026 } from '../support/year2026';

/*
 * The fees over the years as a native chart on Historik (issue 22, item 2), proven with LibreOffice:
 * it opens, prints (PDF → PNG, kept in test-results/chart/ to look at) and keeps the chart on a save,
 * its series still the Historik cells.
 */
const haveLibreOffice = requireProgram('soffice', 'libreoffice-calc') && requireProgram('pdftoppm', 'poppler-utils');
const describeIf = haveLibreOffice ? describe : describe.skip;
const OUT = join(ROOT, 'test-results', 'chart');

async function historyWorkbook(): Promise<Uint8Array> {
  const only = {
    allocation: false,
    invoices: false,
    memberSheets: false,
    population: false,
    history: true,
    budget: false,
  };
  return renderPlanToXlsx(plan2026(only));
}

describeIf('the Historik chart in LibreOffice', () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    xlsx = await historyWorkbook();
    writeFileSync(join(OUT, 'Historik.xlsx'), xlsx);
  });

  it('opens and prints: the title, a legend entry per member and the years on the axis, on the one page', () => {
    const { text, png } = printPagesAsPng(xlsx);
    png.forEach((p, i) => writeFileSync(join(OUT, `historik-${i + 1}.png`), p));
    expect(text).toHaveLength(1);
    const page = text[0]!;
    expect(page).toContain('Avgift per medlem och år (kr)');
    for (const m of SODERTORN_MEMBERS) expect(page.split(m.name).length - 1).toBeGreaterThanOrEqual(2); // table header and legend
    // The category axis: the fee years side by side on one line (in the table each year is a row of its own).
    expect(page).toMatch(/2010\s+2011\s+2012\s+2013\s+2014\s+2015\s+2016\s+2017\s+2018/);
    expect(png[0]!.length).toBeGreaterThan(20_000); // a page with a drawn chart, not an empty one
  });

  it('keeps the chart on a save: stacked columns, eight series, each still a range of Historik', async () => {
    const saved = await JSZip.loadAsync(saveWithLibreOffice(xlsx));
    const charts = Object.keys(saved.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = await saved.file(charts[0]!)!.async('string');
    expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
    const refs = [...chart.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    expect(refs).toEqual(['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => `Historik!$${c}$7:$${c}$23`));
  });

  it("its figures are the table's: what LibreOffice computes for the cells the series read", () => {
    const historik = recalculateWithLibreOffice(xlsx).get('Historik')!;
    // Row 23 (2026), Botkyrka (C) and the year's Summa (K): 387 000 kr of 2 102 500 kr.
    expect([historik[22]![0], historik[22]![2], historik[22]![10]]).toEqual(['2026', '387000', '2102500']);
  });
});

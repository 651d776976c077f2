import { fitColumnWidths, textWidth } from '../../src/workbook/plan/columnWidths';
import { displayText } from '../../src/workbook/plan/display';
import { FORMAT, formula, number, text } from '../../src/workbook/layouts/cells';
import { Block, SheetPlan } from '../../src/workbook/plan/plan';
import { planFor } from './fixtures';

const sheet = (blocks: Block[], extra: Partial<SheetPlan> = {}) => ({ key: 'k', name: 'K', blocks, ...extra });
const NBSP = '\u00a0';

describe('displayText: what a cell shows, as Swedish Excel formats it', () => {
  it('kronor, öre, integers, years, percent, dates, text and General', () => {
    expect(displayText(2_102_500, FORMAT.kronor)).toBe(`2${NBSP}102${NBSP}500 kr`);
    expect(displayText(440_212.5, FORMAT.kronorOre)).toBe(`440${NBSP}212,50 kr`);
    expect(displayText(-50_000, FORMAT.kronor)).toBe(`-50${NBSP}000 kr`);
    expect(displayText(-0.004, FORMAT.kronorOre)).toBe('0,00 kr');
    expect(displayText(525_625, FORMAT.integer)).toBe(`525${NBSP}625`);
    expect(displayText(2026, FORMAT.year)).toBe('2026');
    expect(displayText(96_750 / 525_625, FORMAT.percent)).toBe(`18,41${NBSP}%`);
    expect(displayText(46_096, FORMAT.date)).toBe('2026-03-15');
    expect(displayText('0127', FORMAT.text)).toBe('0127');
    expect(displayText(1 / 3)).toBe('0,3333333333');
    expect(displayText(null)).toBe('');
  });
});

describe('textWidth: Calibri advance widths in Excel’s unit (a digit is 7 px at 11 pt)', () => {
  it('a digit of Calibri 11 is 1038/2048 em, a little over the 7 px Excel counts it as', () => {
    expect(textWidth('0', {})).toBeCloseTo(((1038 / 2048) * 11 * (96 / 72)) / 7, 10);
    expect(textWidth('2026', {})).toBeCloseTo(4 * textWidth('0', {}), 10);
  });

  it('bold is wider, a title size scales, an unknown character counts as the widest', () => {
    expect(textWidth('Folkmängd 31 december 2025', { bold: true })).toBeGreaterThan(
      textWidth('Folkmängd 31 december 2025', {}),
    );
    expect(textWidth('Avgift 2026', { bold: true, size: 14 })).toBeCloseTo(
      (14 / 11) * textWidth('Avgift 2026', { bold: true }),
      10,
    );
    expect(textWidth('\u4e00', {})).toBeGreaterThanOrEqual(textWidth('W', {}));
    // Proportional, not a count of characters: ten i's are far narrower than ten W's.
    expect(textWidth('iiiiiiiiii', {})).toBeLessThan(textWidth('WWWWWWWWWW', {}) / 2);
  });
});

describe('fitColumnWidths', () => {
  it('fits each column to its longest text in its font, numbers as formatted', () => {
    const widths = fitColumnWidths(
      sheet([
        {
          at: 'A1',
          rows: [
            [text('Kommun', 'header'), text('Avgift', 'header')],
            [text('Södertälje'), number(2_102_500, FORMAT.kronor)],
          ],
        },
      ]),
    );
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('Södertälje', {}));
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth(`2${NBSP}102${NBSP}500 kr`, {}));
    expect(widths[1]).toBeLessThan(textWidth(`2${NBSP}102${NBSP}500 kr`, {}) + 3);
  });

  it('a bold header needs more than the same text plain, and a formula is measured by its result', () => {
    const long = 'Summa avgift − avgift per invånare × total folkmängd (ska vara 0)';
    const plain = fitColumnWidths(sheet([{ at: 'A1', rows: [[text(long), text('x')]] }]));
    const bold = fitColumnWidths(sheet([{ at: 'A1', rows: [[text(long, 'header'), text('x')]] }]));
    expect(bold[0]).toBeGreaterThan(plain[0]!);
    const cached = fitColumnWidths(
      sheet([{ at: 'A1', rows: [[formula('=SUM(B1:B9)', FORMAT.kronor, { result: 123_456_789 })]] }]),
    );
    expect(cached[0]).toBeGreaterThanOrEqual(textWidth(`123${NBSP}456${NBSP}789 kr`, {}));
  });

  it('a title or note running on over empty cells does not widen its column, only its span', () => {
    const table: Block = {
      at: 'A3',
      rows: [
        [text('Kommunkod', 'header'), text('Kommun', 'header'), text('Avgift', 'header')],
        [text('0127'), text('Botkyrka'), number(387_000, FORMAT.kronor)],
      ],
    };
    const alone = fitColumnWidths(sheet([table]));
    // A title that fits over the table's columns changes nothing.
    expect(fitColumnWidths(sheet([{ at: 'A1', rows: [[text('Avgift 2026', 'title')]] }, table]))).toEqual(alone);
    // One longer than all of them widens the span A–C in proportion, not column A alone.
    const title = 'Fakturaunderlag – avgift 2026, Södertörnskommunernas samarbetskommitté';
    const widths = fitColumnWidths(sheet([{ at: 'A1', rows: [[text(title, 'title')]] }, table]));
    expect(widths.reduce((s, w) => s + w, 0)).toBeGreaterThanOrEqual(textWidth(title, { bold: true, size: 14 }));
    widths.forEach((w, i) => expect(w / alone[i]!).toBeCloseTo(widths[0]! / alone[0]!, 0));
  });

  it('text next to a filled cell must fit its own column; a merged cell needs only its span', () => {
    const label = 'Avgift per invånare enligt beslut';
    const blocked = fitColumnWidths(sheet([{ at: 'A1', rows: [[text(label, 'label'), number(4, FORMAT.kronorOre)]] }]));
    expect(blocked[0]).toBeGreaterThanOrEqual(textWidth(label, { bold: true }));
    const merged = fitColumnWidths(
      sheet([{ at: 'A1', rows: [[text(label, 'label')], [text('a'), text('b'), text('c')]] }], { merges: ['A1:C1'] }),
    );
    expect(merged[0]).toBeLessThan(textWidth(label, { bold: true }));
    expect(merged.reduce((s, w) => s + w, 0)).toBeGreaterThanOrEqual(textWidth(label, { bold: true }));
  });

  it('a table header has room for its filter button', () => {
    const rows = [[text('Belopp', 'header')], [number(1, FORMAT.year)]];
    const plain = fitColumnWidths(sheet([{ at: 'A1', rows }]));
    const table = fitColumnWidths(sheet([{ at: 'A1', rows }], { tables: [{ name: 'T', range: 'A1:A2' }] }));
    expect(table[0]! - plain[0]!).toBeGreaterThanOrEqual(2);
  });

  it('every sheet of the fee workbook has its widths fitted, the population header whole in bold', () => {
    for (const s of planFor().sheets) {
      expect(s.columnWidths).toEqual(fitColumnWidths(s));
      const header = s.blocks
        .flatMap((b) => b.rows)
        .flat()
        .find((c) => c?.value === 'Folkmängd 31 december 2025');
      if (header && s.key === 'avgift-2026')
        expect(s.columnWidths![2]).toBeGreaterThanOrEqual(textWidth('Folkmängd 31 december 2025', { bold: true }));
    }
  });
});

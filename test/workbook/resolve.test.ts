import { safeSheetName } from '../../src/workbook/plan/address';
import { existingWorkbook } from '../../src/workbook/excel/render';
import { markerName, resolveNames, sheetOfReference } from '../../src/workbook/plan/resolve';
import { WorkbookPlan } from '../../src/workbook/plan/plan';

const plan = (name: string): WorkbookPlan => ({
  sheets: [{ key: 'k', name, blocks: [], tables: [{ name: 'Fakturaunderlag_2026', range: 'A1:B2' }] }],
  names: [{ key: 'rate', name: 'Sats_2026', sheetKey: 'k', address: '$B$6' }],
});

describe('choosing names', () => {
  it('sanitises sheet names from files: no : \\ / ? * [ ], at most 31 characters', () => {
    expect(safeSheetName('Avgift [2026]: Botkyrka/Salem?')).toBe('Avgift 2026 Botkyrka Salem');
    expect(safeSheetName("'=cmd'")).toBe('=cmd');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('  ')).toBe('Blad');
  });

  it('versions within 31 characters, case-insensitively, names and tables with the same suffix', () => {
    const long = 'Ett mycket långt kommunnamn 2026'.slice(0, 31);
    const r = resolveNames(
      plan(long),
      existingWorkbook([long.toUpperCase()], [], [{ name: 'Fakturaunderlag_2026', sheet: 'Annat' }]),
      true,
    );
    expect(r.sheetNames.get('k')).toBe('Ett mycket långt kommunnamn (2)');
    expect(r.sheetNames.get('k')!.length).toBeLessThanOrEqual(31);
    expect(r.names.get('rate')).toBe('Sats_2026_2');
    expect(r.tableNames.get('Fakturaunderlag_2026')).toBe('Fakturaunderlag_2026_2');
  });

  it('a sheet is ours only when a marker name points at it; replacing keeps its names and table name', () => {
    const existing = existingWorkbook(
      ['Avgift 2026', 'Budget'],
      [
        { name: markerName('k'), formula: "='Avgift 2026'!$A$1" },
        { name: 'Sats_2026', formula: "='Avgift 2026'!$B$6" },
        { name: 'Min_avgift', formula: "='Avgift 2026'!$E$18" },
        { name: 'Mitt', formula: '=Budget!$A$1' },
      ],
      [{ name: 'Fakturaunderlag_2026', sheet: 'Avgift 2026' }],
    );
    expect(existing.sheets).toEqual([
      { name: 'Avgift 2026', ours: true },
      { name: 'Budget', ours: false },
    ]);
    const r = resolveNames(plan('Avgift 2026'), existing, true);
    expect(r.replacedSheets).toEqual(['Avgift 2026']);
    expect(r.replacedTables).toEqual(['Fakturaunderlag_2026']);
    expect(r.tableNames.get('Fakturaunderlag_2026')).toBe('Fakturaunderlag_2026');
    expect(r.markers.get('k')).toBe(markerName('k'));
    expect([...r.keptNames.keys()].sort()).toEqual([markerName('k'), 'Sats_2026']); // never the user's Min_avgift
    expect(r.names.get('rate')).toBe('Sats_2026');
    expect(resolveNames(plan('Budget'), existing, true).sheetNames.get('k')).toBe('Budget (2)');
  });

  it('reads the sheet of a reference', () => {
    expect(sheetOfReference("='Avgift 2026'!$A$1")).toBe('Avgift 2026');
    expect(sheetOfReference("='O''Brien'!$A$1")).toBe("O'Brien");
    expect(sheetOfReference('=Budget!$A$1:$B$2')).toBe('Budget');
    expect(sheetOfReference('=12')).toBeUndefined();
  });
});

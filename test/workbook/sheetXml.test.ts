import {
  appendRowXml,
  protectSheetXml,
  readSheetXml,
  sharedStrings,
  shiftFormula,
} from '../../src/workbook/xlsx/sheetXml';

const sheet = (data: string, after = '<pageMargins left="0.7"/>', p = '') =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}dimension ref="A1:C4"/>${data}${after}</${p}worksheet>`;

describe('worksheet parts read and changed as text', () => {
  it('reads shared strings (rich runs joined, phonetic runs left out), inline strings, numbers, booleans, errors and shared formulas as each cell shows them', () => {
    const strings = sharedStrings(
      '<sst><si><t>Kommunkod</t></si><si><r><t>Avgift </t></r><r><t xml:space="preserve">2026</t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B</t></si></sst>',
    );
    expect(strings).toEqual(['Kommunkod', 'Avgift 2026', 'A & B']);
    const xml = sheet(
      '<sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>Tryck _x0026_ porto</t></is></c></row>' +
        '<row r="10"><c r="C10"><v>96750</v></c><c r="E10"><f t="shared" ref="E10:E12" si="0">C10*Sats_2026+$B$6</f><v>387000</v></c></row>' +
        '<row r="11"><c r="C11"><v>101408</v></c><c r="E11"><f t="shared" si="0"/><v>405632</v></c><c r="F11" t="b"><v>1</v></c><c r="G11" t="e"><v>#REF!</v></c></row></sheetData>',
    );
    const s = readSheetXml('Avgift 2026', xml, strings);
    expect(s.values[1]).toEqual(['Avgift 2026', '', 'Tryck & porto']);
    expect(s.formulas[9]![4]).toBe('=C10*Sats_2026+$B$6');
    expect(s.formulas[10]![4]).toBe('=C11*Sats_2026+$B$6');
    expect(s.values[10]).toEqual(['', '', 101408, '', 405632, true, '#REF!']);
    expect(s.protected).toBe(false);
  });

  it('moves a shared formula’s relative references only: not absolute ones, names, strings or quoted sheet names', () => {
    expect(shiftFormula('ROUND(G10*C10/H10,0)+\'Avgift 2026\'!$E$10&"C10"+Sats_2026', 3, 1)).toBe(
      'ROUND(H13*D13/I13,0)+\'Avgift 2026\'!$E$10&"C10"+Sats_2026',
    );
  });

  it('protects a part right after its cell data, once; with a namespace prefix too', () => {
    const protectedXml = protectSheetXml(sheet('<sheetData/><sheetCalcPr fullCalcOnLoad="1"/>'));
    expect(protectedXml).toContain(
      '<sheetData/><sheetCalcPr fullCalcOnLoad="1"/><sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/><pageMargins',
    );
    expect(protectSheetXml(protectedXml)).toBe(protectedXml);
    expect(readSheetXml('x', protectedXml, []).protected).toBe(true);
    expect(protectSheetXml(sheet('<x:sheetData></x:sheetData>', '', 'x:'))).toContain(
      '</x:sheetData><x:sheetProtection sheet="1"',
    );
  });

  it('appends below the last row with content, replacing a row of formatting only in its place and keeping later rows in order; the dimension grows', () => {
    const xml = sheet(
      '<sheetData><row r="4"><c r="A4" t="inlineStr"><is><t>Tid</t></is></c></row><row r="5" s="3" customFormat="1"><c r="A5" s="3"/></row><row r="40" s="3" customFormat="1"/></sheetData>',
    );
    const { xml: out, row } = appendRowXml(
      xml,
      [{ value: '2026-01-23T09:30:00Z' }, { value: 'Fastställt' }, { value: 2026 }],
      (c) => (c === 2 ? '7' : undefined),
    );
    expect(row).toBe(5);
    expect(out).toContain('<row r="4">');
    expect(out).toContain(
      '<row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">2026-01-23T09:30:00Z</t></is></c><c r="B5" t="inlineStr"><is><t xml:space="preserve">Fastställt</t></is></c><c r="C5" s="7"><v>2026</v></c></row><row r="40"',
    );
    expect(out).toContain('<dimension ref="A1:C5"/>');
    expect(readSheetXml('Logg', out, []).values[4]).toEqual(['2026-01-23T09:30:00Z', 'Fastställt', 2026]);
  });
});

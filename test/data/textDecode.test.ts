import { execFileSync } from 'node:child_process';
import { readCsv } from '../../src/data/csv';
import { parsePopulationCsv } from '../../src/data/populationCsv';
import { readMembersBytes } from '../../src/data/membersFile';
import { readPopulationBytes } from '../../src/data/populationFile';
import { decodeText } from '../../src/data/textDecode';

/** Bytes as iconv writes them: the same tool officers' systems and SCB's servers use, not our own encoder. */
const iconv = (text: string, to: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text }));
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);
const TEXT = 'kommunkod;kommun\r\n0181;Södertälje\r\n0192;Nynäshamn\r\n';

describe('decodeText: the encoding is read from the bytes', () => {
  it.each([
    ['UTF-8 without BOM', iconv(TEXT, 'UTF-8'), 'utf-8', false],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', withBom([0xef, 0xbb, 0xbf], iconv(TEXT, 'UTF-8')), 'utf-8', true],
    ['Windows-1252 (Excel "CSV (semikolonavgränsad)")', iconv(TEXT, 'WINDOWS-1252'), 'windows-1252', false],
    ["ISO-8859-1 (SCB's older downloads)", iconv(TEXT, 'ISO-8859-1'), 'windows-1252', false],
    ['UTF-16 LE with BOM (Excel "Unicode-text")', withBom([0xff, 0xfe], iconv(TEXT, 'UTF-16LE')), 'utf-16le', true],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], iconv(TEXT, 'UTF-16BE')), 'utf-16be', true],
    ['UTF-16 LE without BOM', iconv(TEXT, 'UTF-16LE'), 'utf-16le', false],
  ])('%s', (_, bytes, encoding, bom) => {
    const r = decodeText(bytes);
    expect(r).toEqual({ ok: true, value: { text: TEXT, encoding, bom } });
  });

  it('a members file from Swedish Excel keeps "Södertälje" (never "S�dert�lje")', () => {
    const r = readMembersBytes(iconv(TEXT, 'WINDOWS-1252'), 'm.csv');
    expect(r.ok && r.value.map((m) => m.name)).toEqual(['Södertälje', 'Nynäshamn']);
  });

  it('names the real cause: a zipped workbook, a binary file', () => {
    const zip = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'befolkning.csv');
    expect(!zip.ok && zip.error.message.sv).toContain('befolkning.csv är ingen textfil utan en packad arbetsbok');
    const binary = decodeText(new Uint8Array([0x41, 0, 0, 0, 0x42, 0x43, 0, 7, 9, 0]), 'x.csv');
    expect(!binary.ok && binary.error.code).toBe('file-binary');
  });
});

describe('readCsv: the separator is found from the whole file, lines counted as the file counts them', () => {
  it('a title line with commas does not make a semicolon file comma-separated', () => {
    const t = readCsv(
      '"Folkmängd, 31 december, efter region"\r\n\r\n"region";"2024";"2025"\r\n"0127 Botkyrka";95905;96750\r\n',
    );
    expect(t.separator).toBe(';');
    expect(t.rows).toEqual([
      ['Folkmängd, 31 december, efter region'],
      [],
      ['region', '2024', '2025'],
      ['0127 Botkyrka', '95905', '96750'],
    ]);
  });

  it('decimal commas in a semicolon file, tabs, and a quoted field over two lines keep the line count', () => {
    expect(readCsv('a;b\n1,5;2,5\n3,5;4\n').separator).toBe(';');
    expect(readCsv('a\tb\n1\t2\n').separator).toBe('\t');
    const t = readCsv('kod,namn\n0127,"Bot\nkyrka"\n0136,Haninge\n');
    expect(t.rows[3]).toEqual(['0136', 'Haninge']);
  });

  it("PxWeb's space-separated CSV and its two-column region (code, text) are read", () => {
    const space = parsePopulationCsv(
      '"Folkmängden per region efter år"\n"region" "2024" "2025"\n"0127 Botkyrka" 95905 96750\n"0136 Haninge" 100895 101408\n',
      { kind: 'file', label: 'f' },
    );
    expect(space.ok && space.value.series.figures.length).toBe(4);
    const twoColumns = parsePopulationCsv('region;region;2025\n0127;Botkyrka;96750\n', { kind: 'file', label: 'f' });
    expect(twoColumns.ok && twoColumns.value.members).toEqual([{ code: '0127', name: 'Botkyrka' }]);
    const unnamed = parsePopulationCsv('region;;2025\n0127;Botkyrka;96750\n', { kind: 'file', label: 'f' });
    expect(unnamed.ok && unnamed.value.members).toEqual([{ code: '0127', name: 'Botkyrka' }]);
  });

  it("PxWeb's relational (long) table: a contents column and a value column", () => {
    const r = parsePopulationCsv('"region","tabellinnehåll","år","värde"\n"0127 Botkyrka","Folkmängd","2025",96750\n', {
      kind: 'file',
      label: 'f',
    });
    expect(r.ok && r.value.series.figures).toEqual([{ code: '0127', year: 2025, population: 96_750 }]);
    const titled = parsePopulationCsv('region;Folkmängd;år;Antal\n0127 Botkyrka;Folkmängd;2025;96750\n', {
      kind: 'file',
      label: 'f',
    });
    expect(titled.ok && titled.value.series.figures).toEqual([{ code: '0127', year: 2025, population: 96_750 }]);
  });

  it('an error names the line as an editor numbers it, blank lines counted', () => {
    const text =
      'Folkmängd per kommun\n\nkommunkod;kommun;ar;folkmangd_31dec\n0127;Botkyrka;2025;96750\n\n\n0136;Haninge;2025;många\n';
    const r = parsePopulationCsv(text, { kind: 'file', label: 'f', location: 'f.csv' });
    expect(!r.ok && r.error.message.sv).toBe(
      'f.csv, rad 7: Folkmängden för Haninge (0136) 31 december 2025 är inget tal: ”många”.',
    );
  });

  it('a missing column is named with what the header row has and how the file was read', async () => {
    const r = await readPopulationBytes(
      iconv('Län;Ålder;Antal\r\nStockholm;totalt;1\r\n', 'WINDOWS-1252'),
      'fel.csv',
      'now',
    );
    expect(!r.ok && r.error.message.sv).toBe(
      'fel.csv: hittar ingen kolumn för kommunkod (kommunkod, kod eller region) (läst som semikolon-avgränsad text, Windows-1252 (ANSI/ISO-8859-1)). Raden med flest fält har: Län | Ålder | Antal. Befolkningsdata behöver en rubrikrad med kommunkod och antingen år och folkmängd eller en kolumn per år.',
    );
  });

  it('a header without a year column says so', () => {
    const r = parsePopulationCsv('region;ålder;Antal\n0127 Botkyrka;totalt;1\n', {
      kind: 'file',
      label: 'f',
      location: 'f.csv',
    });
    expect(!r.ok && r.error.message.sv).toBe('f.csv: rubrikraden (rad 1) saknar en kolumn för år (ar, år).');
  });

  it('"80.055" is echoed as typed, never read as 80,055 or 80 055', () => {
    const r = parsePopulationCsv('kommunkod;kommun;2025\n0127;Botkyrka;80.055\n', {
      kind: 'file',
      label: 'f',
      location: 'f.csv',
    });
    expect(!r.ok && r.error.message.sv).toContain(
      'folkmängden ”80.055” för Botkyrka 2025 kan läsas både som 80 055 och som ett decimaltal',
    );
  });

  it('SCB rows for the county and the country are not municipalities; a split by kön is named', () => {
    const ok = parsePopulationCsv('region;2025\n01 Stockholms län;2500000\n0127 Botkyrka;96750\n00 Riket;10500000\n', {
      kind: 'file',
      label: 'f',
    });
    expect(ok.ok && ok.value.series.figures).toEqual([{ code: '0127', year: 2025, population: 96_750 }]);
    const split = parsePopulationCsv('region;kön;2025\n0127 Botkyrka;män;48000\n0127 Botkyrka;kvinnor;48750\n', {
      kind: 'file',
      label: 'f',
      location: 'f.csv',
    });
    expect(!split.ok && split.error.message.sv).toContain('Filen delar upp folkmängden (kolumnen ”kön”)');
    // With the total among the parts (SCB's "män och kvinnor", "totalt ålder"), the total is read.
    const withTotal = parsePopulationCsv(
      'region;kön;ålder;2025\n0127 Botkyrka;män;totalt ålder;48000\n0127 Botkyrka;kvinnor;totalt ålder;48750\n0127 Botkyrka;män och kvinnor;totalt ålder;96750\n',
      { kind: 'file', label: 'f' },
    );
    expect(withTotal.ok && withTotal.value.series.figures).toEqual([{ code: '0127', year: 2025, population: 96_750 }]);
  });
});

describe('a range in the workbook', () => {
  it('names the sheet row of a bad value, wherever the range starts', () => {
    const { populationFromCells } = require('../../src/data/range');
    const r = populationFromCells(
      [
        ['kommunkod', 'kommun', 2025],
        ['0127', 'Botkyrka', 96750],
        ['0136', 'Haninge', 'x'],
      ],
      "'Min befolkning'!C5:E7",
    );
    expect(!r.ok && r.error.message.sv).toBe(
      'Rad 7: Folkmängden för Haninge (0136) 31 december 2025 är inget tal: ”x”.',
    );
  });
});

describe('workbooks that are not .xlsx', () => {
  it.each([
    ['b09-saved-as.ods', 'ett OpenDocument-kalkylblad (.ods)'],
    ['b10-saved-as.xls', 'en äldre Excel-arbetsbok (.xls, Excel 97–2003)'],
  ])('%s as a population file: "spara som .xlsx"', async (name, what) => {
    const bytes = new Uint8Array(
      require('node:fs').readFileSync(require('node:path').join(__dirname, '../fixtures/corpus', name)),
    );
    const r = await readPopulationBytes(bytes, name, 'now');
    expect(!r.ok && r.error.message.sv).toBe(
      `${name} är ${what}. Öppna den i Excel eller LibreOffice, spara som .xlsx (Excel-arbetsbok) och välj den igen.`,
    );
  });
});

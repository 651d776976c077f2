import { parseCsv } from '../../src/data/csv';
import { parsePopulationCsv } from '../../src/data/populationCsv';
import { parseMembersFile } from '../../src/data/membersFile';

const source = { kind: 'file' as const, label: 'test.csv', location: 'test.csv' };
const parse = (text: string) => parsePopulationCsv(text, source);

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and Swedish semicolons', () => {
    expect(parseCsv('\ufeffa;b\r\n"x;1";"he said ""hej"""\r\n')).toEqual([
      ['a', 'b'],
      ['x;1', 'he said "hej"'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('parsePopulationCsv', () => {
  it('reads the shared format, semicolons and grouped digits included', () => {
    const r = parse('kommunkod;kommun;ar;folkmangd_31dec\n127;Botkyrka;2025;"96 750"\n0136;Haninge;2025;101408\n');
    expect(r.ok && r.value.series.figures).toEqual([
      { code: '0127', year: 2025, population: 96_750 },
      { code: '0136', year: 2025, population: 101_408 },
    ]);
    expect(r.ok && r.value.members.map((m) => m.name)).toEqual(['Botkyrka', 'Haninge']);
  });

  it.each([
    ['a missing column', 'kommunkod,ar\n0127,2025\n', 'rubrikraden (rad 1) saknar en kolumn för folkmängd'],
    ['a bad kommunkod', 'kommunkod,kommun,ar,folkmangd_31dec\n01x7,Botkyrka,2025,96750\n', 'test.csv, rad 2'],
    ['a bad year', 'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,25,96750\n', 'årtal'],
    ['a decimal population', 'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,96750.5\n', 'heltal'],
    ['a negative population', 'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,-3\n', 'negativ'],
    ['an empty population', 'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,\n', 'saknas'],
    ['text for a population', 'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,många\n', 'inget tal'],
    [
      'a duplicate row',
      'kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,1\n0127,Botkyrka,2025,2\n',
      'test.csv, rad 3: Botkyrka (0127) 2025 finns redan på rad 2',
    ],
    ['no rows', 'kommunkod,kommun,ar,folkmangd_31dec\n', 'inga rader'],
  ])('rejects %s with a Swedish message', (_, text, words) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.sv).toContain(words);
  });
});

describe('parseMembersFile', () => {
  it('reads CSV and both JSON shapes', () => {
    const expected = [
      { code: '0180', name: 'Stockholm' },
      { code: '0127', name: 'Botkyrka' },
    ];
    expect(parseMembersFile('kommunkod;kommun\n0180;Stockholm\n127;Botkyrka\n', 'm.csv')).toEqual({
      ok: true,
      value: expected,
    });
    expect(
      parseMembersFile('[{"code":"0180","name":"Stockholm"},{"kommunkod":"0127","kommun":"Botkyrka"}]', 'm.json'),
    ).toEqual({ ok: true, value: expected });
    expect(parseMembersFile('[["0180","Stockholm"],["0127","Botkyrka"]]', 'm.json')).toEqual({
      ok: true,
      value: expected,
    });
  });

  it('says what is wrong', () => {
    const r = parseMembersFile('[{"code":"0180"', 'm.json');
    expect(!r.ok && r.error.message.sv).toBe('m.json är inte giltig JSON.');
    const h = parseMembersFile('a,b\n1,2', 'm.csv');
    expect(!h.ok && h.error.message.sv).toContain('kommunkod och kommun');
  });
});

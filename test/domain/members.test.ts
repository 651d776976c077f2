import { parseKommunkod, SODERTORN_MEMBERS, validateMembers } from '../../src/domain';

describe('members', () => {
  it('the eight Södertörn municipalities with their SCB codes', () => {
    expect(SODERTORN_MEMBERS.map((m) => `${m.code} ${m.name}`)).toEqual([
      '0127 Botkyrka',
      '0136 Haninge',
      '0126 Huddinge',
      '0140 Nykvarn',
      '0192 Nynäshamn',
      '0128 Salem',
      '0181 Södertälje',
      '0138 Tyresö',
    ]);
  });

  it('reads a kommunkod that Excel turned into a number', () => {
    expect(parseKommunkod(127)).toEqual({ ok: true, value: '0127' });
    expect(parseKommunkod(' 2580 ')).toEqual({ ok: true, value: '2580' });
    expect(parseKommunkod('127')).toEqual({ ok: true, value: '0127' });
  });

  it.each(['27', '01270', 'abcd', '', '2600', '0012', 12.5, null])('rejects %p with a Swedish message', (input) => {
    const r = parseKommunkod(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.sv).toMatch(/kommunkod/);
  });

  it('any municipality may be a member; duplicates and nameless ones may not', () => {
    expect(
      validateMembers([
        { code: '0180', name: 'Stockholm' },
        { code: 1280, name: 'Malmö' },
      ]).ok,
    ).toBe(true);
    const dup = validateMembers([
      { code: '0127', name: 'Botkyrka' },
      { code: '0127', name: 'Botkyrka' },
    ]);
    expect(!dup.ok && dup.error.message.sv).toContain('0127 (Botkyrka) finns två gånger');
    expect(validateMembers([{ code: '0127', name: ' ' }]).ok).toBe(false);
    expect(validateMembers([]).ok).toBe(false);
  });
});

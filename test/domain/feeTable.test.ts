import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  allocate,
  canonicalFeeTable,
  feeTableChecksum,
  feeTableOf,
  indexedRule,
  parseRuleCode,
  perCapitaRule,
  ruleCode,
  sha256Hex,
  SODERTORN_MEMBERS,
  splitRule,
  utf8,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';

const a2026 = () => {
  const a = allocate({
    feeYear: 2026,
    rule: perCapitaRule(),
    members: SODERTORN_MEMBERS,
    population: snapshotPopulation(),
  });
  if (!a.ok) throw new Error();
  return a.value;
};

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, including å ä ö and astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(sha256Hex(utf8(s))).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
        expect(Buffer.from(utf8(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonical fee table', () => {
  it('has the documented form, members sorted by code', () => {
    const text = canonicalFeeTable(feeTableOf(a2026()));
    expect(text.split('\n').slice(0, 5)).toEqual([
      'avgiftstabell/1',
      'avgiftsår;2026',
      'regel;per-capita;rate=4.00',
      '0126;114686;458744.00',
      '0127;96750;387000.00',
    ]);
    expect(text.endsWith('0192;30610;122440.00\n')).toBe(true);
  });

  it('changes its checksum with one krona or one inhabitant, not with the member order', () => {
    const table = feeTableOf(a2026());
    const sum = feeTableChecksum(table);
    expect(sum).toMatch(/^[0-9a-f]{64}$/);
    expect(feeTableChecksum({ ...table, rows: [...table.rows].reverse() })).toBe(sum);
    const rows = table.rows.map((r, i) => (i === 0 ? { ...r, feeOre: r.feeOre + 100 } : r));
    expect(feeTableChecksum({ ...table, rows })).not.toBe(sum);
    const pops = table.rows.map((r, i) => (i === 3 ? { ...r, population: r.population + 1 } : r));
    expect(feeTableChecksum({ ...table, rows: pops })).not.toBe(sum);
    expect(feeTableChecksum({ ...table, rule: perCapitaRule(450) })).not.toBe(sum);
  });

  it('reads every rule code back', () => {
    for (const rule of [
      perCapitaRule(),
      perCapitaRule(450),
      indexedRule('exact'),
      indexedRule('chained'),
      splitRule(86_000_000, 2009),
      splitRule(-123_45),
    ]) {
      const back = parseRuleCode(ruleCode(rule));
      expect(back).toEqual({ ok: true, value: rule });
    }
    expect(parseRuleCode('per-capita;rate=4').ok).toBe(false);
  });
});

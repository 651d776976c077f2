import fc from 'fast-check';
import { apportionLargestRemainder, Claim } from '../../src/domain';

const apportion = (total: number, weights: [string, number][]) =>
  Object.fromEntries(
    [
      ...apportionLargestRemainder(
        BigInt(total),
        weights.map(([key, w]) => ({ key, weight: BigInt(w) })),
      ),
    ].map(([k, v]) => [k, Number(v)]),
  );

describe('published largest-remainder examples', () => {
  // The 1790 census apportionment population and Hamilton's method for a House of 120, as in the
  // apportionment bill of 1792 that President Washington vetoed (Balinski & Young, Fair Representation).
  const census1790: [string, number][] = [
    ['Connecticut', 236_841],
    ['Delaware', 55_540],
    ['Georgia', 70_835],
    ['Kentucky', 68_705],
    ['Maryland', 278_514],
    ['Massachusetts', 475_327],
    ['New Hampshire', 141_822],
    ['New Jersey', 179_570],
    ['New York', 331_589],
    ['North Carolina', 353_523],
    ['Pennsylvania', 432_879],
    ['Rhode Island', 68_446],
    ['South Carolina', 206_236],
    ['Vermont', 85_533],
    ['Virginia', 630_560],
  ];

  it('the 1790 US House of 120 seats by Hamilton’s method', () => {
    expect(census1790.reduce((s, [, p]) => s + p, 0)).toBe(3_615_920);
    expect(apportion(120, census1790)).toEqual({
      Connecticut: 8,
      Delaware: 2,
      Georgia: 2,
      Kentucky: 2,
      Maryland: 9,
      Massachusetts: 16,
      'New Hampshire': 5,
      'New Jersey': 6,
      'New York': 11,
      'North Carolina': 12,
      Pennsylvania: 14,
      'Rhode Island': 2,
      'South Carolina': 7,
      Vermont: 3,
      Virginia: 21,
    });
  });

  it('the Alabama paradox: state C loses a seat when the house grows from 10 to 11', () => {
    const states: [string, number][] = [
      ['A', 6],
      ['B', 6],
      ['C', 2],
    ];
    expect(apportion(10, states)).toEqual({ A: 4, B: 4, C: 2 });
    expect(apportion(11, states)).toEqual({ A: 5, B: 5, C: 1 });
  });
});

describe('the documented tie rule', () => {
  it('equal remainders: the larger weight gets the unit', () => {
    // quotas 1.5 and 0.5 … remainders equal (½), weights 3 and 1.
    expect(
      apportion(2, [
        ['small', 1],
        ['large', 3],
      ]),
    ).toEqual({ small: 0, large: 2 });
  });

  it('equal remainders and weights: the lower key (kommunkod) gets the unit', () => {
    expect(
      apportion(1, [
        ['0138', 5],
        ['0127', 5],
      ]),
    ).toEqual({ '0127': 1, '0138': 0 });
    expect(
      apportion(2, [
        ['0181', 1],
        ['0126', 1],
        ['0140', 1],
      ]),
    ).toEqual({ '0126': 1, '0140': 1, '0181': 0 });
  });
});

describe('properties', () => {
  const claims = fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^\d{4}$/), fc.integer({ min: 0, max: 2_000_000 })), {
      minLength: 1,
      maxLength: 40,
      selector: ([key]) => key,
    })
    .filter((cs) => cs.some(([, w]) => w > 0))
    .map((cs) => cs.map(([key, w]): Claim => ({ key, weight: BigInt(w) })));
  const total = fc.bigInt({ min: 0n, max: 10_000_000_000n });

  it('always sums exactly to the total', () => {
    fc.assert(
      fc.property(total, claims, (t, cs) => {
        const parts = [...apportionLargestRemainder(t, cs).values()];
        return parts.reduce((a, b) => a + b, 0n) === t;
      }),
    );
  });

  it('never gives a negative amount and stays within one unit of the exact quota', () => {
    fc.assert(
      fc.property(total, claims, (t, cs) => {
        const sum = cs.reduce((s, c) => s + c.weight, 0n);
        const parts = apportionLargestRemainder(t, cs);
        return cs.every((c) => {
          const p = parts.get(c.key)!;
          const floor = (t * c.weight) / sum;
          return p >= 0n && (p === floor || p === floor + 1n);
        });
      }),
    );
  });

  it('is deterministic and independent of member order', () => {
    const withPermutation = claims.chain((cs) =>
      fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length })),
    );
    fc.assert(
      fc.property(total, withPermutation, (t, [cs, permuted]) => {
        const a = apportionLargestRemainder(t, cs);
        const again = apportionLargestRemainder(t, cs);
        const b = apportionLargestRemainder(t, permuted);
        return cs.every((c) => a.get(c.key) === b.get(c.key) && a.get(c.key) === again.get(c.key));
      }),
    );
  });

  it('a zero weight gets nothing', () => {
    fc.assert(
      fc.property(total, claims, (t, cs) => {
        const parts = apportionLargestRemainder(t, cs);
        return cs.every((c) => c.weight > 0n || parts.get(c.key) === 0n);
      }),
    );
  });

  it('rejects input it cannot apportion', () => {
    expect(() => apportionLargestRemainder(10n, [])).toThrow();
    expect(() => apportionLargestRemainder(10n, [{ key: 'a', weight: 0n }])).toThrow();
    expect(() =>
      apportionLargestRemainder(10n, [
        { key: 'a', weight: 1n },
        { key: 'a', weight: 2n },
      ]),
    ).toThrow();
  });
});

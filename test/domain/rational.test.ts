import fc from 'fast-check';
import { rational, roundHalfAwayFromZero } from '../../src/domain';

describe('roundHalfAwayFromZero, the one rounding function', () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // −2.5 → −3
    [7n, 3n, 2n], // 2.33 → 2
    [-7n, 3n, -2n],
    [8n, 3n, 3n], // 2.67 → 3
    [1n, 2n, 1n], // 0.5 → 1, like Excel's ROUND(0.5;0)
    [-1n, 2n, -1n],
    [0n, 7n, 0n],
  ])('%d/%d → %d', (n, d, expected) => {
    expect(roundHalfAwayFromZero(rational(n, d))).toBe(expected);
  });

  it('agrees with rounding done by hand on decimal strings (no float involved)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          // value = whole + sign·cents/100; half away from zero at .50
          const sign = whole < 0n ? -1n : 1n;
          const value = rational(whole * 100n + sign * BigInt(cents), 100n);
          const expected = whole + (cents >= 50 ? sign : 0n);
          return roundHalfAwayFromZero(value) === expected;
        },
      ),
    );
  });
});

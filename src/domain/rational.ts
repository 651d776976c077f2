/**
 * Exact rational numbers on bigint, so that money and shares never pass through a float.
 * Always normalised: denominator positive, fraction reduced.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('Division by zero in rational()');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);

/**
 * Rounds to a whole number, halves away from zero (as Excel's ROUND does):
 * 2.5 → 3, −2.5 → −3. The one rounding function of the project.
 */
export function roundHalfAwayFromZero(r: Rational): bigint {
  const sign = r.num < 0n ? -1n : 1n;
  const n = abs(r.num);
  const whole = n / r.den;
  const twiceRemainder = 2n * (n % r.den);
  return sign * (twiceRemainder >= r.den ? whole + 1n : whole);
}

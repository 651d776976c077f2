import type { Member } from './members';
import { isWholeKronor, Ore } from './money';
/**
 * Splits a whole number of units (kronor or öre) in proportion to weights so that the parts sum
 * exactly to the total: the largest-remainder (Hamilton) method.
 *
 * Each part first gets the whole part of its exact quota total × weight / Σweight; the units left
 * over go one each to the parts with the largest remainders.
 *
 * Tie rule (deterministic and independent of input order): equal remainders are ordered by larger
 * weight first (the larger population gets the unit), then by key in ascending code-point order
 * (for members: the lower kommunkod).
 *
 * A negative total (a net debt at dissolution, §10) is split as its absolute value and negated, so
 * that every member carries its share of the debt.
 */
export interface Claim {
  readonly key: string;
  readonly weight: bigint;
}

export function apportionLargestRemainder(total: bigint, claims: readonly Claim[]): Map<string, bigint> {
  if (claims.length === 0) throw new RangeError('apportion: no claims');
  if (new Set(claims.map((c) => c.key)).size !== claims.length) {
    throw new RangeError('apportion: duplicate keys');
  }
  if (claims.some((c) => c.weight < 0n)) throw new RangeError('apportion: negative weight');
  const sumWeights = claims.reduce((s, c) => s + c.weight, 0n);
  if (sumWeights === 0n) throw new RangeError('apportion: all weights are zero');

  const sign = total < 0n ? -1n : 1n;
  const amount = total * sign;

  const parts = claims.map((c) => {
    const numerator = amount * c.weight;
    return { claim: c, whole: numerator / sumWeights, remainder: numerator % sumWeights };
  });
  let left = amount - parts.reduce((s, p) => s + p.whole, 0n);

  const order = [...parts].sort(
    (a, b) => cmp(b.remainder, a.remainder) || cmp(b.claim.weight, a.claim.weight) || cmpKey(a.claim.key, b.claim.key),
  );
  for (const p of order) {
    if (left === 0n) break;
    p.whole += 1n;
    left -= 1n;
  }
  return new Map(parts.map((p) => [p.claim.key, p.whole * sign]));
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
const cmpKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Splits an amount by population so the parts sum exactly to it: whole kronor when the amount is
 * whole kronor, whole öre otherwise (largest remainder; see apportion.ts for the tie rule).
 */
export function splitByPopulation(
  amountOre: Ore,
  members: readonly Member[],
  populationOf: (m: Member) => number,
): { member: Member; feeOre: Ore }[] {
  const unit = isWholeKronor(amountOre) ? 100 : 1;
  const parts = apportionLargestRemainder(
    BigInt(amountOre / unit),
    members.map((m) => ({ key: m.code, weight: BigInt(populationOf(m)) })),
  );
  return members.map((member) => ({ member, feeOre: Number(parts.get(member.code)!) * unit }));
}

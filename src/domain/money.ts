import { Rational, rational, roundHalfAwayFromZero } from './rational';

/**
 * Money inside the core is a whole number of öre (1 kr = 100 öre), held in a JS number.
 * Integers are exact up to 2^53 öre (90 billion kronor), far above any fee here.
 */
export type Ore = number;

export const ORE_PER_KRONA = 100;

/** Kronor for the edges (JSON, cells); exact for two decimals as a decimal literal would be. */
export const oreToKronor = (ore: Ore): number => ore / ORE_PER_KRONA;

export const oreToRational = (ore: Ore): Rational => rational(BigInt(ore), 100n);

/** Rounds an exact amount in kronor to whole kronor (half away from zero) and returns öre. */
export function roundToWholeKronor(kronor: Rational): Ore {
  return Number(roundHalfAwayFromZero(kronor)) * ORE_PER_KRONA;
}

/** True when the amount is a whole number of kronor. */
export const isWholeKronor = (ore: Ore): boolean => ore % ORE_PER_KRONA === 0;

import { snapshotPopulation } from '../../src/data/snapshot';
import { perCapitaRule, SODERTORN_MEMBERS } from '../../src/domain';
import { Fees, feesOfYear } from '../../src/jobs/fees';
import { planOfYear, SheetChoice } from '../../src/jobs/plan';

/** The decided fees of 2026 on the bundled SCB figures: 4 kr per invånare, 2 102 500 kr in all. */
export function decided2026(): Fees {
  const fees = feesOfYear({
    feeYear: 2026,
    rule: perCapitaRule(),
    members: SODERTORN_MEMBERS,
    population: snapshotPopulation(),
  });
  if (!fees.ok) throw new Error(fees.error.message.en);
  return fees.value;
}

/** The 2026 workbook's plan as the write job makes it, with the sheets chosen. */
export const plan2026 = (sheets: SheetChoice) =>
  planOfYear({
    fees: decided2026(),
    members: SODERTORN_MEMBERS,
    population: snapshotPopulation(),
    sheets,
    generatedAt: '2026-03-02T09:00:00.000Z',
  });

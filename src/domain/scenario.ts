import { Allocation } from './allocate';
import { Member } from './members';
import { Ore } from './money';
import { fail, ok, Result } from './result';

export interface ScenarioRow {
  readonly member: Member;
  readonly decidedOre: Ore;
  readonly scenarioOre: Ore;
  /** scenario − decided. */
  readonly differenceOre: Ore;
}

export interface ScenarioComparison {
  readonly decided: Allocation;
  readonly scenario: Allocation;
  readonly rows: readonly ScenarioRow[];
  readonly totalDifferenceOre: Ore;
}

/**
 * A scenario beside the decided fees of the same year, member by member.
 *
 * @example
 * compareScenario(decided2026, scenario2026) // 4 kr decided, 4,50 kr what-if
 * // → ok({ rows: [{ member: Botkyrka, decidedOre: 38_700_000, scenarioOre: 43_537_500, differenceOre: 4_837_500 }, …],
 * //        totalDifferenceOre: 26_281_250 (262 812,50 kr) })
 */
export function compareScenario(decided: Allocation, scenario: Allocation): Result<ScenarioComparison> {
  const decidedFee = new Map(decided.members.map((m) => [m.member.code, m.feeOre]));
  if (decided.feeYear !== scenario.feeYear || scenario.members.some((m) => !decidedFee.has(m.member.code))) {
    return fail(
      'scenario-mismatch',
      'Scenariot och de beslutade avgifterna gäller inte samma år och medlemmar.',
      'The scenario and the decided fees are not for the same year and members.',
    );
  }
  const rows = scenario.members.map((m) => {
    const decidedOre = decidedFee.get(m.member.code)!;
    return { member: m.member, decidedOre, scenarioOre: m.feeOre, differenceOre: m.feeOre - decidedOre };
  });
  return ok({ decided, scenario, rows, totalDifferenceOre: scenario.totalOre - decided.totalOre });
}

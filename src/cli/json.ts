import {
  Allocation,
  FeeRule,
  feesKind,
  forecastLabel,
  MemberChange,
  oreToKronor,
  ruleKindOf,
  ScenarioComparison,
  scenarioName,
} from '../domain';
import { Lang } from './options';

/** A rule as JSON, amounts in kronor. */
export function ruleJson(rule: FeeRule, description: { sv: string; en: string }, lang: Lang) {
  return { kind: rule.kind, ...ruleKindOf(rule).json(rule), description: description[lang] };
}

/**
 * An allocation as one JSON object, amounts in kronor. `forecast` and `scenario` are always there;
 * a forecast says which figure it used (`populationDate`, `forecastBasis`, `label` "Prognos 2027 – …")
 * on the object and on every member; a scenario carries the decided fee and the difference per member.
 * With `changes`, each member also carries the change against last year:
 * previousFee + populationEffect + ruleEffect = fee.
 */
export function allocationJson(
  a: Allocation,
  lang: Lang,
  comparison?: ScenarioComparison,
  changes?: readonly MemberChange[],
) {
  const decided = new Map(comparison?.rows.map((r) => [r.member.code, r]) ?? []);
  const change = new Map(changes?.map((c) => [c.member.code, c]));
  const forecastFields = a.forecast
    ? {
        forecastBasis: a.forecast.basis,
        label: forecastLabel(a.feeYear, a.forecast)[lang],
        ...(a.forecast.note ? { note: a.forecast.note[lang] } : {}),
      }
    : {};
  return {
    feeYear: a.feeYear,
    forecast: a.forecast !== undefined,
    scenario: a.scenario,
    ...(a.scenario ? { scenarioName: scenarioName(a.rule, a.feeYear)[lang] } : {}),
    populationDate: a.populationDate,
    ...forecastFields,
    rule: ruleJson(a.rule, a.ruleDescription, lang),
    source: a.source,
    members: a.members.map((m) => {
      const row = decided.get(m.member.code);
      return {
        code: m.member.code,
        name: m.member.name,
        population: m.population,
        fee: oreToKronor(m.feeOre),
        ...(row ? { decidedFee: oreToKronor(row.decidedOre), difference: oreToKronor(row.differenceOre) } : {}),
        basis: m.basis[lang],
        ...changeJson(change.get(m.member.code)),
        ...(a.forecast ? { forecast: true, populationDate: a.populationDate } : {}),
      };
    }),
    totalPopulation: a.totalPopulation,
    total: oreToKronor(a.totalOre),
    ...(comparison
      ? {
          decidedTotal: oreToKronor(comparison.decided.totalOre),
          difference: oreToKronor(comparison.totalDifferenceOre),
        }
      : {}),
    ...(feesKind(a) === 'decided' ? { dueDate: a.dueDate } : {}),
  };
}

function changeJson(c: MemberChange | undefined) {
  return c
    ? {
        previousFee: oreToKronor(c.previousFeeOre),
        populationEffect: oreToKronor(c.populationEffectOre),
        ruleEffect: oreToKronor(c.ruleEffectOre),
      }
    : {};
}

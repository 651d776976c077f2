import { Allocation, FeeRule, oreToKronor } from '../domain';
import { Lang } from './options';

/** A rule as JSON, amounts in kronor. */
export function ruleJson(rule: FeeRule, description: { sv: string; en: string }, lang: Lang) {
  const text = description[lang];
  switch (rule.kind) {
    case 'per-capita':
      return { kind: rule.kind, rate: oreToKronor(rule.rateOre), ...(rule.decision ? { decision: rule.decision } : {}), description: text };
    case 'indexed':
      return { kind: rule.kind, reading: rule.reading, baseYear: rule.baseYear, baseAmount: oreToKronor(rule.baseAmountOre), description: text };
    case 'split':
      return {
        kind: rule.kind,
        amount: oreToKronor(rule.amountOre),
        ...(rule.populationYear !== undefined ? { populationYear: rule.populationYear } : {}),
        ...(rule.purpose ? { purpose: rule.purpose } : {}),
        description: text,
      };
  }
}

export function allocationJson(a: Allocation, lang: Lang) {
  return {
    feeYear: a.feeYear,
    populationDate: a.populationDate,
    rule: ruleJson(a.rule, a.ruleDescription, lang),
    source: a.source,
    members: a.members.map((m) => ({
      code: m.member.code,
      name: m.member.name,
      population: m.population,
      fee: oreToKronor(m.feeOre),
      basis: m.basis[lang],
    })),
    totalPopulation: a.totalPopulation,
    total: oreToKronor(a.totalOre),
    dueDate: a.dueDate,
  };
}

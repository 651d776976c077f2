import { Allocation, FeeRule, MemberChange, oreToKronor } from '../domain';
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

/**
 * The allocation as JSON, amounts in kronor. With `changes`, each member also carries the change
 * against last year: previousFee + populationEffect + ruleEffect = fee.
 */
export function allocationJson(a: Allocation, lang: Lang, changes?: readonly MemberChange[]) {
  const change = new Map(changes?.map((c) => [c.member.code, c]));
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
      ...changeJson(change.get(m.member.code)),
    })),
    totalPopulation: a.totalPopulation,
    total: oreToKronor(a.totalOre),
    dueDate: a.dueDate,
  };
}

function changeJson(c: MemberChange | undefined) {
  return c
    ? { previousFee: oreToKronor(c.previousFeeOre), populationEffect: oreToKronor(c.populationEffectOre), ruleEffect: oreToKronor(c.ruleEffectOre) }
    : {};
}

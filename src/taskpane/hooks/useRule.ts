import { useMemo, useState } from 'react';
import { Result, optional } from '../../domain';
import type { Fees } from '../../jobs/fees';
import { computeFees, RuleForm, ruleFormForYear } from '../model';
import { Population } from './usePopulation';

export type { Fees } from '../../jobs/fees';

export interface RuleStepState {
  readonly form: RuleForm;
  readonly setForm: (form: RuleForm) => void;
  /** The fees on the population now shown; undefined until there is one. */
  readonly fees?: Result<Fees>;
}

/** Step 2: the rule of the fee year until the officer chooses another, and the fees it gives. */
export function useRule(feeYear: number, population: Population | undefined): RuleStepState {
  const [chosen, setChosen] = useState<RuleForm>();
  const form = useMemo(() => chosen ?? ruleFormForYear(feeYear), [chosen, feeYear]);
  const fees = useMemo(
    () => (population ? computeFees(feeYear, form, population) : undefined),
    [feeYear, form, population],
  );
  return { form, setForm: setChosen, ...optional({ fees }) };
}

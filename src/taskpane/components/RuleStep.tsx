import { Caption1, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { Result, yearEndFor } from '../../domain';
import { useLang, useStrings } from '../i18n';
import type { Fees } from '../../jobs/fees';
import { RuleField, RuleForm } from '../model';
import { FeesPreview } from './FeesPreview';
import { Problem } from './Problem';
import { Step } from './Step';

export interface RuleStepProps {
  readonly form: RuleForm;
  readonly onForm: (form: RuleForm) => void;
  readonly feeYear: number;
  /** The live preview; undefined until population is there. */
  readonly fees?: Result<Fees>;
}

/** Step 2: the rule (the year's own unless the officer chooses another) and the fees it gives. */
export function RuleStep({ form, onForm, feeYear, fees }: RuleStepProps) {
  const t = useStrings();
  const lang = useLang();
  const set = (change: Partial<RuleForm>) => onForm({ ...form, ...change });
  // The error names its input: it goes under that input, not in a box below.
  const error = fees && !fees.ok ? fees.error : undefined;
  const validation = (field: RuleField) => (error?.field === field ? { validationState: 'error' as const, validationMessage: error.message[lang] } : {});
  return (
    <Step title={t.ruleStep}>
      <Field label={t.rule}>
        <RadioGroup value={form.kind} onChange={(_, data) => set({ kind: data.value as RuleForm['kind'] })}>
          <Radio value="per-capita" label={t.rulePerCapita} />
          <Radio value="indexed" label={t.ruleIndexed} />
          <Radio value="split" label={t.ruleSplit} />
        </RadioGroup>
      </Field>
      {form.kind === 'per-capita' && (
        <Field label={t.rate} hint={t.rateHint} {...validation('rate')}>
          <Input value={form.rate} inputMode="decimal" onChange={(_, data) => set({ rate: data.value })} />
        </Field>
      )}
      {form.kind === 'indexed' && (
        <Field label={t.reading}>
          <RadioGroup value={form.reading} onChange={(_, data) => set({ reading: data.value as RuleForm['reading'] })}>
            <Radio value="exact" label={t.readingExact} />
            <Radio value="chained" label={t.readingChained} />
          </RadioGroup>
        </Field>
      )}
      {form.kind === 'split' && (
        <>
          <Field label={t.amount} {...validation('amount')}>
            <Input value={form.amount} inputMode="decimal" onChange={(_, data) => set({ amount: data.value })} />
          </Field>
          <Field label={t.splitYear} hint={t.splitYearHint(yearEndFor(feeYear))} {...validation('splitYear')}>
            <Input value={form.splitYear} inputMode="numeric" onChange={(_, data) => set({ splitYear: data.value })} />
          </Field>
        </>
      )}
      {!fees && <Caption1>{t.fetchFirst}</Caption1>}
      {error && !error.field && <Problem message={error.message} />}
      {fees?.ok && <FeesPreview fees={fees.value} />}
    </Step>
  );
}

import { Caption1, Field, Input } from '@fluentui/react-components';
import { Choice } from './Choice';
import { Result, RULE_KINDS, RuleFormField } from '../../domain';
import { useLang, useStrings } from '../i18n';
import type { Fees } from '../../jobs/fees';
import { RuleForm } from '../model';
import { FeesPreview } from './FeesPreview';
import { Problem } from './Problem';
import { Step } from './Step';

export interface RuleStepProps {
  readonly n: number;
  readonly form: RuleForm;
  readonly onForm: (form: RuleForm) => void;
  readonly feeYear: number;
  /** The live preview; undefined until population is there. */
  readonly fees?: Result<Fees>;
}

/**
 * The rule (the year's own unless the officer chooses another) and the fees it gives. The
 * kinds and their fields come from the rules' registry: a new rule brings its own inputs and words.
 */
export function RuleStep({ n, form, onForm, feeYear, fees }: RuleStepProps) {
  const t = useStrings();
  const lang = useLang();
  const kind = RULE_KINDS.find((k) => k.kind === form.kind) ?? RULE_KINDS[0]!;
  const setValue = (key: string, value: string) => onForm({ ...form, values: { ...form.values, [key]: value } });
  // The error names its input: it goes under that input, not in a box below.
  const error = fees && !fees.ok ? fees.error : undefined;
  const validation = (field: string) =>
    error?.field === field ? { validationState: 'error' as const, validationMessage: error.message[lang] } : {};
  const input = (field: RuleFormField) => {
    const value = form.values[field.key] ?? field.initial;
    const hint = field.hint?.(feeYear)[lang];
    if (typeof field.input === 'object') {
      return (
        <Choice
          key={field.key}
          label={field.label[lang]}
          {...(hint ? { hint } : {})}
          value={value}
          options={field.input.choices.map((c) => ({ value: c.value, label: c.label[lang] }))}
          onChange={(v) => setValue(field.key, v)}
        />
      );
    }
    return (
      <Field key={field.key} label={field.label[lang]} {...(hint ? { hint } : {})} {...validation(field.key)}>
        <Input
          value={value}
          inputMode={field.input === 'amount' ? 'decimal' : 'numeric'}
          onChange={(_, data) => setValue(field.key, data.value)}
        />
      </Field>
    );
  };
  return (
    <Step n={n} title={t.ruleStep}>
      <Choice
        label={t.rule}
        value={form.kind}
        options={RULE_KINDS.map((k) => ({ value: k.kind as RuleForm['kind'], label: k.form.label[lang] }))}
        onChange={(kind) => onForm({ ...form, kind })}
      />
      {kind.form.fields.map(input)}
      {!fees && <Caption1>{t.fetchFirst}</Caption1>}
      {error && !error.field && <Problem what="fees" message={error.message} />}
      {fees?.ok && <FeesPreview fees={fees.value} />}
    </Step>
  );
}

import { Caption1, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { Allocation, formatInteger, formatKronor, Result } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { RuleForm } from '../model';
import { DataTable } from './DataTable';
import { Problem } from './Problem';
import { Step } from './Step';

export interface RuleStepProps {
  readonly form: RuleForm;
  readonly onForm: (form: RuleForm) => void;
  readonly feeYear: number;
  /** The live preview; undefined until population is there. */
  readonly preview?: Result<Allocation>;
}

/** Which input a failed preview is about: its message goes under that input, not in a box below. */
function inputInError(form: RuleForm, preview?: Result<Allocation>): 'rate' | 'amount' | 'splitYear' | undefined {
  if (!preview || preview.ok) return undefined;
  const code = preview.error.code;
  if (code === 'input-year') return 'splitYear';
  if (code === 'input-empty' || code === 'input-amount') return form.kind === 'split' ? 'amount' : 'rate';
  return undefined;
}

export function RuleStep({ form, onForm, feeYear, preview }: RuleStepProps) {
  const t = useStrings();
  const lang = useLang();
  const set = (change: Partial<RuleForm>) => onForm({ ...form, ...change });
  const wrong = inputInError(form, preview);
  // The error under its input: aria-invalid and aria-describedby come with Field's validation message.
  const validation = (input: typeof wrong) => (wrong === input && preview && !preview.ok ? { validationState: 'error' as const, validationMessage: preview.error.message[lang] } : {});
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
          <Field label={t.splitYear} hint={t.splitYearHint(feeYear - 1)} {...validation('splitYear')}>
            <Input value={form.splitYear} inputMode="numeric" onChange={(_, data) => set({ splitYear: data.value })} />
          </Field>
        </>
      )}
      {!preview && <Caption1>{t.fetchFirst}</Caption1>}
      {preview && !preview.ok && !wrong && <Problem message={preview.error.message} />}
      {preview?.ok && (
        <>
          {/* Only the total is announced as it changes; the table is read when the user goes to it. */}
          <Caption1 block role="status">
            {preview.value.ruleDescription[lang]}. {t.total} {formatKronor(preview.value.totalOre)}.
          </Caption1>
          <DataTable
            caption={t.preview}
            columns={[t.municipality, t.population, t.fee]}
            rows={preview.value.members.map((m) => [m.member.name, formatInteger(m.population), formatKronor(m.feeOre)])}
            total={[t.total, formatInteger(preview.value.totalPopulation), <span data-testid="fee-total">{formatKronor(preview.value.totalOre)}</span>]}
          />
        </>
      )}
    </Step>
  );
}

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
  /** The live preview; undefined until population is there. */
  readonly preview?: Result<Allocation>;
}

export function RuleStep({ form, onForm, preview }: RuleStepProps) {
  const t = useStrings();
  const lang = useLang();
  const set = (change: Partial<RuleForm>) => onForm({ ...form, ...change });
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
        <Field label={t.rate} hint={t.rateHint}>
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
          <Field label={t.amount}>
            <Input value={form.amount} inputMode="decimal" onChange={(_, data) => set({ amount: data.value })} />
          </Field>
          <Field label={t.splitYear}>
            <Input value={form.splitYear} inputMode="numeric" onChange={(_, data) => set({ splitYear: data.value })} />
          </Field>
        </>
      )}
      <div aria-live="polite">
        {!preview && <Caption1>{t.fetchFirst}</Caption1>}
        {preview && !preview.ok && <Problem message={preview.error.message} />}
        {preview?.ok && (
          <>
            <Caption1 block>{preview.value.ruleDescription[lang]}</Caption1>
            <DataTable
              caption={t.preview}
              columns={[t.municipality, t.population, t.fee]}
              rows={preview.value.members.map((m) => [m.member.name, formatInteger(m.population), formatKronor(m.feeOre)])}
              total={[t.total, formatInteger(preview.value.totalPopulation), <span data-testid="fee-total">{formatKronor(preview.value.totalOre)}</span>]}
            />
          </>
        )}
      </div>
    </Step>
  );
}

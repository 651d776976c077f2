import { Button, Caption1, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { BudgetCheck, formatKronor, Message } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';

export type BudgetTarget = 'selection' | 'sheet' | 'file';

export interface BudgetStepProps {
  readonly inExcel: boolean;
  readonly target: BudgetTarget;
  readonly onTarget: (target: BudgetTarget) => void;
  readonly fileName?: string;
  readonly onFile: (file: File) => void;
  readonly onCheck: () => void;
  readonly busy: boolean;
  readonly result?: { check: BudgetCheck; sheet: string };
  readonly error?: Message;
  readonly onGoTo: (sheet: string, cell: string) => void;
  readonly onWriteSheet?: () => void;
}

export function BudgetStep(props: BudgetStepProps) {
  const t = useStrings();
  const lang = useLang();
  const result = props.result;
  return (
    <Step title={t.budgetStep}>
      <Field label={t.budgetTarget}>
        <RadioGroup value={props.target} onChange={(_, data) => props.onTarget(data.value as BudgetTarget)}>
          {props.inExcel && <Radio value="selection" label={t.budgetSelection} />}
          {props.inExcel && <Radio value="sheet" label={t.budgetSheet} />}
          <Radio value="file" label={t.budgetFile} />
        </RadioGroup>
      </Field>
      {props.target === 'file' && (
        <Field label={t.chooseFile} hint={props.fileName ?? t.noFile}>
          <input type="file" accept=".xlsx" onChange={(e) => e.currentTarget.files?.[0] && props.onFile(e.currentTarget.files[0])} />
        </Field>
      )}
      <div>
        <Button appearance="primary" onClick={props.onCheck} disabled={props.busy || (props.target === 'file' && !props.fileName)}>
          {t.check}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {props.busy && <Caption1>{t.checking}</Caption1>}
        {result && (
          <Notice intent={result.check.passed ? 'success' : 'error'} title={result.check.passed ? t.balanced : t.notBalanced}>
            <div>
              {t.revenues} {formatKronor(result.check.revenuesOre)} · {t.costs} {formatKronor(result.check.costsOre)} · {t.difference} {formatKronor(result.check.differenceOre)}
            </div>
            {result.check.expectedFeeRevenueOre !== undefined && <div>{t.expectedFees(formatKronor(result.check.expectedFeeRevenueOre))}</div>}
          </Notice>
        )}
      </div>
      {props.error && <Problem message={props.error} />}
      {result && (
        <ul aria-label={t.budgetStep} style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
          {result.check.findings.map((f, i) => (
            <li key={i} style={{ marginBottom: 8 }}>
              <strong>{t.severity[f.severity]}</strong>
              {f.cell && <Caption1> {f.cell}</Caption1>}: {f.message[lang]}{' '}
              {f.cell && props.inExcel && (
                <Button size="small" appearance="subtle" onClick={() => props.onGoTo(result.sheet, f.cell!)}>
                  {t.goTo(f.cell)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {result && props.onWriteSheet && (
        <div>
          <Button onClick={props.onWriteSheet}>{t.writeBudgetSheet}</Button>
        </div>
      )}
    </Step>
  );
}

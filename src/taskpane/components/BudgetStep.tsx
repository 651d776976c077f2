import { Button, Caption1, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { BudgetCheck, formatKronor, Message } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { FilePicker } from './FilePicker';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { SheetAnswer, SheetQuestion } from './SheetQuestion';
import { Step } from './Step';
import { useFocusWhen } from './useFocusWhen';

export type BudgetTarget = 'selection' | 'sheet' | 'file';

export interface BudgetStepProps {
  readonly inExcel: boolean;
  readonly target: BudgetTarget;
  readonly onTarget: (target: BudgetTarget) => void;
  readonly fileName?: string;
  /** What is wrong with the chosen file, before it is read. */
  readonly fileError?: string;
  readonly onFile: (file: File) => void;
  readonly onCheck: () => void;
  readonly busy: boolean;
  readonly result?: { check: BudgetCheck; sheet: string };
  /** The result was computed for another fee year or rule than the one now chosen. */
  readonly stale?: boolean;
  readonly error?: Message;
  readonly onGoTo: (sheet: string, cell: string) => void;
  readonly onWriteSheet?: () => void;
  readonly writingSheet?: boolean;
  /** What the Budgetkontroll sheet became: "Budgetkontroll 2026", or the downloaded file. */
  readonly sheetWritten?: string;
  readonly asking?: readonly string[];
  readonly onAnswer: (answer: SheetAnswer) => void;
}

export function BudgetStep(props: BudgetStepProps) {
  const t = useStrings();
  const lang = useLang();
  const result = props.result;
  const verdict = useFocusWhen<HTMLDivElement>(result);
  const written = useFocusWhen<HTMLDivElement>(props.sheetWritten);
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
        <FilePicker
          label={t.chooseBudgetFile}
          accept=".xlsx"
          {...(props.fileName ? { fileName: props.fileName } : {})}
          {...(props.fileError ? { error: props.fileError } : {})}
          onFile={props.onFile}
        />
      )}
      <div>
        <Button appearance="primary" onClick={props.onCheck} disabled={props.target === 'file' && (!props.fileName || props.fileError !== undefined)} disabledFocusable={props.busy}>
          {t.check}
        </Button>
      </div>
      <div role="status">
        {props.busy && <Caption1>{t.checking}</Caption1>}
        {result && (
          <Notice ref={verdict} live={false} intent={result.check.passed ? 'success' : 'error'} title={result.check.passed ? t.balanced : t.notBalanced}>
            <div>
              {t.revenues} {formatKronor(result.check.revenuesOre)} · {t.costs} {formatKronor(result.check.costsOre)} · {t.difference} {formatKronor(result.check.differenceOre)}
            </div>
            {result.check.expectedFeeRevenueOre !== undefined && <div>{t.expectedFees(formatKronor(result.check.expectedFeeRevenueOre))}</div>}
          </Notice>
        )}
        {result && props.stale && <Notice live={false} intent="warning" title={t.staleBudget} />}
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
          <Button onClick={props.onWriteSheet} disabledFocusable={props.writingSheet === true || props.asking !== undefined}>
            {t.writeBudgetSheet}
          </Button>
        </div>
      )}
      <div role="status">
        {props.writingSheet && <Caption1>{t.writingBudgetSheet}</Caption1>}
        {props.sheetWritten && <Notice ref={written} live={false} intent="success" title={props.sheetWritten} />}
      </div>
      {props.asking && <SheetQuestion names={props.asking} onAnswer={props.onAnswer} />}
    </Step>
  );
}

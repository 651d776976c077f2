import { Button, Caption1, Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Message, Severity } from '../../domain';
import { budgetSheetOf } from '../../domain';
import { BudgetChoices, BudgetResult, BudgetSheetOutcome, BudgetTarget } from '../hooks/useBudgetCheck';
import { useLang, useStrings } from '../i18n';
import { BudgetVerdict } from './BudgetVerdict';
import { FilePicker } from './FilePicker';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { SheetAnswer, SheetQuestion } from './SheetQuestion';
import { Choice } from './Choice';
import { PlainSelect } from './PlainSelect';
import { Step } from './Step';
import { useFocusWhen } from './useFocusWhen';

export type { BudgetTarget } from '../hooks/useBudgetCheck';

const useStyles = makeStyles({
  findings: {
    paddingLeft: 0,
    listStyle: 'none',
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  finding: { paddingLeft: tokens.spacingHorizontalS, borderLeftWidth: tokens.strokeWidthThicker },
  // Fel, Varning and Upplysning differ in their word, their mark and their line, not in colour alone.
  error: { borderLeftStyle: 'solid', borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftStyle: 'dashed', borderLeftColor: tokens.colorPaletteYellowBorderActive },
  info: { borderLeftStyle: 'dotted', borderLeftColor: tokens.colorNeutralStroke1 },
});

const MARK: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export interface BudgetStepProps {
  readonly n: number;
  readonly inExcel: boolean;
  readonly target: BudgetTarget;
  readonly onTarget: (target: BudgetTarget) => void;
  /** The sheet the budget is on (in Excel) and the amount column when the check asks. */
  readonly choices: BudgetChoices;
  readonly fileName?: string;
  /** What is wrong with the chosen file, before it is read. */
  readonly fileError?: string;
  readonly onFile: (file: File) => void;
  readonly onCheck: () => void;
  readonly busy: boolean;
  readonly result?: BudgetResult;
  /** Fetch the population, then check again with the fees. */
  readonly onFetchFees: () => void;
  /** The result was computed for another fee year or rule than the one now chosen. */
  readonly stale?: boolean;
  readonly error?: Message;
  readonly onGoTo: (sheet: string, cell: string) => void;
  readonly onWriteSheet?: () => void;
  readonly writingSheet?: boolean;
  /** What became of the Budgetkontroll sheet: written in Excel, or downloaded. */
  readonly sheetWritten?: BudgetSheetOutcome;
  readonly asking?: readonly string[];
  readonly onAnswer: (answer: SheetAnswer) => void;
}

export function BudgetStep(props: BudgetStepProps) {
  const t = useStrings();
  const lang = useLang();
  const s = useStyles();
  const result = props.result;
  const verdict = useFocusWhen<HTMLDivElement>(result);
  const written = useFocusWhen<HTMLDivElement>(props.sheetWritten);
  const { choices } = props;
  // Asked which column: the focus goes to the choice (the question itself is announced as an alert).
  const firstColumn = useFocusWhen<HTMLInputElement>(choices.columns);
  const sheets = choices.sheets ?? [];
  const sheet = choices.picked ?? budgetSheetOf(sheets) ?? 'Budget';
  return (
    <Step n={props.n} title={t.budgetStep}>
      <Choice<BudgetTarget>
        label={t.budgetTarget}
        value={props.target}
        options={[
          ...(props.inExcel
            ? [
                { value: 'selection' as const, label: t.budgetSelection },
                { value: 'sheet' as const, label: t.budgetSheet },
              ]
            : []),
          { value: 'file', label: t.budgetFile },
        ]}
        onChange={props.onTarget}
      />
      {props.inExcel && props.target === 'sheet' && (
        // The workbook's sheets, read again when the officer comes to the choice.
        <Field label={t.budgetSheetName}>
          {(control) => (
            <PlainSelect
              {...control}
              value={sheet}
              onChange={(e) => choices.pick(e.target.value)}
              onFocus={choices.readSheets}
            >
              {(sheets.includes(sheet) ? sheets : [sheet, ...sheets]).map((name) => (
                <option key={name}>{name}</option>
              ))}
            </PlainSelect>
          )}
        </Field>
      )}
      {props.target === 'file' && (
        <FilePicker
          label={t.chooseBudgetFile}
          accept=".xlsx"
          {...(props.fileName ? { fileName: props.fileName } : {})}
          {...(props.fileError ? { error: props.fileError } : {})}
          onFile={props.onFile}
        />
      )}
      {choices.columns && (
        <Choice
          label={t.budgetColumn}
          value={choices.column ?? ''}
          options={choices.columns.map((c) => ({
            value: c.letter,
            label: `${t.column} ${c.letter}${c.heading ? ` – ${c.heading}` : ''}`,
          }))}
          onChange={choices.choose}
          firstRef={firstColumn}
        />
      )}
      <div>
        <Button
          appearance="primary"
          onClick={props.onCheck}
          disabled={props.target === 'file' && (!props.fileName || props.fileError !== undefined)}
          disabledFocusable={props.busy}
        >
          {t.check}
        </Button>
      </div>
      <div role="status">
        {props.busy && <Caption1>{t.checking}</Caption1>}
        {result && <BudgetVerdict ref={verdict} result={result} onFetchFees={props.onFetchFees} />}
        {result && props.stale && <Notice live={false} intent="warning" title={t.staleBudget} />}
      </div>
      {props.error && <Problem what="budget" message={props.error} />}
      {result && (
        <ul aria-label={t.budgetStep} className={s.findings}>
          {result.check.findings.map((f, i) => (
            <li key={i} className={mergeClasses(s.finding, s[f.severity])}>
              <span aria-hidden="true">{MARK[f.severity]} </span>
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
          <Button
            onClick={props.onWriteSheet}
            disabledFocusable={props.writingSheet === true || props.asking !== undefined}
          >
            {t.writeBudgetSheet}
          </Button>
        </div>
      )}
      <div role="status">
        {props.writingSheet && <Caption1>{t.writingBudgetSheet}</Caption1>}
        {props.sheetWritten && (
          <Notice
            ref={written}
            live={false}
            intent="success"
            title={
              props.sheetWritten.kind === 'downloaded'
                ? t.downloaded(props.sheetWritten.name)
                : props.sheetWritten.names.map((n) => t.budgetSheetWritten(n)).join(' ')
            }
          />
        )}
      </div>
      {props.asking && <SheetQuestion names={props.asking} onAnswer={props.onAnswer} />}
    </Step>
  );
}

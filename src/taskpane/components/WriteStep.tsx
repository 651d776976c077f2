import { Button, Caption1 } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { Message } from '../../domain';
import type { RenderSummary } from '../../workbook/excel/render';
import { useStrings } from '../i18n';
import type { SheetChoice } from '../../jobs/plan';
import { InvoiceCsv } from './InvoiceCsv';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { SheetAnswer, SheetQuestion } from './SheetQuestion';
import { Step } from './Step';
import { useFocusWhen } from './useFocusWhen';
import { pick } from './pick';
import { RegisterNote } from './RegisterNote';
import { SheetBox } from './SheetBox';
import { WritePreview } from './WritePreview';
import { SheetLink } from './SheetLink';
import type { RegisterOutcome } from '../writeRegister';

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
  readonly reading: boolean;
}

export interface WriteStepProps {
  readonly n: number;
  /** The step's title: Skriv till arbetsboken, or Budgetmall on the budget page. */
  readonly title: string;
  /** The boxes this page offers (no invoice boxes for a forecast or a scenario, none on the budget page). */
  readonly offered: readonly (keyof SheetChoice)[];
  readonly inExcel: boolean;
  readonly sheets: SheetChoice;
  readonly onSheets: (sheets: SheetChoice) => void;
  readonly ready: boolean;
  /** The fees are decided: invoices may be written (not for a forecast or a scenario). */
  readonly invoices: boolean;
  readonly onWrite: () => void;
  readonly progress?: WriteProgress;
  readonly summary?: RenderSummary['sheets'];
  readonly downloaded?: string;
  /** What the write did with the members register (invoice outputs only). */
  readonly register?: RegisterOutcome;
  readonly error?: Message;
  /** Shows a written sheet in Excel. */
  readonly onGoToSheet: (name: string) => void;
  /** The invoice basis as CSV, offered for decided fees. */
  readonly onDownloadCsv?: () => void;
  readonly csvDownloaded?: string;
  readonly csvError?: Message;
  /** The due date (15 March of the fee year) when it has passed, in words. */
  readonly dueDatePassed?: string;
  /** The add-in's sheets in the way: ask before replacing them. */
  readonly asking?: readonly string[];
  /** The fee year is fastställd: when, by whom, on which decision. */
  readonly locked?: Message;
  readonly onAnswer: (answer: SheetAnswer) => void;
  /** What the boxes will write against the workbook as it is, before anything is written. */
  readonly preview?: readonly Message[];
  /** What the step writes, shown above its boxes (the budget page's fees). */
  readonly children?: ReactNode;
}

export function WriteStep(props: WriteStepProps) {
  const t = useStrings();
  const label: Record<keyof SheetChoice, string> = {
    allocation: t.sheetAllocation,
    invoices: t.sheetInvoices,
    memberSheets: t.sheetMembers,
    population: t.sheetPopulation,
    history: t.sheetHistory,
    budget: t.sheetBudget,
  };
  const { offered } = props;
  const nothing = offered.every((c) => !props.sheets[c]);
  const busy = props.progress !== undefined;
  const result = useFocusWhen<HTMLDivElement>(props.summary ?? props.downloaded);
  return (
    <Step n={props.n} title={props.title}>
      {props.children}
      {/* A fieldset names the group; each checkbox keeps its own label and id. */}
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>{t.sheets}</legend>
        {offered.map((c) => (
          <SheetBox
            key={c}
            label={label[c]}
            checked={props.sheets[c]}
            onChange={(on) => props.onSheets({ ...props.sheets, [c]: on })}
          />
        ))}
        {!props.invoices && <Caption1 block>{t.noInvoices}</Caption1>}
        {nothing && <Caption1 block>{t.nothingToWrite}</Caption1>}
      </fieldset>
      {props.preview && !nothing && <WritePreview lines={props.preview} />}
      <div>
        <Button
          appearance="primary"
          onClick={props.onWrite}
          disabled={!props.ready || nothing}
          disabledFocusable={busy}
        >
          {props.inExcel ? t.write : t.download}
        </Button>
      </div>
      <div role="status">
        {/* While the question is open nothing is written: the progress waits for the answer. */}
        {props.progress && props.asking && <Caption1 block>{t.waitingForAnswer}</Caption1>}
        {props.progress && !props.asking && (
          <div>
            <progress
              style={{ width: '100%' }}
              aria-label={props.progress.reading ? t.reading_ : t.writing(props.progress.done, props.progress.total)}
              {...(props.progress.reading
                ? {}
                : { value: props.progress.done, max: Math.max(1, props.progress.total) })}
            />
            <Caption1 block>
              {props.progress.reading ? t.reading_ : t.writing(props.progress.done, props.progress.total)}
            </Caption1>
          </div>
        )}
        {props.summary && (
          <Notice ref={result} live={false} intent="success" title={t.written(props.summary.length)}>
            <ul>
              {props.summary.map((s) => (
                <li key={s.key}>
                  {/* A link that selects the sheet: the officer goes straight to what was written. */}
                  <SheetLink sheet={s.name} label={t.showSheet(s.name)} onShow={props.onGoToSheet} />{' '}
                  {s.replaced && <Caption1>{t.replacedMark}</Caption1>}
                  {s.besideOwn && <Caption1>{t.besideOwn(s.besideOwn)}</Caption1>}
                </li>
              ))}
            </ul>
            {props.register && <RegisterNote register={props.register} onShow={props.onGoToSheet} />}
          </Notice>
        )}
        {props.downloaded && (
          <Notice ref={result} live={false} intent="success" title={t.downloaded(props.downloaded)}>
            {props.register && <RegisterNote register={props.register} />}
          </Notice>
        )}
      </div>
      {props.error && <Problem what="write" message={props.error} />}
      {props.asking && (
        <SheetQuestion
          names={props.asking}
          {...(props.locked ? { locked: props.locked } : {})}
          onAnswer={props.onAnswer}
        />
      )}
      {props.onDownloadCsv && (
        <InvoiceCsv onDownload={props.onDownloadCsv} {...pick(props, 'csvDownloaded', 'csvError', 'dueDatePassed')} />
      )}
    </Step>
  );
}

import { Button, Caption1, Field, Input, makeStyles, mergeClasses } from '@fluentui/react-components';
import { lockedMessage } from '../../domain';
import type { ApproveState } from '../hooks/useApprove';
import { useLang } from '../i18n';
import { Differences } from './Differences';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';

const TEXT = {
  sv: {
    title: (year: number) => `Fastställ ${year}`,
    explain:
      'Efter kommitténs beslut: bladen för året skyddas (utan lösenord, mot misstag) och en rad Fastställt med beslutet och kontrollsumman läggs i Logg. Arbetsboken kontrolleras först.',
    reference: 'Beslut (referens)',
    referenceHint: 'Till exempel Samarbetskommittén 2026-01-22 § 5',
    name: 'Namn',
    nameMissing: 'Ange vem som fastställer.',
    run: 'Fastställ',
    running: 'Fastställer …',
    approved: (year: number) => `${year} är fastställt`,
    approvedBody: (sheets: string, sum: string) =>
      `Skyddade blad: ${sheets}. Kontrollsumma ${sum}. Raden finns i Logg.`,
    refused: (n: number) =>
      `Fastställs inte: ${n} ${n === 1 ? 'skillnad' : 'skillnader'} mot arbetsbokens egna tal. Inget har skyddats eller loggats.`,
    outside: 'Fastställ gäller den öppna arbetsboken; öppna tillägget i Excel.',
    already: (year: number) => `${year} är redan fastställt`,
    unchanged: 'Inget ändrades.',
  },
  en: {
    title: (year: number) => `Approve ${year}`,
    explain:
      'After the committee’s decision: the year’s sheets are protected (no password, against slips) and a Fastställt row with the decision and the checksum is added to Logg. The workbook is checked first.',
    reference: 'Decision (reference)',
    referenceHint: 'For example Samarbetskommittén 2026-01-22 § 5',
    name: 'Name',
    nameMissing: 'Say who approves.',
    run: 'Approve',
    running: 'Approving …',
    approved: (year: number) => `${year} is approved`,
    approvedBody: (sheets: string, sum: string) => `Protected sheets: ${sheets}. Checksum ${sum}. The row is in Logg.`,
    refused: (n: number) =>
      `Not approved: ${n} ${n === 1 ? 'difference' : 'differences'} from the workbook’s own figures. Nothing was protected or logged.`,
    outside: 'Approval applies to the open workbook; open the add-in in Excel.',
    already: (year: number) => `${year} is approved already`,
    unchanged: 'Nothing was changed.',
  },
};

const useStyles = makeStyles({
  action: { alignSelf: 'flex-start' },
  running: { cursor: 'progress' },
});

/**
 * Fastställ after writing: decision reference and name, then protect and log (state in useApprove).
 *
 * @example <ApproveStep feeYear={2026} inExcel approve={useApprove(services, 2026)} />
 */
export function ApproveStep({
  feeYear,
  inExcel,
  approve,
}: {
  feeYear: number;
  inExcel: boolean;
  approve: ApproveState;
}) {
  const lang = useLang();
  const t = TEXT[lang];
  const s = useStyles();
  const { task } = approve;
  const running = task.state === 'running';
  return (
    <Step title={t.title(feeYear)}>
      <Caption1>{inExcel ? t.explain : t.outside}</Caption1>
      <Field label={t.reference} hint={t.referenceHint}>
        <Input value={approve.reference} onChange={(_, d) => approve.setReference(d.value)} disabled={!inExcel} />
      </Field>
      <Field
        label={t.name}
        required
        validationState={approve.nameMissing ? 'error' : 'none'}
        {...(approve.nameMissing ? { validationMessage: t.nameMissing } : {})}
      >
        <Input value={approve.name} onChange={(_, d) => approve.setName(d.value)} disabled={!inExcel} />
      </Field>
      <Button
        appearance="primary"
        className={mergeClasses(s.action, running && s.running)}
        disabled={!inExcel || running}
        onClick={() => void approve.approve()}
      >
        {running ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem message={task.error.message} />}
      {task.state === 'done' && task.value.approved && (
        <Notice intent="success" title={t.approved(feeYear)}>
          {t.approvedBody(task.value.protectedSheets.join(', '), task.value.entry.checksum.slice(0, 12) + '…')}
        </Notice>
      )}
      {task.state === 'done' && 'locked' in task.value && (
        <Notice intent="warning" title={t.already(feeYear)}>
          {`${lockedMessage(task.value.locked)[lang]} ${t.unchanged}`}
        </Notice>
      )}
      {task.state === 'done' && !task.value.approved && !('locked' in task.value) && (
        <>
          <Notice intent="error" title={t.refused(task.value.faults.length)} />
          <Differences differences={task.value.faults} onGo={approve.goTo} />
        </>
      )}
    </Step>
  );
}

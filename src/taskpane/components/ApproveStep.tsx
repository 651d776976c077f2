import { Button, Caption1, Field, Input, makeStyles, mergeClasses } from '@fluentui/react-components';
import { lockedMessage } from '../../domain';
import type { ApproveState } from '../hooks/useApprove';
import { useLang, useStrings } from '../i18n';
import { Differences } from './Differences';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';
import { useFocusWhen } from './useFocusWhen';

const useStyles = makeStyles({
  action: { alignSelf: 'flex-start' },
  running: { cursor: 'progress' },
});

/**
 * Fastställ after writing: decision reference and name, then protect and log (state in useApprove).
 *
 * @example <ApproveStep n={1} feeYear={2026} approve={useApprove(services, 2026)} />
 */
export function ApproveStep({ n, feeYear, approve }: { n: number; feeYear: number; approve: ApproveState }) {
  const lang = useLang();
  const t = useStrings().approveStep;
  const s = useStyles();
  const { task } = approve;
  const running = task.state === 'running';
  // The focus goes to what Fastställ gave (approved, refused, already fastställd or an error), not to the page.
  const outcome = useFocusWhen<HTMLDivElement>(
    task.state === 'done' ? task.value : task.state === 'failed' ? task.error : undefined,
  );
  return (
    <Step n={n} title={t.title(feeYear)}>
      <Caption1>{t.explain}</Caption1>
      <Field label={t.reference} hint={t.referenceHint}>
        <Input value={approve.reference} onChange={(_, d) => approve.setReference(d.value)} />
      </Field>
      <Field
        label={t.name}
        required
        validationState={approve.nameMissing ? 'error' : 'none'}
        {...(approve.nameMissing ? { validationMessage: t.nameMissing } : {})}
      >
        <Input value={approve.name} onChange={(_, d) => approve.setName(d.value)} />
      </Field>
      <Button
        appearance="primary"
        className={mergeClasses(s.action, running && s.running)}
        disabled={running}
        onClick={() => void approve.approve()}
      >
        {running ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem ref={outcome} what="approve" message={task.error.message} />}
      {task.state === 'done' && task.value.approved && (
        <Notice ref={outcome} intent="success" title={t.approved(feeYear)}>
          {t.approvedBody(task.value.protectedSheets.join(', '), task.value.entry.checksum.slice(0, 12) + '…')}
        </Notice>
      )}
      {task.state === 'done' && 'locked' in task.value && (
        <Notice ref={outcome} intent="warning" title={t.already(feeYear)}>
          {`${lockedMessage(task.value.locked)[lang]} ${t.unchanged}`}
        </Notice>
      )}
      {task.state === 'done' && !task.value.approved && !('locked' in task.value) && (
        <>
          <Notice ref={outcome} intent="error" title={t.refused(task.value.faults.length)} />
          <Differences differences={task.value.faults} onGo={approve.goTo} />
        </>
      )}
    </Step>
  );
}

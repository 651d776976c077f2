import { Button, Caption1, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { VerifyState } from '../hooks/useVerify';
import { useFormats } from '../format';
import { useStrings } from '../i18n';
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
 * "Kontrollera arbetsboken": the same check as `avgift verify`, on the open workbook (state in useVerify).
 *
 * @example <VerifyStep n={2} check={useVerify(services, 2026)} />
 */
export function VerifyStep({ n, check }: { n: number; check: VerifyState }) {
  const t = useStrings().verifyStep;
  const f = useFormats();
  const s = useStyles();
  const { task } = check;
  const running = task.state === 'running';
  // The focus goes to what the check found (or its error), not to the page.
  const outcome = useFocusWhen<HTMLDivElement>(
    task.state === 'done' ? task.value : task.state === 'failed' ? task.error : undefined,
  );
  return (
    <Step n={n} title={t.title}>
      <Caption1>{t.explain}</Caption1>
      <Button
        appearance="secondary"
        className={mergeClasses(s.action, running && s.running)}
        disabled={running}
        onClick={() => void check.verify()}
      >
        {running ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem ref={outcome} what="verify" message={task.error.message} />}
      {task.state === 'done' && task.value.differences.length === 0 && (
        <Notice ref={outcome} intent="success" title={t.consistent(task.value.sheet)}>
          {t.consistentBody(
            task.value.checksum.slice(0, 12) + '…',
            task.value.logged ? t.logged(task.value.logged.action, f.time(task.value.logged.time)) : '',
          )}
        </Notice>
      )}
      {task.state === 'done' && task.value.differences.length > 0 && (
        <>
          <Notice ref={outcome} intent="error" title={t.differs(task.value.differences.length, task.value.sheet)} />
          <Differences differences={task.value.differences} onGo={check.goTo} />
        </>
      )}
    </Step>
  );
}

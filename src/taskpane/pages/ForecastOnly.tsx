import { Button } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { Notice } from '../components/Notice';

/**
 * Where a task cannot work for a forecast year (invoices, Fastställ): says why, and offers the year
 * it can work for, one click away.
 *
 * @example <ForecastOnly why={t.tasks.forecastOnly(2027, 2026)} latest={2026} onYear={(y) => year.setText(String(y))} />
 */
export function ForecastOnly({
  why,
  latest,
  onYear,
}: {
  /** Why this task cannot work for the year. */
  why: string;
  latest: number;
  onYear: (year: number) => void;
}) {
  const t = useStrings().tasks;
  return (
    <Notice
      intent="warning"
      title={why}
      live={false}
      actions={
        <Button appearance="primary" onClick={() => onYear(latest)}>
          {t.switchYear(latest)}
        </Button>
      }
    />
  );
}

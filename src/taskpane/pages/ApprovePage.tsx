import { Caption1 } from '@fluentui/react-components';
import { ApproveStep } from '../components/ApproveStep';
import { VerifyStep } from '../components/VerifyStep';
import type { PaneState } from '../hooks/usePane';
import { useStrings } from '../i18n';
import { Services } from '../services';
import { latestDecidableYear } from '../tasks';
import { ForecastOnly } from './ForecastOnly';

/**
 * "Fastställ och kontrollera": in Excel, Fastställ of the decided fees and Kontrollera of the open
 * workbook. A forecast year offers the decidable year instead; outside Excel, says where it works.
 *
 * @example <ApprovePage pane={usePane(services)} services={services} />
 */
export function ApprovePage({ pane, services }: { pane: PaneState; services: Services }) {
  const t = useStrings();
  const { year, approve, check } = pane;
  if (!services.inExcel) return <Caption1 block>{t.tasks.outsideExcel}</Caption1>;
  if (year.forecast)
    return (
      <ForecastOnly
        why={t.approveStep.forecast(year.feeYear)}
        latest={latestDecidableYear(services.now())}
        onYear={(y) => year.setText(String(y))}
      />
    );
  return (
    <>
      <ApproveStep n={1} feeYear={year.feeYear} approve={approve} />
      <VerifyStep n={2} check={check} />
    </>
  );
}

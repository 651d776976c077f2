import { PopulationStep } from '../components/PopulationStep';
import { HistoryStep } from '../components/HistoryStep';
import { RevisionNotice } from '../components/RevisionNotice';
import { RuleStep } from '../components/RuleStep';
import { WriteStep } from '../components/WriteStep';
import type { PaneState } from '../hooks/usePane';
import { useStrings } from '../i18n';
import { Services } from '../services';
import { latestDecidableYear } from '../tasks';
import { ForecastOnly } from './ForecastOnly';
import { writeProps } from './writeProps';

/**
 * The boxes of the invoice page: invoices only for decided fees. A scenario writes its own sheet and
 * the population it stands on, nothing else (the history is the decided fees'), so only those are offered.
 */
const INVOICE_BOXES = ['allocation', 'invoices', 'memberSheets', 'population', 'history'] as const;
const SCENARIO_BOXES = ['allocation', 'population'] as const;

/**
 * "Årets avgifter och fakturor": the population on the year-end, the rule and the fees, and the
 * year's sheets with the invoice basis, the members register and the CSV. A year that can only be
 * forecast offers the year that can be invoiced instead.
 *
 * @example <InvoicesPage pane={usePane(services)} services={services} />
 */
export function InvoicesPage({ pane, services }: { pane: PaneState; services: Services }) {
  const t = useStrings();
  const { year, population, rule, fees, write } = pane;
  const latest = latestDecidableYear(services.now());
  if (year.forecast)
    return (
      <ForecastOnly
        why={t.tasks.forecastOnly(year.feeYear, latest)}
        latest={latest}
        onYear={(y) => year.setText(String(y))}
      />
    );
  const invoices = fees === undefined || fees.kind === 'decided';
  return (
    <>
      <PopulationStep n={1} year={year} population={population} inExcel={services.inExcel} />
      <RuleStep
        n={2}
        form={rule.form}
        onForm={rule.setForm}
        feeYear={year.feeYear}
        {...(rule.fees ? { fees: rule.fees } : {})}
      />
      <WriteStep
        n={3}
        title={t.writeStep}
        offered={invoices ? INVOICE_BOXES : SCENARIO_BOXES}
        inExcel={services.inExcel}
        ready={fees !== undefined}
        invoices={invoices}
        {...writeProps(write)}
      />
      {write.revision && <RevisionNotice feeYear={year.feeYear} revision={write.revision} />}
      {fees?.kind === 'decided' && population.current && (
        <HistoryStep lastYear={year.feeYear} members={population.current.members} population={population.current} />
      )}
    </>
  );
}

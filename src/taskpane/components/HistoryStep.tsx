import { lazy, Suspense, useState } from 'react';
import type { Member, PopulationSeries } from '../../domain';
import { useLang, useStrings } from '../i18n';

/** The chart and its table: a chunk of their own, loaded when the officer opens them. */
const HistoryView = lazy(() => import(/* webpackChunkName: "history" */ '../history/HistoryView'));

/**
 * "Avgifterna över åren": closed until opened, then the history 2010–the fee year as a small chart
 * with its table (HistoryView, loaded only then).
 *
 * @example <HistoryStep lastYear={2026} members={members} population={series} />
 */
export function HistoryStep({
  lastYear,
  members,
  population,
}: {
  lastYear: number;
  members: readonly Member[];
  population: PopulationSeries;
}) {
  const t = useStrings();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t.historyTitle(lastYear)}</summary>
      {open && (
        <Suspense fallback={null}>
          <HistoryView lastYear={lastYear} members={members} population={population} lang={lang} />
        </Suspense>
      )}
    </details>
  );
}

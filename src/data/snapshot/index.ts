import { PopulationSeries } from '../../domain';
import { SNAPSHOT_FIGURES } from './folkmangd';
import { SNAPSHOT_DATE, SNAPSHOT_FIRST_YEAR, SNAPSHOT_LAST_YEAR } from './years';

export { SNAPSHOT_MEMBERS } from './folkmangd';
export { SNAPSHOT_DATE, SNAPSHOT_FIRST_YEAR, SNAPSHOT_LAST_YEAR } from './years';

/** The bundled folkmängd 31 December 2008–2025 of the eight Södertörn municipalities; works offline. */
export function snapshotPopulation(): PopulationSeries {
  return {
    figures: SNAPSHOT_FIGURES.map(([code, year, population, table]) => ({ code, year, population, table })),
    source: {
      kind: 'snapshot',
      label: `Inbyggd ögonblicksbild av SCB:s folkmängd 31 december ${SNAPSHOT_FIRST_YEAR}–${SNAPSHOT_LAST_YEAR} (SCB TAB638, TAB5557)`,
      tables: ['TAB638', 'TAB5557'],
      title: `Folkmängd 31 december ${SNAPSHOT_FIRST_YEAR}–${SNAPSHOT_LAST_YEAR} per kommun`,
      snapshotDate: SNAPSHOT_DATE,
    },
  };
}

import { formatDateSv, formatInteger } from '../format';

/** "96 750 invånare 31 dec 2025" for a population on an ISO date. */
export const populationText = (population: number, date: string): string =>
  `${formatInteger(population)} invånare ${formatDateSv(date, true)}`;

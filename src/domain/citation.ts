import { PopulationSource } from './population';
import { Message } from './result';

const minute = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/**
 * The citation of SCB's figures, as R's `pxweb_cite` gives one: publisher, year, table title and id,
 * SCB's own update time and when (or in which bundled copy) the figures were fetched. Undefined for a
 * source that is not SCB's (a user's own file or range without an SCB table).
 *
 * @example
 * // { kind: 'scb', title: 'Folkmängd per kommun', tables: ['TAB628'], updated: '2026-02-21T07:00:00Z', retrievedAt: '2026-02-25T10:00:00Z' }
 * // sv: 'Citera: Statistiska centralbyrån (SCB) (2026). ”Folkmängd per kommun”, tabell TAB628.
 * //      Uppdaterad av SCB 2026-02-21 07:00. Hämtad 2026-02-25 10:00 från statistikdatabasen.scb.se.'
 */
export function scbCitation(source: PopulationSource): Message | undefined {
  if (!source.tables?.length || (source.kind !== 'scb' && source.kind !== 'snapshot' && !source.updated))
    return undefined;
  const year = (source.updated ?? source.snapshotDate ?? source.retrievedAt ?? '').slice(0, 4);
  const title = source.title ?? source.label;
  const tables = source.tables.join(', ');
  const updated = source.updated
    ? { sv: ` Uppdaterad av SCB ${minute(source.updated)}.`, en: ` Updated by SCB ${minute(source.updated)}.` }
    : { sv: '', en: '' };
  const fetched =
    source.kind === 'snapshot'
      ? {
          sv: ` Ur tilläggets inbyggda ögonblicksbild ${source.snapshotDate ?? ''}.`,
          en: ` From the add-in's bundled snapshot ${source.snapshotDate ?? ''}.`,
        }
      : source.kind === 'scb' && source.retrievedAt
        ? {
            sv: ` Hämtad ${minute(source.retrievedAt)} från statistikdatabasen.scb.se.`,
            en: ` Retrieved ${minute(source.retrievedAt)} from statistikdatabasen.scb.se.`,
          }
        : {
            sv: ` Sparad från SCB, läst ur ${source.location ?? 'fil'}.`,
            en: ` Saved from SCB, read from ${source.location ?? 'a file'}.`,
          };
  const published = year ? ` (${year})` : '';
  return {
    sv: `Citera: Statistiska centralbyrån (SCB)${published}. ”${title}”, tabell ${tables}.${updated.sv}${fetched.sv}`,
    en: `Cite: Statistics Sweden (SCB)${published}. "${title}", table ${tables}.${updated.en}${fetched.en}`,
  };
}

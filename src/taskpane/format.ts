import { MINUS, PopulationSource } from '../domain';
import { Strings } from './i18n';

/** "+1 234" / "−56" for a population change, Swedish digit groups. */
export function formatChange(change: number): string {
  const grouped = Math.abs(change).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return change > 0 ? `+${grouped}` : change < 0 ? `${MINUS}${grouped}` : '0';
}

/** "2026-11-23 09:15" in the user's time zone. */
export const formatTime = (iso: string): string => new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

export function sourceText(source: PopulationSource, t: Strings): string {
  const when = source.retrievedAt ? t.fetchedAt(formatTime(source.retrievedAt)) : source.snapshotDate ? t.snapshotOf(source.snapshotDate) : '';
  return t.sourceStated(source.label, when);
}

import { formatDateEn, formatDateSv } from './format';
import type { LogEntry } from './log';
import type { Message } from './result';

/**
 * The lock in words: when, by whom and on which decision the year was fastställd.
 *
 * @example lockedMessage(entry).sv // 'Avgifterna för 2026 fastställdes 23 januari 2026 av Eva Ek (Samarbetskommittén 2026-01-22 § 5).'
 */
export function lockedMessage(entry: LogEntry): Message {
  const date = entry.time.slice(0, 10);
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const by = entry.name ? { sv: ` av ${entry.name}`, en: ` by ${entry.name}` } : { sv: '', en: '' };
  const ref = entry.reference ? ` (${entry.reference})` : '';
  return {
    sv: `Avgifterna för ${entry.feeYear} fastställdes ${dated ? formatDateSv(date) : entry.time}${by.sv}${ref}.`,
    en: `The fees for ${entry.feeYear} were approved on ${dated ? formatDateEn(date) : entry.time}${by.en}${ref}.`,
  };
}

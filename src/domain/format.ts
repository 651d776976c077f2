import { Ore, ORE_PER_KRONA } from './money';

/** The no-break space Swedish number formatting uses between digit groups. */
export const NBSP = '\u00a0';
/** The typographic minus Swedish formatting uses. */
export const MINUS = '\u2212';

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 525625 → "525 625" (no-break spaces), −3 → "−3". */
export function formatInteger(value: number | bigint): string {
  const n = BigInt(value);
  const sign = n < 0n ? MINUS : '';
  return sign + groupDigits((n < 0n ? -n : n).toString());
}

/** 210250000 öre → "2 102 500 kr"; 43537950 → "435 379,50 kr". Öre are shown only when present. */
export function formatKronor(ore: Ore, unit = 'kr'): string {
  const sign = ore < 0 ? MINUS : '';
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / ORE_PER_KRONA);
  const cents = abs % ORE_PER_KRONA;
  const text = groupDigits(String(whole)) + (cents ? ',' + String(cents).padStart(2, '0') : '');
  return `${sign}${text}${unit ? NBSP + unit : ''}`;
}

const groupEn = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** English: 525625 → "525,625", −3 → "−3". */
export function formatIntegerEn(value: number | bigint): string {
  const n = BigInt(value);
  return (n < 0n ? MINUS : '') + groupEn((n < 0n ? -n : n).toString());
}

/** English: 210250000 öre → "SEK 2,102,500"; 43537950 → "SEK 435,379.50"; −5000 → "−SEK 50". */
export function formatKronorEn(ore: Ore): string {
  const abs = Math.abs(ore);
  const cents = abs % ORE_PER_KRONA;
  return `${ore < 0 ? MINUS : ''}SEK${NBSP}${groupEn(String(Math.floor(abs / ORE_PER_KRONA)))}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** 0.18406 → "18,41 %". */
export function formatPercent(fraction: number, decimals = 2): string {
  const sign = fraction < 0 ? MINUS : '';
  return `${sign}${Math.abs(fraction * 100)
    .toFixed(decimals)
    .replace('.', ',')}${NBSP}%`;
}

const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

function dateParts(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "2025-12-31" → "31 december 2025" (or "31 dec 2025" when short). */
export function formatDateSv(isoDate: string, short = false): string {
  const [y, m, d] = dateParts(isoDate);
  const month = MONTHS_SV[m - 1]!;
  return `${d} ${short ? month.slice(0, 3) : month} ${y}`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-12-31" → "31 December 2025" (or "31 Dec 2025" when short). */
export function formatDateEn(isoDate: string, short = false): string {
  const [y, m, d] = dateParts(isoDate);
  const month = MONTHS_EN[m - 1]!;
  return `${d} ${short ? month.slice(0, 3) : month} ${y}`;
}

/**
 * A value the user typed, for a message: exactly as typed ("80.055" stays "80.055"), control
 * characters as spaces (so a message stays one line), cut to `max` characters with "…".
 *
 * @example echoed('80.055') // → '80.055'
 * @example echoed('x'.repeat(100)) // → 59 × 'x' + '…'
 */
export function echoed(value: string, max = 60): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * Items as a list in words, the last joined by `last` ("och", "eller", "and").
 *
 * @example listed(['Botkyrka', 'Haninge', 'Tyresö'], 'och') // → 'Botkyrka, Haninge och Tyresö'
 * @example listed(['per-capita'], 'eller')                    // → 'per-capita'
 */
export const listed = (items: readonly string[], last: string): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? '');

/** The committee's clock: times in the Logg are instants (UTC); officers read them in Swedish time. */
const STOCKHOLM = 'Europe/Stockholm';

/** The calendar date and the clock in Stockholm of an instant, or undefined for what is no time. */
function stockholm(iso: string): { date: string; hour: string; minute: string } | undefined {
  const instant = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(instant.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: STOCKHOLM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: part('hour'), minute: part('minute') };
}

/**
 * A logged instant in Swedish time, as Swedes write it; text that is no time is given back as it is.
 *
 * @example formatTimeSv('2026-03-02T09:00:37.458Z') // → '2 mars 2026 kl. 10.00'
 * @example formatTimeSv('2026-06-15T08:05:00Z')     // → '15 juni 2026 kl. 10.05' (summer time)
 */
export function formatTimeSv(iso: string): string {
  const t = stockholm(iso);
  return t ? `${formatDateSv(t.date)} kl. ${t.hour}.${t.minute}` : iso;
}

/**
 * The same instant the English way, still on Swedish time (the committee's).
 *
 * @example formatTimeEn('2026-03-02T09:00:37.458Z') // → '2 March 2026 at 10:00 (Swedish time)'
 */
export function formatTimeEn(iso: string): string {
  const t = stockholm(iso);
  return t ? `${formatDateEn(t.date)} at ${t.hour}:${t.minute} (Swedish time)` : iso;
}

import {
  formatDateEn,
  formatDateSv,
  formatInteger,
  formatIntegerEn,
  formatKronor,
  formatKronorEn,
  Ore,
  PopulationSource,
  formatTimeEn,
  formatTimeSv,
} from '../domain';
import { Lang, Strings, useLang } from './i18n';

/** The pane's numbers and dates in the language it speaks. */
export interface Formats {
  /** 525625 → "525 625" (sv) or "525,625" (en). */
  readonly integer: (n: number) => string;
  /** 43537950 öre → "435 379,50 kr" (sv) or "SEK 435,379.50" (en). */
  readonly kronor: (ore: Ore) => string;
  /** +845 / −56 / 0: a population change. */
  readonly change: (n: number) => string;
  /** "2025-12-31" → "31 december 2025" / "31 December 2025". */
  readonly date: (iso: string) => string;
  /** An instant in Swedish time, as the language writes it: "2 mars 2026 kl. 10.00", "2 March 2026 at 10:00 (Swedish time)". */
  readonly time: (iso: string) => string;
}

/**
 * The formats of a language.
 *
 * @example
 * formatsFor('en').kronor(45_000) // → 'SEK 450'
 * formatsFor('sv').change(845)    // → '+845'
 */
export function formatsFor(lang: Lang): Formats {
  const integer = lang === 'sv' ? (n: number) => formatInteger(n) : (n: number) => formatIntegerEn(n);
  return {
    integer,
    kronor: lang === 'sv' ? (ore) => formatKronor(ore) : formatKronorEn,
    change: (n) => (n > 0 ? `+${integer(n)}` : integer(n)),
    date: lang === 'sv' ? (iso) => formatDateSv(iso) : (iso) => formatDateEn(iso),
    time: lang === 'sv' ? formatTimeSv : formatTimeEn,
  };
}

/**
 * Where the figures come from, in the pane's language, with SCB's table ids (the source line is
 * where ids belong; the rest of the pane speaks plain words).
 *
 * @example
 * sourceText({ kind: 'snapshot', label: '…', tables: ['TAB638', 'TAB5557'], snapshotDate: '2026-11-23' }, sv)
 * // → 'Källa: SCB:s folkmängd 31 december, följer med tillägget (SCB-tabell TAB638, TAB5557; uttag 2026-11-23).'
 */
export function sourceText(source: PopulationSource, t: Strings, f: Formats): string {
  const tables = source.tables?.length ? source.tables.join(', ') : undefined;
  switch (source.kind) {
    case 'snapshot':
      return t.sourceLine.snapshot(tables ?? '', source.snapshotDate ?? '');
    case 'scb':
      return t.sourceLine.scb(tables ?? '', source.retrievedAt ? f.time(source.retrievedAt) : '');
    case 'file':
      return t.sourceLine.file(
        source.location ?? source.label,
        tables,
        source.retrievedAt ? f.time(source.retrievedAt) : '',
      );
    case 'range':
      return t.sourceLine.range(source.location ?? source.label);
  }
}

/** The formats of the language the pane speaks now. */
export const useFormats = (): Formats => formatsFor(useLang());

import { formatDateSv, formatInteger, formatKronor, formatPercent } from '../../src/domain';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('Swedish formatting', () => {
  it('groups digits with no-break spaces', () => {
    expect(formatInteger(525_625)).toBe(nb('525 625'));
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1_000_000)).toBe(nb('1 000 000'));
    expect(formatInteger(-1_234)).toBe(nb('−1 234'));
  });

  it('shows kronor with öre only when there are öre, and a typographic minus', () => {
    expect(formatKronor(2_102_500_00)).toBe(nb('2 102 500 kr'));
    expect(formatKronor(435_379_50)).toBe(nb('435 379,50 kr'));
    expect(formatKronor(5)).toBe(nb('0,05 kr'));
    expect(formatKronor(-52_500_00)).toBe(nb('−52 500 kr'));
    expect(formatKronor(1_000_00, '')).toBe(nb('1 000'));
  });

  it('agrees with the platform’s sv-SE number formatting', () => {
    for (const n of [0, 7, 12_384, 525_625, 2_102_500, 1_234_567_890]) {
      expect(formatInteger(n)).toBe(new Intl.NumberFormat('sv-SE').format(n));
    }
  });

  it('formats percentages and dates', () => {
    expect(formatPercent(0.18406)).toBe(nb('18,41 %'));
    expect(formatDateSv('2025-12-31')).toBe('31 december 2025');
    expect(formatDateSv('2026-03-15', true)).toBe('15 mar 2026');
  });
});

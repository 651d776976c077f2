import {
  allocate,
  describeRule,
  formatDateEn,
  formatDateSv,
  formatInteger,
  formatIntegerEn,
  formatKronor,
  formatKronorEn,
  formatPercent,
  indexedRule,
  perCapitaRule,
  SODERTORN_MEMBERS,
  formatTimeEn,
  formatTimeSv,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { messages } from '../../src/domain/budget/messages';

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

describe('English formatting (the English pane and --lang en say numbers the English way)', () => {
  it('groups digits with commas and writes SEK before the amount', () => {
    expect(formatIntegerEn(525_625)).toBe('525,625');
    expect(formatIntegerEn(-1_234)).toBe('−1,234');
    expect(formatKronorEn(2_102_500_00)).toBe('SEK\u00a02,102,500');
    expect(formatKronorEn(435_379_50)).toBe('SEK\u00a0435,379.50');
    expect(formatKronorEn(-50_00)).toBe('−SEK\u00a050');
    expect(formatDateEn('2025-12-31', true)).toBe('31 Dec 2025');
  });

  it('rule descriptions and fee bases in English carry no Swedish number, amount or ISO date', () => {
    const fees = allocate({
      feeYear: 2026,
      rule: perCapitaRule(),
      members: SODERTORN_MEMBERS,
      population: snapshotPopulation(),
    });
    if (!fees.ok) throw new Error(fees.error.message.en);
    const botkyrka = fees.value.members.find((m) => m.member.code === '0127')!;
    expect(botkyrka.basis.en).toBe(
      `${formatIntegerEn(botkyrka.population)} inhabitants on 31 Dec 2025 × SEK\u00a04, decision 2017-02-02`,
    );
    expect(describeRule(perCapitaRule(), 2026).en).toBe(
      'SEK\u00a04 per inhabitant, committee decision 2017-02-02; population on 31 December 2025',
    );
    // §8 years: every amount and population in the English texts is written the English way.
    for (const feeYear of [2010, 2013, 2016]) {
      const indexed = allocate({
        feeYear,
        rule: indexedRule(),
        members: SODERTORN_MEMBERS,
        population: snapshotPopulation(),
      });
      if (!indexed.ok) throw new Error(indexed.error.message.en);
      for (const m of indexed.value.members) {
        expect(m.basis.en).not.toMatch(/\d\u00a0\d|\d{4}-\d{2}-\d{2}|\d kr\b/);
        expect(m.basis.en).toContain(formatIntegerEn(m.population));
      }
      expect(describeRule(indexedRule(), feeYear).en).toContain('SEK\u00a0860,000');
    }
  });

  it('the budget check speaks English amounts in English, and the sign of a difference in words', () => {
    const m = messages.summaDiffers('cost', 2_102_500_00, 2_155_000_00);
    expect(m.sv).toContain(`(${nb('52 500 kr')} mindre)`);
    expect(m.en).toContain('SEK\u00a02,102,500');
    expect(m.en).toContain('(SEK\u00a052,500 less)');
    expect(m.sv + m.en).not.toContain('−');
    expect(m.en).not.toMatch(/\d\u00a0\d| kr\b/);
  });
});

describe('times in Swedish time (issue 21: not "2026-03-02T09:00:37.458Z")', () => {
  it('a logged instant reads as Swedes write it, in Stockholm, winter and summer; English the English way', () => {
    expect(formatTimeSv('2026-03-02T09:00:37.458Z')).toBe('2 mars 2026 kl. 10.00');
    expect(formatTimeSv('2026-06-15T08:05:00Z')).toBe('15 juni 2026 kl. 10.05');
    // Past midnight in Stockholm is the next day there.
    expect(formatTimeSv('2026-12-31T23:30:00Z')).toBe('1 januari 2027 kl. 00.30');
    expect(formatTimeEn('2026-03-02T09:00:37.458Z')).toBe('2 March 2026 at 10:00 (Swedish time)');
    // What is no instant (a hand-edited Logg cell) is shown as it stands, never invented.
    expect(formatTimeSv('igår')).toBe('igår');
  });
});

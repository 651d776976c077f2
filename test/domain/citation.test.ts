import { scbCitation } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';

describe('scbCitation (as pxweb_cite)', () => {
  it('cites a live SCB fetch: publisher, year, title, table, SCB’s update time, fetch time', () => {
    const c = scbCitation({
      kind: 'scb',
      label: 'SCB, tabell TAB628 (BE0101U2)',
      title: 'Folkmängd efter region, kön och år',
      tables: ['TAB628'],
      updated: '2026-02-20T07:00:00Z',
      retrievedAt: '2026-02-25T10:00:00.000Z',
    });
    expect(c?.sv).toBe(
      'Citera: Statistiska centralbyrån (SCB) (2026). ”Folkmängd efter region, kön och år”, tabell TAB628. Uppdaterad av SCB 2026-02-20 07:00. Hämtad 2026-02-25 10:00 från statistikdatabasen.scb.se.',
    );
    expect(c?.en).toContain('Statistics Sweden (SCB) (2026). "Folkmängd efter region, kön och år", table TAB628.');
  });

  it('cites the bundled snapshot with its date', () => {
    expect(scbCitation(snapshotPopulation().source)?.sv).toMatch(
      /^Citera: Statistiska centralbyrån \(SCB\) \(2026\)\. ”Folkmängd 31 december 2008–2025 per kommun”, tabell TAB638, TAB5557\. Ur tilläggets inbyggda ögonblicksbild 2026-11-23\.$/,
    );
  });

  it('does not cite SCB for the user’s own figures', () => {
    expect(scbCitation({ kind: 'range', label: 'Område A1:C9' })).toBeUndefined();
  });
});

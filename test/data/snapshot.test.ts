import { readFileSync } from 'node:fs';
import { parsePopulationCsv } from '../../src/data/populationCsv';
import { snapshotPopulation, SNAPSHOT_MEMBERS } from '../../src/data/snapshot';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { FIXTURE_CSV, itWithShared, SHARED_CSV, sharedPopulation } from '../support/sharedData';

describe('the bundled snapshot', () => {
  it('holds exactly the figures of the shared CSV, with their SCB tables', () => {
    const shared = sharedPopulation().map(({ code, year, population, table }) => ({ code, year, population, table }));
    expect(snapshotPopulation().figures).toEqual(shared);
    expect(shared).toHaveLength(8 * 18);
  });

  it('states its origin and date', () => {
    const { source } = snapshotPopulation();
    expect(source.kind).toBe('snapshot');
    expect(source.tables).toEqual(['TAB638', 'TAB5557']);
    expect(source.snapshotDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(source.label).toContain('2008–2025');
  });

  it('names the same eight members as the domain', () => {
    expect(SNAPSHOT_MEMBERS).toEqual(SODERTORN_MEMBERS);
  });

  it('totals 525 625 on 31 december 2025, as the 2026 budget says', () => {
    const total = snapshotPopulation()
      .figures.filter((f) => f.year === 2025)
      .reduce((s, f) => s + f.population, 0);
    expect(total).toBe(525_625);
  });

  it('is generated from the CSV: regenerating would change nothing', () => {
    const parsed = parsePopulationCsv(readFileSync(FIXTURE_CSV, 'utf8'), { kind: 'file', label: 'shared' });
    expect(parsed.ok && parsed.value.series.figures).toEqual(snapshotPopulation().figures);
  });

  itWithShared('comes from the shared file itself: the copy in test/fixtures is byte for byte ../shared/data', () => {
    expect(readFileSync(FIXTURE_CSV)).toEqual(readFileSync(SHARED_CSV));
  });
});

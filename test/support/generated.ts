import { Member, PopulationSeries } from '../../src/domain';

/** Counties (län) and how many municipalities each has: 290 in all, as in Sweden. */
const COUNTIES: [string, number][] = [
  ['01', 26],
  ['03', 8],
  ['04', 9],
  ['05', 13],
  ['06', 13],
  ['07', 8],
  ['08', 12],
  ['09', 1],
  ['10', 5],
  ['12', 33],
  ['13', 6],
  ['14', 49],
  ['17', 16],
  ['18', 12],
  ['19', 10],
  ['20', 15],
  ['21', 10],
  ['22', 7],
  ['23', 8],
  ['24', 15],
  ['25', 14],
];

/** 290 members with valid, unique four-digit codes (generated, not SCB's real list). */
export function generatedMembers(count = 290): Member[] {
  const members: Member[] = [];
  for (const [county, n] of COUNTIES) {
    for (let i = 0; i < n; i++) {
      const code = `${county}${String(10 + i)}`;
      members.push({ code, name: `Kommun ${code}` });
    }
  }
  return members.slice(0, count);
}

/** A deterministic pseudo-random series: 2 500 – 1 000 000 inhabitants, changing a little each year. */
export function generatedPopulation(
  members: readonly Member[],
  fromYear: number,
  toYear: number,
  seed = 1,
): PopulationSeries {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const figures = members.flatMap((m) => {
    let population = Math.floor(2_500 + next() ** 3 * 997_500);
    const rows = [];
    for (let year = fromYear; year <= toYear; year++) {
      rows.push({ code: m.code, year, population });
      population = Math.max(1, population + Math.floor((next() - 0.4) * population * 0.03));
    }
    return rows;
  });
  return { figures, source: { kind: 'file', label: 'Genererade testdata', location: 'generated' } };
}

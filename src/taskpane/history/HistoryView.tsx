import { feeHistory, formatKronor, formatKronorEn, Member, PopulationSeries } from '../../domain';

/*
 * The fees over the years in the pane: a small inline SVG (a column per fee year, its height the
 * year's total, one colour: nothing is told by colour), the same figures in a table behind it and in
 * a sentence for screen readers; per member on the Historik sheet and its chart. Loaded only when the officer opens
 * it (HistoryStep), so the first screen does not carry it. Fluent's colours by their CSS variables.
 */

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 4, right: 4, top: 18, bottom: 18 };

export interface HistoryViewProps {
  readonly lastYear: number;
  readonly members: readonly Member[];
  readonly population: PopulationSeries;
  readonly lang: 'sv' | 'en';
}

/**
 * The history 2010–`lastYear` under the rules in force each year (the same job as the Historik
 * sheet and its chart, domain feeHistory), as columns and as a table.
 *
 * @example <HistoryView lastYear={2026} members={SODERTORN_MEMBERS} population={snapshot} lang="sv" />
 */
export default function HistoryView({ lastYear, members, population, lang }: HistoryViewProps) {
  const history = feeHistory({ fromYear: 2010, toYear: lastYear, members, population });
  const sv = lang === 'sv';
  if (!history.ok) return <p>{history.error.message[lang]}</p>;
  const years = history.value;
  const kr = sv ? formatKronor : formatKronorEn;
  const totals = years.map((a) => a.totalOre);
  const max = Math.max(...totals);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = (WIDTH - PAD.left - PAD.right) / years.length;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const summary = sv
    ? `Avgifterna ${first.feeYear}–${last.feeYear}: från ${kr(first.totalOre)} ${first.feeYear} till ${kr(last.totalOre)} ${last.feeYear}; högst ${kr(max)}. Per kommun på bladet Historik.`
    : `The fees ${first.feeYear}–${last.feeYear}: from ${kr(first.totalOre)} in ${first.feeYear} to ${kr(last.totalOre)} in ${last.feeYear}; highest ${kr(max)}. Per municipality on the Historik sheet.`;
  return (
    <div data-testid="history-view">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: `${WIDTH * 1.4}px`, display: 'block' }}
      >
        <text x={PAD.left} y={12} fontSize="10" fill="var(--colorNeutralForeground2)">
          {kr(max)}
        </text>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          stroke="var(--colorNeutralStroke1)"
        />
        {years.map((a, i) => {
          const h = (a.totalOre / max) * plotHeight;
          return (
            <rect
              key={a.feeYear}
              x={PAD.left + i * step + step * 0.15}
              y={HEIGHT - PAD.bottom - h}
              width={step * 0.7}
              height={h}
              fill="var(--colorBrandBackground)"
            />
          );
        })}
        <text x={PAD.left} y={HEIGHT - 4} fontSize="10" fill="var(--colorNeutralForeground2)">
          {first.feeYear}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 4} fontSize="10" textAnchor="end" fill="var(--colorNeutralForeground2)">
          {last.feeYear}
        </text>
      </svg>
      <p style={{ margin: '4px 0', fontSize: 'var(--fontSizeBase200)' }}>{summary}</p>
      <details>
        <summary>{sv ? 'Visa talen' : 'Show the figures'}</summary>
        <table style={{ borderCollapse: 'collapse', fontSize: 'var(--fontSizeBase200)' }}>
          <caption className="visually-hidden">{sv ? 'Avgifterna per år' : 'The fees per year'}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: '16px' }}>
                {sv ? 'Avgiftsår' : 'Fee year'}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {sv ? 'Summa' : 'Total'}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((a) => (
              <tr key={a.feeYear}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: '16px' }}>
                  {a.feeYear}
                </th>
                <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{kr(a.totalOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

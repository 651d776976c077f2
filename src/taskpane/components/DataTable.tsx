import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * A plain, accessible data table (native <table> with a caption and column headers): lighter than a
 * grid component, and what screen readers read best. Columns after the first are numbers, aligned right.
 */
export function DataTable({ caption, columns, rows, total }: { caption: string; columns: readonly string[]; rows: readonly (readonly ReactNode[])[]; total?: readonly ReactNode[] }) {
  const s = useStyles();
  const cell = (i: number, extra = '') => `${s.cell} ${i > 0 ? s.number : ''} ${extra}`;
  return (
    <table className={s.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={`${s.head} ${i > 0 ? s.number : ''}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={cell(i)} style={{ fontWeight: 'normal', textAlign: 'left' }}>
                  {c}
                </th>
              ) : (
                <td key={i} className={cell(i)}>
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
        {total && (
          <tr>
            {total.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={cell(i, s.total)} style={{ textAlign: 'left' }}>
                  {c}
                </th>
              ) : (
                <td key={i} className={cell(i, s.total)}>
                  {c}
                </td>
              ),
            )}
          </tr>
        )}
      </tbody>
    </table>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ReactNode, RefObject, useLayoutEffect, useRef, useState } from 'react';

const useStyles = makeStyles({
  // Names in a table wrap only between words: a table too narrow scrolls in its own box instead.
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'normal',
    // Stacked (a table wider than the pane, at 320 px or 200 % zoom): each row a block, each cell a
    // line with its column's name first, the key cell on top. Nothing is cut and nothing scrolls
    // sideways; the roles keep it a table for screen readers.
    '&[data-stacked] thead': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
    },
    '&[data-stacked] tbody, &[data-stacked] tr': { display: 'block' },
    '&[data-stacked] tr': {
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    },
    '&[data-stacked] th, &[data-stacked] td': {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'baseline',
      gap: tokens.spacingHorizontalS,
      border: 'none',
      whiteSpace: 'normal',
      overflowWrap: 'anywhere',
    },
    '&[data-stacked] th': { fontWeight: tokens.fontWeightSemibold },
    '&[data-stacked] td::before': {
      content: 'attr(data-label)',
      flexShrink: 0,
      maxWidth: '50%',
      textAlign: 'left',
      fontWeight: tokens.fontWeightRegular,
      color: tokens.colorNeutralForeground2,
    },
  },
  head: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  whole: { whiteSpace: 'nowrap' },
  // The box the table must fit: it stacks rather than scroll (useStacked).
  scroller: { maxWidth: '100%' },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
});

/**
 * A plain, accessible data table (native <table> with a caption and column headers): lighter than a
 * grid component, and what screen readers read best. Columns after the first are numbers, aligned
 * right. Where it is wider than the pane (320 px, 200 % zoom) it stacks: a block per row, each
 * figure under its column's name, long values wrapped; nothing is cut off or scrolled to.
 *
 * @example <DataTable caption="Skillnader" columns={['Cell', 'Vad', 'Väntat', 'Funnet']} rows={[['Avgift 2026!E10', 'Avgiften …', '387 000', '1 000']]} />
 */
export function DataTable({
  caption,
  columns,
  rows,
  total,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  total?: readonly ReactNode[];
}) {
  const s = useStyles();
  const cell = (i: number, ...extra: (string | false)[]) =>
    mergeClasses(s.cell, i > 0 && s.number, i > 0 && s.whole, ...extra);
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const stacked = useStacked(scroller, table);
  return (
    <div ref={scroller} className={s.scroller}>
      <table ref={table} className={s.table} role="table" {...(stacked ? { 'data-stacked': '' } : {})}>
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c, i) => (
              <th key={i} scope="col" role="columnheader" className={mergeClasses(s.head, i > 0 && s.number)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, r) => (
            <tr key={r} role="row">
              {row.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" role="rowheader" className={cell(i, s.rowHead)}>
                    {c}
                  </th>
                ) : (
                  <td key={i} role="cell" data-label={columns[i]} className={cell(i)}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
          {total && (
            <tr role="row">
              {total.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" role="rowheader" className={cell(i, s.rowHead, s.total)}>
                    {c}
                  </th>
                ) : (
                  <td key={i} role="cell" data-label={columns[i]} className={cell(i, s.total)}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Whether the table must be stacked: its natural width (measured with the stacking taken off, before
 * the browser paints) is wider than its box. Measured after every render and whenever the box
 * changes size, so a wider pane or shorter figures bring the columns back.
 */
function useStacked(box: RefObject<HTMLElement>, table: RefObject<HTMLTableElement>): boolean {
  const [stacked, setStacked] = useState(false);
  useLayoutEffect(() => {
    const measure = () => {
      const b = box.current;
      const t = table.current;
      if (!b || !t) return;
      const was = t.hasAttribute('data-stacked');
      t.removeAttribute('data-stacked');
      const wide = t.scrollWidth > b.clientWidth + 1;
      if (was) t.setAttribute('data-stacked', '');
      setStacked(wide);
    };
    measure();
    if (typeof ResizeObserver === 'undefined' || !box.current) return;
    const observer = new ResizeObserver(measure);
    observer.observe(box.current);
    return () => observer.disconnect();
  });
  return stacked;
}

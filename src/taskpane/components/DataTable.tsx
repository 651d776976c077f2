import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ReactNode, RefObject, useEffect, useRef, useState } from 'react';

const useStyles = makeStyles({
  // Names in a table wrap only between words: a table too narrow scrolls in its own box instead.
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, overflowWrap: 'normal' },
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
  // Only the table scrolls, and only when it cannot fit (WCAG 1.4.10 allows it for data tables).
  scroller: { maxWidth: '100%', overflowX: 'auto' },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
});

/**
 * A plain, accessible data table (native <table> with a caption and column headers): lighter than a
 * grid component, and what screen readers read best. Columns after the first are numbers, aligned right.
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
  const overflows = useOverflow(scroller);
  return (
    // When it must scroll, the keyboard can reach it (tabIndex) and it is named like its table.
    <div
      ref={scroller}
      className={s.scroller}
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table className={s.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={mergeClasses(s.head, i > 0 && s.number)}>
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
                  <th key={i} scope="row" className={cell(i, s.rowHead)}>
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
                  <th key={i} scope="row" className={cell(i, s.rowHead, s.total)}>
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
    </div>
  );
}

/** Whether the element is wider inside than it shows, following its size. */
function useOverflow(ref: RefObject<HTMLElement>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflows(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

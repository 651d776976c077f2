import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { KeyboardEvent, useRef } from 'react';
import { useStrings } from '../i18n';
import { PaneTask, TASKS } from '../tasks';

const useStyles = makeStyles({
  // Side by side where they fit, under each other at 320 px and 200 % zoom (no sideways scroll).
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  // The chosen task is told by its weight and its line, not by colour alone.
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/**
 * The three tasks of the officer's year as tabs (WAI-ARIA tabs: the arrow keys, Home and End move
 * between them and open the task, Tab goes on into the page): the one in season is chosen as the
 * pane opens, the others are one click away.
 *
 * @example <TaskTabs task="budget" onTask={setTask} panelId="task-page" />
 */
export function TaskTabs({
  task,
  onTask,
  panelId,
}: {
  task: PaneTask;
  onTask: (task: PaneTask) => void;
  panelId: string;
}) {
  const t = useStrings().tasks;
  const s = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = TASKS.indexOf(task);
    const to = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: TASKS.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TASKS[(to + TASKS.length) % TASKS.length]!;
    onTask(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.label} className={s.list} ref={list} onKeyDown={move}>
      {TASKS.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={tabId(k)}
          aria-selected={k === task}
          aria-controls={panelId}
          tabIndex={k === task ? 0 : -1}
          className={mergeClasses(s.tab, k === task && s.selected)}
          onClick={() => onTask(k)}
        >
          {t.names[k]}
        </button>
      ))}
    </div>
  );
}

/** The id of a task's tab, which names its page (aria-labelledby). */
export const tabId = (task: PaneTask): string => `task-${task}`;

/*
 * The pane's tests wait for what Excel (the real library, answered by the model) has written. On a
 * loaded 2-core machine a 13-sheet write takes longer than Testing Library's 1 s default wait: the
 * waits poll, so a longer limit costs nothing when the pane is quick. A guard against a loaded
 * machine, not a performance check (that is `npm run bench`).
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('@testing-library/dom') as typeof import('@testing-library/dom')).configure({ asyncUtilTimeout: 10_000 });
}

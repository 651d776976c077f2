/**
 * The other half of taskpane.html's load guard: the page shows "laddas…" and, if the bundle does
 * not load or throws before the pane is shown, a message with what to do (#load-failed).
 */

/**
 * Marks the pane as shown (`<html data-ready>`): from now on the page's guard stays quiet, and a
 * message it showed while the pane was slow to start is taken away.
 * @example markReady(document) // document.documentElement.hasAttribute('data-ready') === true
 */
export function markReady(doc: Document): void {
  doc.documentElement.setAttribute('data-ready', '');
  const failed = doc.getElementById('load-failed');
  if (failed) failed.hidden = true;
  const root = doc.getElementById('root');
  if (root) root.hidden = false;
}

/**
 * Shows the page's own "could not start" message in place of the pane (after the pane itself
 * failed to render and React has emptied it).
 * @example showLoadFailed(document) // #load-failed visible, #root hidden
 */
export function showLoadFailed(doc: Document): void {
  const failed = doc.getElementById('load-failed');
  if (!failed) return;
  failed.hidden = false;
  const root = doc.getElementById('root');
  if (root) root.hidden = true;
}

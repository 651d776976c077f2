import { Theme, webLightTheme } from '@fluentui/react-components';

/** The dark theme, once loaded: a chunk of its own, as English is (most panes open light). */
let dark: Theme | undefined;

/**
 * Loads Fluent's dark theme before the first screen when Office (or the browser) is dark.
 *
 * @example await loadTheme(true); themeFor(true) === webDarkTheme // true
 */
export async function loadTheme(wantDark: boolean): Promise<void> {
  if (wantDark && !dark) dark = (await import(/* webpackChunkName: "dark" */ './darkTheme')).webDarkTheme;
}

/**
 * The pane's theme: dark when asked and loaded, else light.
 *
 * @example themeFor(false) // webLightTheme
 */
export const themeFor = (wantDark: boolean): Theme => (wantDark && dark) || webLightTheme;

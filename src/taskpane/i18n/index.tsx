import { createContext, useContext } from 'react';
import { Strings, sv } from './sv';

export type Lang = 'sv' | 'en';
export type { Strings };

/** Swedish comes with the first screen; English loads when it is asked for (`loadLanguage`). */
const LOADED: { [L in Lang]?: Strings } = { sv };

/**
 * The pane's texts in a language, Swedish until that language has loaded.
 *
 * @example stringsFor('sv').standalone // 'Utanför Excel: …'
 */
export const stringsFor = (lang: Lang): Strings => LOADED[lang] ?? sv;

/**
 * Loads a language's texts (English is a chunk of its own: the first screen is smaller without it).
 *
 * @example await loadLanguage('en'); stringsFor('en').standalone // 'Outside Excel: …'
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !LOADED.en) LOADED.en = (await import(/* webpackChunkName: "en" */ './en')).en;
}

export const LangContext = createContext<Lang>('sv');

export const useLang = (): Lang => useContext(LangContext);
export const useStrings = (): Strings => stringsFor(useContext(LangContext));

/** Swedish unless Office (or the browser) says the user works in another language. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return !displayLanguage || /^sv\b/i.test(displayLanguage) ? 'sv' : 'en';
}

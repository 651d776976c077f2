import { createContext, useContext } from 'react';
import { en } from './en';
import { Strings, sv } from './sv';

export type Lang = 'sv' | 'en';
export type { Strings };

export const STRINGS: Record<Lang, Strings> = { sv, en };

export const LangContext = createContext<Lang>('sv');

export const useLang = (): Lang => useContext(LangContext);
export const useStrings = (): Strings => STRINGS[useContext(LangContext)];

/** Swedish unless Office (or the browser) says the user works in another language. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return !displayLanguage || /^sv\b/i.test(displayLanguage) ? 'sv' : 'en';
}

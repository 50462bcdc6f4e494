import type {UiStrings} from './strings.js';
import {en} from './en.js';
import {de} from './de.js';
import {fr} from './fr.js';
import {ru} from './ru.js';
import {uk} from './uk.js';
import {zh} from './zh.js';

export type {UiStrings};

/** Adding a language: write one file like `de.ts` (its problem phrases too) and list it here. */
const LANGUAGES: Record<string, UiStrings> = {en, de, fr, ru, uk, zh};

/** UI strings for a BCP 47 tag: exact language, else English. */
export function uiStrings(locale: string): UiStrings {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return LANGUAGES[language] ?? en;
}

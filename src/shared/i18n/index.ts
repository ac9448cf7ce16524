import type { Language } from '../domain';
import { en, type Catalog } from './en';
import { id } from './id';

// Kupu's words in both languages: the renderer feeds these catalogs to i18next; the backend (CLI, desktop
// shell, printed documents) renders from the same catalogs with `translate`, which understands the same
// `{{name}}`, `{{name, number}}` and `_one`/`_other` plural forms the renderer's i18next does.

export const languages: readonly Language[] = ['id', 'en'];
export const catalogs: Record<Language, Catalog> = { en, id };
export type { Catalog, Language };

export type MessageParams = Record<string, string | number>;

/** Every leaf of a nested catalog as a dotted path ("file.empty"). */
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : T[K] extends readonly unknown[] ? never : `${K}.${Leaves<T[K]>}` }[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** The key of a message the backend may say to the coordinator (under `messages.` in the catalogs). */
export type MessageKey = WithoutPlural<Leaves<Catalog['messages']>>;

/** A coordinator-facing message as it crosses a boundary: a key and its parameters, rendered per language. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

function lookup(catalog: Catalog, path: string): unknown {
  let node: unknown = catalog;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function interpolate(text: string, language: Language, params: MessageParams): string {
  return text.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (format === 'number' && typeof value === 'number') return value.toLocaleString(locales[language]);
    return String(value);
  });
}

/** The text at `path` in `language` (falling back to English, then to the path itself), with params filled in. */
export function translate(language: Language, path: string, params: MessageParams = {}): string {
  const count = params.count;
  for (const catalog of [catalogs[language], catalogs.en]) {
    if (typeof count === 'number') {
      const plural = lookup(catalog, `${path}_${new Intl.PluralRules(locales[language]).select(count)}`) ?? lookup(catalog, `${path}_other`);
      if (typeof plural === 'string') return interpolate(plural, language, params);
    }
    const text = lookup(catalog, path);
    if (typeof text === 'string') return interpolate(text, language, params);
  }
  return path;
}

export function renderMessage(language: Language, message: Message): string {
  return translate(language, `messages.${message.key}`, message.params);
}

/** Indonesian for id/in (its old code) locales, English otherwise. */
export function languageForLocale(locale: string): Language {
  return /^(id|in)([-_]|$)/i.test(locale) ? 'id' : 'en';
}

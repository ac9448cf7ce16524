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

// An import says one of a few messages for tens of thousands of rows: each path is looked up, each
// text's placeholders found, and each language's plural rules made once, not once per message.
const lookedUp = new WeakMap<Catalog, Map<string, unknown>>();

function lookup(catalog: Catalog, path: string): unknown {
  let byPath = lookedUp.get(catalog);
  if (!byPath) lookedUp.set(catalog, (byPath = new Map()));
  if (byPath.has(path)) return byPath.get(path);
  let node: unknown = catalog;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) {
      node = undefined;
      break;
    }
    node = (node as Record<string, unknown>)[part];
  }
  byPath.set(path, node);
  return node;
}

/** A text cut at its placeholders: literal pieces, and `{{name}}` / `{{name, format}}` as written. */
type Piece = string | { whole: string; name: string; format: string | undefined };
const placeholder = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;
const piecesByText = new Map<string, readonly Piece[]>();

function piecesOf(text: string): readonly Piece[] {
  let pieces = piecesByText.get(text);
  if (pieces) return pieces;
  const found: Piece[] = [];
  let end = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > end) found.push(text.slice(end, match.index));
    found.push({ whole: match[0], name: match[1], format: match[2] });
    end = match.index + match[0].length;
  }
  if (end < text.length) found.push(text.slice(end));
  piecesByText.set(text, (pieces = found));
  return pieces;
}

function interpolate(text: string, language: Language, params: MessageParams): string {
  let filled = '';
  for (const piece of piecesOf(text)) {
    if (typeof piece === 'string') {
      filled += piece;
      continue;
    }
    const value = params[piece.name];
    if (value === undefined) filled += piece.whole;
    else if (piece.format === 'number' && typeof value === 'number') filled += value.toLocaleString(locales[language]);
    else filled += String(value);
  }
  return filled;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(locales[language])));
  return rules.select(count);
}

/** The text at `path` in `language` (falling back to English, then to the path itself), with params filled in. */
export function translate(language: Language, path: string, params: MessageParams = {}): string {
  const count = params.count;
  for (const catalog of [catalogs[language], catalogs.en]) {
    if (typeof count === 'number') {
      const plural = lookup(catalog, `${path}_${pluralOf(language, count)}`) ?? lookup(catalog, `${path}_other`);
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

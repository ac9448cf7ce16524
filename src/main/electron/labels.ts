import { catalogs as allCatalogs, languageForLocale, type Catalog, type Language } from '../../shared/i18n';

// The shell's own words (menus, dialogs), from the shared catalogs, chosen by the system locale.

export type { Language };
export type Labels = Catalog['shell'];
export type LabelKey = keyof Labels;

export const catalogs: Record<Language, Labels> = { en: allCatalogs.en.shell, id: allCatalogs.id.shell };

export const languageFor = languageForLocale;

export function labelsFor(locale: string): Labels {
  return catalogs[languageFor(locale)];
}

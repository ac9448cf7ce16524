import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, type Language } from '../../../shared/i18n';

export type { Language };
const storageKey = 'kupu.language';

/** Indonesian when the system speaks Indonesian, else English, unless the coordinator chose. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'id' || saved === 'en') return saved;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('id') || l.toLowerCase().startsWith('ms')) ? 'id' : 'en';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function initI18n(): typeof i18next {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogs.en }, id: { translation: catalogs.id } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    keySeparator: '.',
    nsSeparator: false,
    returnNull: false,
  });
  return i18next;
}

import { useTranslation } from 'react-i18next';
import { chooseTheme, nextTheme, useThemeChoice, type ThemeChoice } from '../theme';

const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** The header's theme switch: follows the system, light, dark, in turn; it says which is on and what a click gives. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  const next = nextTheme(choice);
  const now = t(`app.themes.${choice}`);
  return (
    <button type="button" className="theme-switch" data-testid="theme-switch" data-choice={choice} aria-label={t('app.theme', { now })}
      title={t('app.themeNext', { now, next: t(`app.themes.${next}`) })} onClick={() => chooseTheme(next)}>
      <span aria-hidden="true">{icons[choice]}</span>
    </button>
  );
}

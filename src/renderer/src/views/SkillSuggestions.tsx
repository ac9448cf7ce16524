import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeReasonMessage, type SuggestedMerge } from '../../../shared/contract';

// Suggested merges: each pair with why it looks like one skill, merged with one click or dismissed as
// "not the same" (both remembered for the coordinator's later cohorts).

const shownAtFirst = 8;

export function SkillSuggestions({ suggestions, busy, onMerge, onNotSame }: {
  suggestions: SuggestedMerge[];
  busy: boolean;
  onMerge: (s: SuggestedMerge) => void;
  onNotSame: (s: SuggestedMerge) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (suggestions.length === 0) return null;
  const shown = all ? suggestions : suggestions.slice(0, shownAtFirst);
  return (
    <section className="panel suggestions" data-testid="skill-suggestions" aria-labelledby="skill-suggestions-title">
      <h3 id="skill-suggestions-title">{t('skills.suggestions', { count: suggestions.length })}</h3>
      <p className="hint">{t('skills.suggestionsHint')}</p>
      <ul className="suggestion-list">
        {shown.map((s) => (
          <li key={`${s.from}→${s.into}`} data-suggestion={`${s.from}→${s.into}`}>
            <span className="pair"><strong>{s.from}</strong> <span aria-hidden="true">→</span><span className="sr-only">{t('skills.into')}</span> <strong>{s.into}</strong></span>
            <span className="why">{s.why.map((reason) => {
              const { key, params } = mergeReasonMessage(reason);
              return t(key, params);
            }).join(' · ')}</span>
            <span className="row-actions">
              <button type="button" className="primary" disabled={busy} onClick={() => onMerge(s)} aria-label={t('skills.acceptLabel', s)}>{t('skills.accept')}</button>
              <button type="button" disabled={busy} onClick={() => onNotSame(s)} aria-label={t('skills.notSameLabel', s)}>{t('skills.notSame')}</button>
            </span>
          </li>
        ))}
      </ul>
      {suggestions.length > shownAtFirst && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('skills.showFewer') : t('skills.showAll', { count: suggestions.length })}
        </button>
      )}
    </section>
  );
}

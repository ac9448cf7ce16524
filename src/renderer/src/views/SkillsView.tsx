import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../shared/domain';
import { api } from '../api';
import { errorMessage } from '../messages';
import { foldText } from '../../../shared/text';
import { textMatcher } from '../search';
import { useCohort, write } from '../store';

// The skills vocabulary: each skill with the spellings participants typed and how many offer or seek
// it. Merging "Peta Pikiran" into "Mind Mapping" makes them one skill now and in every later import
// (remembered as an alias); like every change it can be undone.

// Every row's "merge into" suggests from this one shared list: a select per row would list every
// skill once per skill, n² options for a vocabulary of n.
const mergeTargets = 'skill-merge-targets';

interface Targets {
  /** The skill a typed name means, compared as the filter compares ("mind mapping" is "Mind Mapping"). */
  exact: (typed: string) => string | undefined;
  /** Whether some skill name holds what is typed so far: no red border while a name is half typed. */
  partial: (typed: string) => boolean;
}

function MergeControl({ skill, targets, onMerge }: { skill: Skill; targets: Targets; onMerge: (into: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const found = targets.exact(typed);
  const into = found === skill.name ? undefined : found;
  return (
    <form className="merge-control" onSubmit={(e) => {
      e.preventDefault();
      if (into !== undefined) onMerge(into);
    }}>
      <input
        list={mergeTargets}
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        placeholder={t('skills.merge')}
        aria-label={t('skills.mergeLabel', { skill: skill.name })}
        aria-invalid={typed.trim() !== '' && (found === skill.name || !targets.partial(typed))}
      />
      <button type="submit" disabled={into === undefined}>{t('skills.mergeButton')}</button>
    </form>
  );
}

export function SkillsView() {
  const { t } = useTranslation();
  // Any change (an import, a merge, an undo) shows up in the history; reload the vocabulary then.
  const history = useCohort((d) => d.history);
  const [skills, setSkills] = useState<Skill[] | null>(null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The last change, while it is the merge just made (an undo or any later change hides it).
  const last = history[0];
  const merged = last && last.label === 'history.merge' && !last.undone ? last.params : null;

  useEffect(() => {
    let live = true;
    void api.skillsList({}).then((list) => live && setSkills(list));
    return () => {
      live = false;
    };
  }, [history]);

  const shown = useMemo(() => {
    const found = textMatcher(filter);
    return (skills ?? []).filter((s) => found([s.name, ...s.spellings.map((x) => x.spelling)]));
  }, [skills, filter]);

  const targets = useMemo<Targets>(() => {
    const byName = new Map((skills ?? []).map((s) => [foldText(s.name.trim()), s.name]));
    const names = [...byName.keys()];
    return {
      exact: (typed) => byName.get(foldText(typed.trim())),
      partial: (typed) => {
        const folded = foldText(typed.trim());
        return names.some((name) => name.includes(folded));
      },
    };
  }, [skills]);

  const merge = async (from: string, into: string) => {
    setError(null);
    try {
      await write('skillMerge', { from, into });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="page skills-view">
      <h2>{t('skills.title')}</h2>
      <p className="lead">{t('skills.intro')}</p>
      <div className="toolbar flush">
        <input type="search" className="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('skills.search')} aria-label={t('skills.search')} />
        <span className="toolbar-count">{t('skills.count', { count: skills?.length ?? 0 })}</span>
        {error && <span className="error" role="alert">{error}</span>}
        {!error && merged && <span className="hint" role="status">{t('skills.merged', merged)}</span>}
      </div>
      {skills !== null && skills.length === 0 ? (
        <p className="hint">{t('skills.empty')}</p>
      ) : (
        <div className="table-scroll flush">
          <table className="grid skills" data-testid="skills">
            <thead>
              <tr>
                <th>{t('skills.skill')}</th>
                <th>{t('skills.spellings')}</th>
                <th className="num">{t('skills.offeredBy')}</th>
                <th className="num">{t('skills.soughtBy')}</th>
                <th>{t('skills.merge')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((skill) => (
                <tr key={skill.name} data-skill={skill.name}>
                  <td className="skill-name">{skill.name}</td>
                  <td className="spellings">
                    <ul className="chips">
                      {skill.spellings.map((s) => <li key={s.spelling} className="chip">{s.spelling} <span className="chip-count">{s.count}</span></li>)}
                    </ul>
                  </td>
                  <td className="num">{skill.offeredBy}</td>
                  <td className="num">{skill.soughtBy}</td>
                  <td><MergeControl skill={skill} targets={targets} onMerge={(into) => void merge(skill.name, into)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <datalist id={mergeTargets}>
            {(skills ?? []).map((s) => <option key={s.name} value={s.name} />)}
          </datalist>
        </div>
      )}
    </div>
  );
}

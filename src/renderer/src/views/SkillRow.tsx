import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../shared/domain';

// One skill of the vocabulary: its name (renamed in place), the spellings participants typed (some of
// them chosen and taken out into a skill of their own: a wrong merge split apart), its counts, and a
// merge into another skill.

/** Every row's "merge into" suggests from this one shared list: a select per row would list every skill once per skill. */
export const mergeTargets = 'skill-merge-targets';

export interface Targets {
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

function NameCell({ skill, onRename }: { skill: Skill; onRename: (to: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  if (editing === null) {
    return (
      <td className="skill-name">
        <span>{skill.name}</span>
        <button type="button" className="link-button" onClick={() => setEditing(skill.name)} aria-label={t('skills.renameLabel', { skill: skill.name })}>{t('skills.rename')}</button>
      </td>
    );
  }
  const save = async () => {
    if (editing.trim() === '' || editing.trim() === skill.name || (await onRename(editing.trim()))) setEditing(null);
  };
  return (
    <td className="skill-name">
      <form className="rename-form" onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}>
        <input value={editing} onChange={(e) => setEditing(e.target.value)} aria-label={t('skills.renameLabel', { skill: skill.name })} autoFocus
          onKeyDown={(e) => e.key === 'Escape' && setEditing(null)} />
        <button type="submit" className="primary">{t('skills.save')}</button>
        <button type="button" onClick={() => setEditing(null)}>{t('skills.cancel')}</button>
      </form>
    </td>
  );
}

export function SkillRow({ skill, targets, onMerge, onRename, onSplit }: {
  skill: Skill;
  targets: Targets;
  onMerge: (into: string) => void;
  onRename: (to: string) => Promise<boolean>;
  onSplit: (spellings: string[]) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (spelling: string) => setChosen((list) => (list.includes(spelling) ? list.filter((s) => s !== spelling) : [...list, spelling]));
  // Taking every spelling out would leave nothing behind: at least one stays.
  const canSplit = chosen.length > 0 && chosen.length < skill.spellings.length;
  return (
    <tr data-skill={skill.name}>
      <NameCell skill={skill} onRename={onRename} />
      <td className="spellings">
        <ul className="chips">
          {skill.spellings.map((s) => (
            <li key={s.spelling}>
              {skill.spellings.length > 1 ? (
                <button type="button" className={`chip chip-toggle${chosen.includes(s.spelling) ? ' chosen' : ''}`} aria-pressed={chosen.includes(s.spelling)}
                  onClick={() => toggle(s.spelling)} title={t('skills.pickSpelling', { spelling: s.spelling })}>
                  {s.spelling} <span className="chip-count">{s.count}</span>
                </button>
              ) : (
                <span className="chip">{s.spelling} <span className="chip-count">{s.count}</span></span>
              )}
            </li>
          ))}
        </ul>
        {chosen.length > 0 && (
          <button type="button" className="split-button" disabled={!canSplit} onClick={() => {
            onSplit(chosen);
            setChosen([]);
          }}>{t('skills.split', { count: chosen.length })}</button>
        )}
      </td>
      <td className="num">{skill.offeredBy}</td>
      <td className="num">{skill.soughtBy}</td>
      <td><MergeControl skill={skill} targets={targets} onMerge={onMerge} /></td>
    </tr>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedMerge } from '../../../shared/contract';
import type { Skill } from '../../../shared/domain';
import { api } from '../api';
import { base64Bytes, downloadBlob, fileToBase64 } from '../components/CopyText';
import { errorMessage } from '../messages';
import { foldText } from '../../../shared/text';
import { textMatcher } from '../search';
import { useCohort, write } from '../store';
import { SkillRow, mergeTargets, type Targets } from './SkillRow';
import { SkillSuggestions } from './SkillSuggestions';
import './skills.css';

// The skills vocabulary: each skill with the spellings participants typed and how many offer or seek
// it, the merges Kupu suggests, and the coordinator's own merges, renames and splits. Her decisions are
// kept in Kupu's folder too, so her later cohorts start from them; the vocabulary can be exported and
// imported to share with another coordinator. Like every change, each can be undone.

export function SkillsView() {
  const { t } = useTranslation();
  // Any change (an import, a merge, an undo) shows up in the history; reload the vocabulary then.
  const history = useCohort((d) => d.history);
  const [skills, setSkills] = useState<Skill[] | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestedMerge[]>([]);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const vocabularyInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([api.skillsList({}), api.skillsSuggest({})]).then(([list, suggested]) => {
      if (!live) return;
      setSkills(list);
      setSuggestions(suggested);
    });
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

  /** Runs one change; says what it did, or why not. */
  const run = async (change: () => Promise<string | null>): Promise<boolean> => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      setNotice(await change());
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const merge = (from: string, into: string) => run(async () => {
    await write('skillMerge', { from, into });
    return t('skills.merged', { from, into });
  });
  const notSame = (s: SuggestedMerge) => run(async () => {
    await write('skillsNotSame', { a: s.from, b: s.into });
    return t('skills.notSameDone', { a: s.from, b: s.into });
  });
  const rename = (from: string, to: string) => run(async () => {
    await write('skillRename', { from, to });
    return t('skills.renamed', { from, to });
  });
  const split = (skill: string, spellings: string[]) => run(async () => {
    const { name } = await write('skillSplit', { skill, spellings });
    return t('skills.splitDone', { skill, name, spellings: spellings.join(', ') });
  });
  const exportVocabulary = () => run(async () => {
    const file = await api.vocabularyExport({});
    downloadBlob(file.fileName, base64Bytes(file.data), 'application/json');
    return t('skills.exported', { file: file.fileName });
  });
  const importVocabulary = (file: File | undefined) => run(async () => {
    if (!file) return null;
    const { imported } = await write('vocabularyImport', { fileName: file.name, data: await fileToBase64(file) });
    if (vocabularyInput.current) vocabularyInput.current.value = '';
    return t('skills.imported', { count: imported, file: file.name });
  });

  return (
    <div className="page skills-view">
      <h2>{t('skills.title')}</h2>
      <p className="lead">{t('skills.intro')}</p>
      <div className="toolbar flush">
        <input type="search" className="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('skills.search')} aria-label={t('skills.search')} />
        <span className="toolbar-count">{t('skills.count', { count: skills?.length ?? 0 })}</span>
        <span className="spacer" />
        <button type="button" onClick={() => void exportVocabulary()} disabled={busy}>{t('skills.exportVocabulary')}</button>
        <label className="file-button">
          <input ref={vocabularyInput} type="file" accept=".json,application/json" onChange={(e) => void importVocabulary(e.target.files?.[0])} data-testid="vocabulary-file" />
          <span className="button">{t('skills.importVocabulary')}</span>
        </label>
      </div>
      <div className="skills-status" aria-live="polite">
        {error && <p className="error" role="alert">{error}</p>}
        {!error && notice && <p className="hint" role="status">{notice} {t('skills.undoHint')}</p>}
      </div>
      <SkillSuggestions suggestions={suggestions} busy={busy} onMerge={(s) => void merge(s.from, s.into)} onNotSame={(s) => void notSame(s)} />
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
                <SkillRow key={skill.name} skill={skill} targets={targets} onMerge={(into) => void merge(skill.name, into)}
                  onRename={(to) => rename(skill.name, to)} onSplit={(spellings) => void split(skill.name, spellings)} />
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

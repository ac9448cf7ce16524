import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { checkAssignment, type RuleContext } from '../../../shared/rules';
import { Dialog } from '../components/Dialog';
import { queryMatcher, textMatcher } from '../search';
import type { BoardColumn } from './model';

/** "Assign to…": pick a mentor by typing, with each mentor's rule check shown before choosing. */
export function AssignDialog({ mentee, fromMentorId, columns, context, onClose, onChoose }: {
  mentee: Participant;
  fromMentorId: string | null;
  /** The board's columns: mentors, or group mentors on the group board. */
  columns: ReadonlyMap<string, BoardColumn>;
  context: RuleContext;
  onClose: () => void;
  onChoose: (column: BoardColumn) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // Ranking checks every column's rules: done once per dialog, not per keystroke; typing only filters.
  const ranked = useMemo(() => {
    // Never to herself, nor to the mentor she is with.
    const all = [...columns.values()]
      .filter((c) => c.mentor.id !== mentee.id && c.mentor.id !== fromMentorId)
      .map((c) => ({
        column: c,
        label: c.mentor.name,
        violations: checkAssignment(context, { menteeId: mentee.id, mentorId: c.mentor.id, fromMentorId }),
      }));
    all.sort((a, b) => a.violations.length - b.violations.length || a.label.localeCompare(b.label));
    return all;
  }, [columns, context, fromMentorId, mentee.id, t]);
  const options = useMemo(() => {
    const matches = queryMatcher(query);
    const offers = textMatcher(query);
    return ranked.filter(({ column: c }) => matches(c.mentor) || offers(c.mentor.offers)).slice(0, 50);
  }, [ranked, query]);
  return (
    <Dialog title={t('board.assignToTitle', { name: mentee.name })} open onClose={onClose} wide>
      <input
        type="search"
        autoFocus
        className="search wide"
        placeholder={t('board.assignSearch')}
        aria-label={t('board.assignSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="assign-list" role="listbox" aria-label={t('board.assignSearch')}>
        {options.map(({ column, label, violations }) => (
          <li key={column.key}>
            <button
              type="button"
              role="option"
              aria-selected="false"
              className={violations.some((v) => !v.overridable) ? 'refused' : violations.length ? 'warn' : ''}
              onClick={() => onChoose(column)}
            >
              <span className="assign-name">{label}</span>
              <span className="assign-meta">
                {column.mentor.offers.join(', ')} · {column.used}/{column.total}
              </span>
              {violations.length > 0 && <span className="assign-why">{violations.map((v) => t(`rules.${v.code}`, v.params)).join(' ')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

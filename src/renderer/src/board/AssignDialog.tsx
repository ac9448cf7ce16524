import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { checkAssignment, type RuleContext } from '../../../shared/rules';
import { Dialog } from '../components/Dialog';
import { queryMatcher, textMatcher } from '../search';
import { columnLabel, type BoardColumn } from './model';

/** "Assign to…": pick a mentor by typing, with each mentor's rule check shown before choosing. */
export function AssignDialog({ mentee, fromMentorId, columns, context, onClose, onChoose }: {
  mentee: Participant;
  fromMentorId: string | null;
  /** Mentors, or groups on the group board: whatever the board's columns are. */
  columns: ReadonlyMap<string, BoardColumn>;
  context: RuleContext;
  onClose: () => void;
  onChoose: (column: BoardColumn) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // Ranking checks every column's rules: done once per dialog, not per keystroke; typing only filters.
  const ranked = useMemo(() => {
    // On the group board a mentee may move to another group of the same mentor; never to the column they sit in.
    const current = (c: BoardColumn) => c.mentor.id === fromMentorId && (c.skill === null || c.cards.some((card) => card.mentee.id === mentee.id));
    const all = [...columns.values()]
      .filter((c) => c.mentor.id !== mentee.id && !current(c))
      .map((c) => ({
        column: c,
        label: columnLabel(t, c),
        violations: checkAssignment(context, { menteeId: mentee.id, mentorId: c.mentor.id, fromMentorId, skill: c.skill }),
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
                {column.skill === null ? column.mentor.offers.join(', ') : t(`board.kind.${column.mentor.kind}`)} · {column.used}/{column.total}
              </span>
              {violations.length > 0 && <span className="assign-why">{violations.map((v) => t(`rules.${v.code}`, v.params)).join(' ')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

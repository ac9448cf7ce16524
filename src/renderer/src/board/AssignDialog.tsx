import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { checkAssignment, type RuleContext } from '../../../shared/rules';
import { Dialog } from '../components/Dialog';
import { matchesQuery, type BoardColumn } from './model';

/** "Assign to…": pick a mentor by typing, with each mentor's rule check shown before choosing. */
export function AssignDialog({ mentee, fromMentorId, columns, context, onClose, onChoose }: {
  mentee: Participant;
  fromMentorId: string | null;
  columns: BoardColumn[];
  context: RuleContext;
  onClose: () => void;
  onChoose: (mentorId: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const wanted = columns.filter((c) => c.mentor.id !== mentee.id && c.mentor.id !== fromMentorId && (matchesQuery(c.mentor, query) || c.mentor.offers.some((s) => s.toLowerCase().includes(query.toLowerCase()))));
    const ranked = wanted.map((c) => ({ column: c, violations: checkAssignment(context, { menteeId: mentee.id, mentorId: c.mentor.id, fromMentorId }) }));
    ranked.sort((a, b) => a.violations.length - b.violations.length || a.column.mentor.name.localeCompare(b.column.mentor.name));
    return ranked.slice(0, 50);
  }, [columns, context, fromMentorId, mentee.id, query]);
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
        {options.map(({ column, violations }) => (
          <li key={column.mentor.id}>
            <button
              type="button"
              role="option"
              aria-selected="false"
              className={violations.some((v) => !v.overridable) ? 'refused' : violations.length ? 'warn' : ''}
              onClick={() => onChoose(column.mentor.id)}
            >
              <span className="assign-name">{column.mentor.name}</span>
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

import { useTranslation } from 'react-i18next';
import { activeFilterCount, emptyFilter, type BoardFilter } from './filters';
import { boardModes, type BoardMode } from './model';

type Toggle = 'unassignedOnly' | 'overCapacity' | 'pendingOnly';
const toggles: Toggle[] = ['unassignedOnly', 'overCapacity', 'pendingOnly'];

/** The board's find-and-filter row: one line of search, three selects and three toggle chips. */
export function FilterBar({ filter, onChange, choices, mode, onMode, count }: {
  filter: BoardFilter;
  onChange: (next: BoardFilter) => void;
  choices: { skills: string[]; levels: string[]; regions: string[] };
  mode: BoardMode;
  onMode: (mode: BoardMode) => void;
  /** Columns shown after filtering, and how many of them hold a group (mentees). */
  count: { columns: number; groups: number };
}) {
  const { t } = useTranslation();
  const active = activeFilterCount(filter);
  const select = (field: 'skill' | 'level' | 'region', label: string, all: string, options: string[]) => (
    <select
      aria-label={label}
      title={label}
      className={filter[field] ? 'filter-on' : ''}
      value={filter[field]}
      onChange={(e) => onChange({ ...filter, [field]: e.target.value })}
    >
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o} value={o}>{o}</option>
      ))}
    </select>
  );
  return (
    <>
      <div className="segmented" role="group" aria-label={t('board.modeLabel')}>
        {boardModes.map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => onMode(m)} data-testid={`mode-${m}`}>
            {t(`board.modes.${m}`)}
          </button>
        ))}
      </div>
      <input
        type="search"
        className="search"
        placeholder={t('board.search')}
        aria-label={t('board.search')}
        value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.target.value })}
      />
      {select('skill', t('board.skillFilter'), t('board.allSkills'), choices.skills)}
      {select('level', t('board.levelFilter'), t('board.allLevels'), choices.levels)}
      {select('region', t('board.regionFilter'), t('board.allRegions'), choices.regions)}
      <div className="filter-chips" role="group" aria-label={t('board.show')}>
        {toggles.map((key) => (
          <button
            key={key}
            type="button"
            className="filter-chip"
            aria-pressed={filter[key]}
            title={t(`board.filters.${key}Hint`)}
            onClick={() => onChange({ ...filter, [key]: !filter[key] })}
          >
            {t(`board.filters.${key}`)}
          </button>
        ))}
      </div>
      {active > 0 && (
        <button type="button" className="link-button" onClick={() => onChange({ ...emptyFilter, query: filter.query })}>
          {t('board.clearFilters', { count: active })}
        </button>
      )}
      <span className="toolbar-count" data-testid="board-count">
        {mode === 'groups'
          ? [t('board.groups', { count: count.groups }), ...(count.columns > count.groups ? [t('board.groupsWaiting', { count: count.columns - count.groups })] : [])].join(' · ')
          : t('board.mentors', { count: count.columns })}
      </span>
    </>
  );
}

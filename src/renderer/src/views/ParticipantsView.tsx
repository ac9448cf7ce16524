import {
  columnFilteringFeature, createColumnHelper, createFilteredRowModel, createSortedRowModel, filterFn_includesString, globalFilteringFeature,
  rowSortingFeature, sortFn_alphanumeric, sortFn_basic, sortFn_text, tableFeatures, useTable, type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringKind, Participant } from '../../../shared/domain';
import { effectiveCapacity } from '../../../shared/rules';
import { confirmDialog } from '../components/ConfirmDialog';
import { useCohort, write } from '../store';
import { DetailsPanel } from './DetailsPanel';
import { EditableCell, type EditableField } from './EditableCell';

interface Row extends Participant {
  mentorNames: string;
  menteeCount: number;
  menteeStatus: string;
  mentorStatus: string;
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, Row>();
const hiddenKey = 'kupu.participants.hidden';
const optionalColumns = ['nickname', 'phone', 'email', 'region', 'level', 'kind', 'capacity', 'offers', 'seeks', 'mentor', 'menteeStatus', 'mentorStatus', 'closed'] as const;

function loadHidden(): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(hiddenKey) ?? '["email"]');
    return Array.isArray(saved) ? saved.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export function ParticipantsView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const settings = useCohort((d) => d.info?.settings);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [hidden, setHidden] = useState<string[]>(loadHidden);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [details, setDetails] = useState<string | null>(null);
  const [bulkCapacity, setBulkCapacity] = useState('2');
  const [bulkKind, setBulkKind] = useState<MentoringKind>('group');

  const data = useMemo<Row[]>(() => {
    const names = new Map(participants.map((p) => [p.id, p.name]));
    const mentorsOf = new Map<string, string[]>();
    const menteeCount = new Map<string, number>();
    for (const pairing of pairings) {
      mentorsOf.set(pairing.menteeId, [...(mentorsOf.get(pairing.menteeId) ?? []), names.get(pairing.mentorId) ?? '']);
      menteeCount.set(pairing.mentorId, (menteeCount.get(pairing.mentorId) ?? 0) + 1);
    }
    return participants.map((p) => {
      const count = menteeCount.get(p.id) ?? 0;
      const total = settings ? effectiveCapacity(p, settings) : p.capacity;
      const mentorStatus = p.offers.length === 0 || total === 0 ? '—' : p.closed ? t('board.closed') : count >= total ? t('board.full') : `${count}/${total}`;
      return {
        ...p,
        mentorNames: (mentorsOf.get(p.id) ?? []).join(', '),
        menteeCount: count,
        menteeStatus: mentorsOf.has(p.id) ? t('participants.hasMentor') : t('participants.needsMentor'),
        mentorStatus,
      };
    });
  }, [participants, pairings, settings, t]);

  const columns = useMemo(() => {
    // Closing is one click in a long table: it asks first, naming her; reopening needs no question.
    const setClosed = async (person: Participant, closed: boolean) => {
      const ok = !closed || await confirmDialog({
        title: t('participants.closeTitle', { name: person.name }),
        message: t('participants.closeBody', { name: person.name }),
        confirmLabel: t('participants.closeConfirm', { name: person.name }),
      });
      if (ok) await write('participantUpdate', { id: person.id, patch: { closed } });
    };
    const editable = (field: EditableField, id: string = field) =>
      helper.accessor((row) => String(row[field]), {
        id,
        header: () => t(`participants.${field}`),
        sortFn: field === 'capacity' ? 'alphanumeric' : 'text',
        cell: (info) => <EditableCell id={info.row.original.id} name={info.row.original.name} field={field} value={info.getValue()} />,
      });
    return helper.columns([
      helper.accessor('name', {
        header: () => t('participants.name'),
        sortFn: 'text',
        cell: (info) => (
          <span className="name-cell">
            <EditableCell id={info.row.original.id} name={info.row.original.name} field="name" value={info.getValue()} />
            <button type="button" className="link" onClick={() => setDetails(info.row.original.id)}>{t('participants.details')}</button>
          </span>
        ),
      }),
      editable('nickname'),
      editable('phone'),
      editable('email'),
      editable('region'),
      editable('level'),
      editable('kind'),
      editable('capacity'),
      helper.accessor((row) => row.offers.join(', '), { id: 'offers', header: () => t('participants.offers'), sortFn: 'text' }),
      helper.accessor((row) => row.seeks.join(', '), { id: 'seeks', header: () => t('participants.seeks'), sortFn: 'text' }),
      helper.accessor('mentorNames', { id: 'mentor', header: () => t('participants.mentor'), sortFn: 'text', cell: (info) => info.getValue() || t('participants.none') }),
      helper.accessor('menteeStatus', { header: () => `${t('participants.status')} (${t('participants.asMentee').toLowerCase()})`, sortFn: 'text' }),
      helper.accessor('mentorStatus', { header: () => `${t('participants.status')} (${t('participants.asMentor').toLowerCase()})`, sortFn: 'alphanumeric' }),
      helper.accessor('closed', {
        header: () => t('participants.closed'),
        sortFn: 'basic',
        cell: (info) => (
          <input
            type="checkbox"
            aria-label={`${t('participants.closed')}: ${info.row.original.name}`}
            checked={info.getValue()}
            onChange={(e) => void setClosed(info.row.original, e.target.checked)}
          />
        ),
      }),
    ]);
  }, [t]);
  const visibleColumns = useMemo(() => columns.filter((c) => !hidden.includes(String(c.id ?? ''))), [columns, hidden]);

  const table = useTable({
    features,
    columns: visibleColumns,
    data,
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getRowId: (row) => row.id,
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => 37, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const toggleColumn = (id: string) => {
    const next = hidden.includes(id) ? hidden.filter((c) => c !== id) : [...hidden, id];
    setHidden(next);
    localStorage.setItem(hiddenKey, JSON.stringify(next));
  };
  const toggleRow = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const bulk = async (patch: Parameters<typeof write<'participantsUpdate'>>[1]['patch']) => {
    await write('participantsUpdate', { ids: [...selected], patch });
  };
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div className="table-view with-panel">
      <div className="table-main">
        <div className="toolbar">
          <input type="search" className="search" placeholder={t('participants.search')} aria-label={t('participants.search')} value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} />
          <span className="toolbar-count">{t('participants.count', { count: rows.length })}</span>
          <span className="spacer" />
          <details className="cohort-menu">
            <summary>{t('participants.columns')}</summary>
            <div className="menu static column-menu">
              {optionalColumns.map((id) => (
                <label key={id}>
                  <input type="checkbox" checked={!hidden.includes(id)} onChange={() => toggleColumn(id)} />{' '}
                  {id === 'menteeStatus' ? `${t('participants.status')} (${t('participants.asMentee').toLowerCase()})` : id === 'mentorStatus' ? `${t('participants.status')} (${t('participants.asMentor').toLowerCase()})` : t(`participants.${id}`)}
                </label>
              ))}
            </div>
          </details>
        </div>
        {selected.size > 0 && (
          <div className="bulk-bar" role="region" aria-label={t('participants.selected', { count: selected.size })} data-testid="bulk-bar">
            <strong>{t('participants.selected', { count: selected.size })}</strong>
            <button type="button" onClick={() => void bulk({ closed: true })}>{t('participants.closeSelected')}</button>
            <button type="button" onClick={() => void bulk({ closed: false })}>{t('participants.reopenSelected')}</button>
            <label className="inline-label">
              {t('participants.setCapacity')}
              <input className="narrow" type="number" min={0} max={50} value={bulkCapacity} onChange={(e) => setBulkCapacity(e.target.value)} />
              <button type="button" onClick={() => void bulk({ capacity: Number(bulkCapacity) })}>{t('participants.apply')}</button>
            </label>
            <label className="inline-label">
              {t('participants.setKind')}
              <select value={bulkKind} onChange={(e) => setBulkKind(e.target.value === 'peer' ? 'peer' : e.target.value === 'both' ? 'both' : 'group')}>
                {(['peer', 'group', 'both'] as const).map((k) => <option key={k} value={k}>{t(`board.kind.${k}`)}</option>)}
              </select>
              <button type="button" onClick={() => void bulk({ kind: bulkKind })}>{t('participants.apply')}</button>
            </label>
            <button type="button" onClick={() => setSelected(new Set())}>{t('participants.clear')}</button>
          </div>
        )}
        {participants.length === 0 ? (
          <p className="empty-board">{t('participants.empty')}</p>
        ) : (
          <div className="table-scroll" ref={scrollRef}>
            <table className="grid" data-testid="participants-table">
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    <th className="check">
                      <input type="checkbox" aria-label={t('participants.selectAll')} checked={allShown} onChange={() => setSelected(allShown ? new Set() : new Set(rows.map((r) => r.id)))} />
                    </th>
                    {group.headers.map((header) => {
                      const sorted = header.column.getIsSorted();
                      return (
                        <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                          <button type="button" className="th-button" onClick={header.column.getToggleSortingHandler()}>
                            <table.FlexRender header={header} />
                            <span className="sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
                {items.map((item) => {
                  const row = rows[item.index];
                  return (
                    <tr key={row.id} className={`${row.original.closed ? 'row-closed' : ''}${selected.has(row.id) ? ' row-selected' : ''}`} data-testid="participant-row">
                      <td className="check">
                        <input type="checkbox" aria-label={t('participants.selectRow', { name: row.original.name })} checked={selected.has(row.id)} onChange={() => toggleRow(row.id)} />
                      </td>
                      {row.getAllCells().map((cell) => (
                        <td key={cell.id}>
                          <table.FlexRender cell={cell} />
                        </td>
                      ))}
                    </tr>
                  );
                })}
                {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
                {rows.length === 0 && (
                  <tr><td colSpan={table.getAllLeafColumns().length + 1} className="empty-row" data-testid="participants-none">{t('participants.noMatches')}</td></tr>
                )}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {details && <DetailsPanel id={details} onClose={() => setDetails(null)} />}
    </div>
  );
}

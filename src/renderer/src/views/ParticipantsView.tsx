import {
  createColumnHelper, createFilteredRowModel, createSortedRowModel, filterFn_includesString, globalFilteringFeature, columnFilteringFeature,
  rowSortingFeature, sortFn_alphanumeric, sortFn_basic, sortFn_text, tableFeatures, useTable, type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { useCohort } from '../store';

interface Row extends Participant {
  mentorNames: string;
  menteeCount: number;
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

export function ParticipantsView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [globalFilter, setGlobalFilter] = useState('');

  const data = useMemo<Row[]>(() => {
    const names = new Map(participants.map((p) => [p.id, p.name]));
    const mentorsOf = new Map<string, string[]>();
    const menteeCount = new Map<string, number>();
    for (const pairing of pairings) {
      mentorsOf.set(pairing.menteeId, [...(mentorsOf.get(pairing.menteeId) ?? []), names.get(pairing.mentorId) ?? '']);
      menteeCount.set(pairing.mentorId, (menteeCount.get(pairing.mentorId) ?? 0) + 1);
    }
    return participants.map((p) => ({ ...p, mentorNames: (mentorsOf.get(p.id) ?? []).join(', '), menteeCount: menteeCount.get(p.id) ?? 0 }));
  }, [participants, pairings]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', { header: () => t('participants.name'), sortFn: 'text' }),
        helper.accessor('nickname', { header: () => t('participants.nickname'), sortFn: 'text' }),
        helper.accessor('phone', { header: () => t('participants.phone'), sortFn: 'text' }),
        helper.accessor('region', { header: () => t('participants.region'), sortFn: 'text' }),
        helper.accessor('level', { header: () => t('participants.level'), sortFn: 'alphanumeric' }),
        helper.accessor('kind', { header: () => t('participants.kind'), cell: (info) => t(`board.kind.${info.getValue()}`) }),
        helper.accessor((row) => `${row.menteeCount}/${row.capacity}`, { id: 'capacity', header: () => t('participants.capacity'), sortFn: 'alphanumeric' }),
        helper.accessor((row) => row.offers.join(', '), { id: 'offers', header: () => t('participants.offers'), sortFn: 'text' }),
        helper.accessor((row) => row.seeks.join(', '), { id: 'seeks', header: () => t('participants.seeks'), sortFn: 'text' }),
        helper.accessor('mentorNames', { header: () => t('participants.mentor'), sortFn: 'text', cell: (info) => info.getValue() || t('participants.none') }),
        helper.accessor('closed', { header: () => t('participants.closed'), cell: (info) => (info.getValue() ? t('participants.yes') : ''), sortFn: 'basic' }),
      ]),
    [t],
  );

  const table = useTable({
    features,
    columns,
    data,
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getRowId: (row) => row.id,
  });

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => 36, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="table-view">
      <div className="toolbar">
        <input type="search" className="search" placeholder={t('participants.search')} aria-label={t('participants.search')} value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} />
        <span className="toolbar-count">{t('participants.count', { count: rows.length })}</span>
      </div>
      {participants.length === 0 ? (
        <p className="empty-board">{t('participants.empty')}</p>
      ) : (
        <div className="table-scroll" ref={scrollRef}>
          <table className="grid" data-testid="participants-table">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
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
                  <tr key={row.id} className={row.original.closed ? 'row-closed' : ''}>
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                );
              })}
              {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

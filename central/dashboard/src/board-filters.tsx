import type { KioskStatus } from '../../src/views';
import type { Translate } from './i18n';
import { StatusIcon } from './status-icon';

export const STATUSES: readonly KioskStatus[] = [
  'critical',
  'offline',
  'warning',
  'ok',
  'revoked',
];

export interface BoardFilter {
  readonly ward: string;
  readonly status: KioskStatus | 'all';
  readonly search: string;
}

interface BoardFiltersProps {
  readonly filter: BoardFilter;
  readonly wards: readonly string[];
  readonly counts: Readonly<Record<KioskStatus, number>>;
  readonly onChange: (filter: BoardFilter) => void;
  readonly t: Translate;
}

/** Counts per status (each a toggle), then ward and text filters. */
export function BoardFilters(props: BoardFiltersProps) {
  const { filter, wards, counts, onChange, t } = props;
  return (
    <div className="board-filters">
      <ul className="status-counts" aria-label={t('kiosks.countsLabel')}>
        {STATUSES.map((status) => (
          <li key={status}>
            <button
              type="button"
              className={`count-chip tone-${status}`}
              aria-pressed={filter.status === status}
              data-testid={`count-${status}`}
              onClick={() =>
                onChange({
                  ...filter,
                  status: filter.status === status ? 'all' : status,
                })
              }
            >
              <StatusIcon tone={status} />
              <span>{t(`status.${status}`)}</span>
              <strong data-testid={`count-${status}-value`}>
                {counts[status]}
              </strong>
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('kiosks.filterWard')}
        <select
          value={filter.ward}
          data-testid="filter-ward"
          onChange={(event) =>
            onChange({ ...filter, ward: event.target.value })
          }
        >
          <option value="">{t('kiosks.allWards')}</option>
          {wards.map((ward) => (
            <option key={ward} value={ward}>
              {ward}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('kiosks.filterStatus')}
        <select
          value={filter.status}
          data-testid="filter-status"
          onChange={(event) =>
            onChange({
              ...filter,
              status: event.target.value as BoardFilter['status'],
            })
          }
        >
          <option value="all">{t('kiosks.allStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('kiosks.search')}
        <input
          type="search"
          value={filter.search}
          onChange={(event) =>
            onChange({ ...filter, search: event.target.value })
          }
        />
      </label>
    </div>
  );
}

import { useMemo, useState } from 'react';
import type { KioskView } from '../../src/views';
import { boardOrder } from './board-order';
import type { BoardFilter } from './board-filters';
import { BoardFilters } from './board-filters';
import type { Translate } from './i18n';
import { KioskTile } from './kiosk-tile';

interface KioskBoardProps {
  readonly kiosks: ReadonlyMap<string, KioskView>;
  readonly onOpen: (kioskId: string) => void;
  readonly t: Translate;
}

/** Tiles drawn at first, and added per "show more", to keep the DOM small. */
export const BOARD_PAGE = 240;

/** Every kiosk as a tile, with counts per status and filters. */
export function KioskBoard({ kiosks, onOpen, t }: KioskBoardProps) {
  const [filter, setFilter] = useState<BoardFilter>({
    ward: '',
    status: 'all',
    search: '',
  });
  const [shown, setShown] = useState(BOARD_PAGE);

  const all = useMemo(() => [...kiosks.values()], [kiosks]);
  const wards = useMemo(
    () =>
      [...new Set(all.map((k) => k.ward))].sort((a, b) => a.localeCompare(b)),
    [all],
  );
  const inWard = useMemo(
    () =>
      filter.ward === '' ? all : all.filter((k) => k.ward === filter.ward),
    [all, filter.ward],
  );
  const counts = useMemo(() => {
    const result = { ok: 0, warning: 0, critical: 0, offline: 0, revoked: 0 };
    for (const kiosk of inWard) result[kiosk.status] += 1;
    return result;
  }, [inWard]);
  const visible = useMemo(() => {
    const search = filter.search.trim().toLowerCase();
    return inWard
      .filter(
        (k) =>
          (filter.status === 'all' || k.status === filter.status) &&
          (search === '' ||
            k.id.toLowerCase().includes(search) ||
            k.address.toLowerCase().includes(search)),
      )
      .sort(boardOrder);
  }, [inWard, filter.status, filter.search]);

  return (
    <section className="panel" aria-labelledby="kiosks-title">
      <header className="panel-header">
        <h2 id="kiosks-title">{t('kiosks.title')}</h2>
        <span className="muted">
          {t('kiosks.summary', {
            shown: visible.length,
            total: all.length,
          })}
        </span>
      </header>
      <BoardFilters
        filter={filter}
        wards={wards}
        counts={counts}
        onChange={(next) => {
          setFilter(next);
          setShown(BOARD_PAGE);
        }}
        t={t}
      />
      {all.length === 0 ? (
        <p className="empty">{t('kiosks.empty')}</p>
      ) : visible.length === 0 ? (
        <p className="empty">{t('kiosks.noMatch')}</p>
      ) : (
        <ul className="kiosk-grid" data-testid="kiosk-board">
          {visible.slice(0, shown).map((kiosk) => (
            <KioskTile key={kiosk.id} kiosk={kiosk} t={t} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {visible.length > shown ? (
        <button
          type="button"
          className="secondary-button more-button"
          onClick={() => setShown(shown + BOARD_PAGE)}
        >
          {t('kiosks.showMore', { count: visible.length - shown })}
        </button>
      ) : null}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { Language } from '@motcua/locales';
import { formatDate } from '@motcua/locales';
import type { Api } from './api';
import { BarChart } from './bar-chart';
import { dailyTotals } from './chart-math';
import type { Translate } from './i18n';
import { useFigures } from './use-figures';
import { WardBars } from './ward-bars';

interface FiguresPanelProps {
  readonly api: Api;
  readonly language: Language;
  readonly t: Translate;
}

/** Per-ward figures: a table, daily dossiers, on-time rate and rating. */
export function FiguresPanel({ api, language, t }: FiguresPanelProps) {
  const [state, reload] = useFigures(api);
  const [ward, setWard] = useState('');
  const wards = state.kind === 'ready' ? state.wards : [];
  const daily = useMemo(() => dailyTotals(wards, ward), [wards, ward]);
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const first = daily[0]?.date;
  const last = daily.at(-1)?.date;

  return (
    <section className="panel" aria-labelledby="figures-title">
      <header className="panel-header">
        <h2 id="figures-title">{t('figures.title')}</h2>
        <button type="button" className="secondary-button" onClick={reload}>
          {t('figures.reload')}
        </button>
      </header>
      {state.kind === 'failed' ? (
        <p className="action-error" role="alert">
          {t('common.loadFailed', { code: state.code })}
        </p>
      ) : state.kind === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : wards.length === 0 ? (
        <p className="empty">{t('figures.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table" data-testid="figures-table">
              <thead>
                <tr>
                  <th scope="col">{t('alerts.ward')}</th>
                  <th scope="col">{t('figures.dossiers')}</th>
                  <th scope="col">{t('figures.closed')}</th>
                  <th scope="col">{t('figures.onTimeRate')}</th>
                  <th scope="col">{t('figures.averageRating')}</th>
                  <th scope="col">{t('figures.ticketsToday')}</th>
                </tr>
              </thead>
              <tbody>
                {wards.map((w) => (
                  <tr key={w.ward} data-testid="figures-row">
                    <th scope="row">{w.ward}</th>
                    <td>{w.dossiers}</td>
                    <td>{w.closed}</td>
                    <td>
                      {w.onTimeRate === null
                        ? '—'
                        : percent.format(w.onTimeRate)}
                    </td>
                    <td>
                      {w.averageRating === null
                        ? '—'
                        : t('figures.ratingValue', {
                            value: decimal.format(w.averageRating),
                            count: w.ratings,
                          })}
                    </td>
                    <td>{w.ticketsToday}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="chart-grid">
            <figure className="chart-box wide">
              <figcaption>
                <strong>{t('figures.dailyTitle')}</strong>
                <select
                  aria-label={t('kiosks.filterWard')}
                  value={ward}
                  onChange={(e) => setWard(e.target.value)}
                >
                  <option value="">{t('kiosks.allWards')}</option>
                  {wards.map((w) => (
                    <option key={w.ward} value={w.ward}>
                      {w.ward}
                    </option>
                  ))}
                </select>
              </figcaption>
              <BarChart
                testId="chart-daily"
                title={
                  first === undefined || last === undefined
                    ? t('figures.dailyTitle')
                    : t('figures.dailyRange', {
                        from: formatDate(first),
                        to: formatDate(last),
                      })
                }
                bars={daily.map((d) => ({
                  label: formatDate(d.date).slice(0, 5),
                  value: d.dossiers,
                }))}
              />
            </figure>
            <figure className="chart-box">
              <figcaption>
                <strong>{t('figures.onTimeTitle')}</strong>
              </figcaption>
              <WardBars
                testId="chart-on-time"
                title={t('figures.onTimeTitle')}
                rows={wards.map((w) => ({ ward: w.ward, value: w.onTimeRate }))}
                max={1}
                format={(v) => percent.format(v)}
                empty={t('figures.nothingClosed')}
              />
            </figure>
            <figure className="chart-box">
              <figcaption>
                <strong>{t('figures.ratingTitle')}</strong>
              </figcaption>
              <WardBars
                testId="chart-rating"
                title={t('figures.ratingTitle')}
                rows={wards.map((w) => ({
                  ward: w.ward,
                  value: w.averageRating,
                }))}
                max={5}
                format={(v) => `${decimal.format(v)} / 5`}
                empty={t('figures.noRatings')}
              />
            </figure>
          </div>
        </>
      )}
    </section>
  );
}

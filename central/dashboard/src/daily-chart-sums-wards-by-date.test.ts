import { describe, expect, it } from 'vitest';
import type { WardFigures } from '../../src/views';
import { dailyTotals, niceMax } from './chart-math';

function ward(name: string, daily: [string, number][]): WardFigures {
  return {
    ward: name,
    dossiers: 0,
    closed: 0,
    onTime: 0,
    onTimeRate: null,
    ratings: 0,
    averageRating: null,
    ticketsToday: 0,
    daily: daily.map(([date, dossiers]) => ({ date, dossiers })),
  };
}

describe('the daily dossiers chart', () => {
  const wards = [
    ward('Phường Sài Gòn', [
      ['2026-12-02', 3],
      ['2026-12-03', 1],
    ]),
    ward('Phường Bến Thành', [
      ['2026-12-03', 4],
      ['2026-12-01', 2],
    ]),
  ];

  it('sums all wards per date, oldest first', () => {
    expect(dailyTotals(wards, '')).toEqual([
      { date: '2026-12-01', dossiers: 2 },
      { date: '2026-12-02', dossiers: 3 },
      { date: '2026-12-03', dossiers: 5 },
    ]);
  });

  it('shows one ward alone when chosen', () => {
    expect(dailyTotals(wards, 'Phường Bến Thành')).toEqual([
      { date: '2026-12-01', dossiers: 2 },
      { date: '2026-12-03', dossiers: 4 },
    ]);
  });

  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 1000].map(niceMax)).toEqual([
      1, 1, 5, 10, 20, 200, 1000,
    ]);
  });
});

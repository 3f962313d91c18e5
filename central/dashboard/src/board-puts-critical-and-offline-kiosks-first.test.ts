import { describe, expect, it } from 'vitest';
import type { KioskStatus, KioskView } from '../../src/views';
import { boardOrder } from './board-order';

function kiosk(id: string, status: KioskStatus): KioskView {
  return {
    id,
    ward: 'Phường Sài Gòn',
    address: '',
    status,
    openAlerts: 0,
    online: status !== 'offline' && status !== 'revoked',
    lastSeen: null,
    heartbeat: null,
    health: {},
  };
}

describe('the kiosk board order', () => {
  it('puts critical, then offline, then warning kiosks before ok ones', () => {
    const kiosks = [
      kiosk('K-05', 'ok'),
      kiosk('K-04', 'warning'),
      kiosk('K-03', 'offline'),
      kiosk('K-02', 'critical'),
      kiosk('K-01', 'ok'),
    ];
    expect(kiosks.sort(boardOrder).map((k) => k.id)).toEqual([
      'K-02',
      'K-03',
      'K-04',
      'K-01',
      'K-05',
    ]);
  });

  it('puts revoked kiosks last, after the ok ones', () => {
    const kiosks = [
      kiosk('K-01', 'revoked'),
      kiosk('K-02', 'ok'),
      kiosk('K-03', 'offline'),
    ];
    expect(kiosks.sort(boardOrder).map((k) => k.id)).toEqual([
      'K-03',
      'K-02',
      'K-01',
    ]);
  });
});

import { deviceHealthSchema } from '@motcua/protocol';
import type { KioskView } from '../views';
import type { CentralCounters } from './counters';
import type { MetricFamily, Sample } from './exposition';

const PRINTER_STATES = deviceHealthSchema.shape.state.options;

/**
 * Everything `/metrics` shows, read at scrape time: the kiosk gauges from
 * the registry's latest heartbeats, central's counters, and this process.
 */
export function collectMetrics(
  counters: CentralCounters,
  kiosks: readonly KioskView[],
): MetricFamily[] {
  return [
    ...kioskGauges(kiosks),
    ...counterFamilies(counters),
    ...processFamilies(),
  ];
}

function kioskGauges(kiosks: readonly KioskView[]): MetricFamily[] {
  const online = kiosks.filter((kiosk) => kiosk.online).length;
  // A revoked kiosk is retired on purpose: not a kiosk that went missing.
  const revoked = kiosks.filter((kiosk) => kiosk.status === 'revoked').length;
  const pending: Sample[] = [];
  const oldestAge: Sample[] = [];
  const printer: Sample[] = [];

  for (const { id, heartbeat } of kiosks) {
    if (heartbeat === null) continue;
    const labels = { kiosk: id };
    pending.push({ labels, value: heartbeat.outbox.pending });
    oldestAge.push({ labels, value: heartbeat.outbox.oldestAgeSeconds ?? 0 });

    const device = heartbeat.devices.find((d) => d.role === 'printer');
    if (device === undefined) continue;
    // Every state gets a sample, so that a query can tell 0 from absent.
    for (const state of PRINTER_STATES) {
      printer.push({
        labels: { kiosk: id, state },
        value: state === device.state ? 1 : 0,
      });
    }
  }

  return [
    {
      name: 'motcua_kiosks',
      help: 'Kiosks known to central, by connection state.',
      type: 'gauge',
      samples: [
        { labels: { state: 'online' }, value: online },
        {
          labels: { state: 'offline' },
          value: kiosks.length - online - revoked,
        },
        { labels: { state: 'revoked' }, value: revoked },
      ],
    },
    {
      name: 'motcua_kiosk_outbox_pending',
      help: 'Messages waiting in the kiosk outbox, from its latest heartbeat.',
      type: 'gauge',
      samples: pending,
    },
    {
      name: 'motcua_kiosk_outbox_oldest_age_seconds',
      help: 'Age of the oldest outbox message (0 when empty), latest heartbeat.',
      type: 'gauge',
      samples: oldestAge,
    },
    {
      name: 'motcua_kiosk_printer_state',
      help: 'Receipt printer state from the latest heartbeat: 1 for current.',
      type: 'gauge',
      samples: printer,
    },
  ];
}

function counterFamilies(counters: CentralCounters): MetricFamily[] {
  const byLabel = (label: string, counts: ReadonlyMap<string, number>) =>
    [...counts].map(([key, value]) => ({ labels: { [label]: key }, value }));

  return [
    {
      name: 'motcua_dossiers_received_total',
      help: 'Dossiers stored for the first time since central started.',
      type: 'counter',
      samples: [{ value: counters.dossiersReceived }],
    },
    {
      name: 'motcua_dossier_duplicates_total',
      help: 'Dossier deliveries that were already stored.',
      type: 'counter',
      samples: [{ value: counters.dossierDuplicates }],
    },
    {
      name: 'motcua_kiosk_events_total',
      help: 'New kiosk events stored, by kind.',
      type: 'counter',
      samples: byLabel('kind', counters.kioskEvents),
    },
    {
      name: 'motcua_handshakes_refused_total',
      help: 'Refused /kiosk handshakes, by error code.',
      type: 'counter',
      samples: byLabel('code', counters.handshakesRefused),
    },
  ];
}

function processFamilies(): MetricFamily[] {
  const cpu = process.cpuUsage();
  return [
    {
      name: 'process_resident_memory_bytes',
      help: 'Resident memory size in bytes.',
      type: 'gauge',
      samples: [{ value: process.memoryUsage().rss }],
    },
    {
      name: 'process_cpu_seconds_total',
      help: 'User and system CPU time spent in seconds.',
      type: 'counter',
      samples: [{ value: (cpu.user + cpu.system) / 1e6 }],
    },
  ];
}

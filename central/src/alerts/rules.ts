import type { KioskEventKind, KioskHeartbeat } from '@motcua/protocol';
import type { AlertRule, AlertSeverity } from '../views';

/** An outbox item older than this (seconds) raises `backlogOld`. */
export const BACKLOG_OLD_SECONDS = 900;

/** Free disk below this raises `diskNearlyFull` (1 GiB). */
export const DEFAULT_DISK_NEARLY_FULL_BYTES = 1024 ** 3;

/** Without a heartbeat or connection this long, a kiosk is offline. */
export const DEFAULT_OFFLINE_AFTER_SECONDS = 60;

const CRITICAL: ReadonlySet<AlertRule> = new Set<AlertRule>([
  'offline',
  'paperOut',
  'coverOpen',
  'deviceError',
]);

export function severityOf(rule: AlertRule): AlertSeverity {
  return CRITICAL.has(rule) ? 'critical' : 'warning';
}

/** What one input says about a rule: it holds (with why), or it cleared. */
export type RuleChange =
  | { readonly rule: AlertRule; readonly holds: true; readonly detail: string }
  | { readonly rule: AlertRule; readonly holds: false };

// The rules a heartbeat speaks for in full: each either holds or has
// cleared. `offline` and `helpRequested` are never decided by it.
const HEARTBEAT_RULES = [
  'paperNearEnd',
  'paperOut',
  'coverOpen',
  'deviceError',
  'backlogOld',
  'diskNearlyFull',
] as const satisfies readonly AlertRule[];

const PRINTER_RULES: ReadonlySet<AlertRule> = new Set<AlertRule>([
  'paperNearEnd',
  'paperOut',
  'coverOpen',
]);

/** Every heartbeat-decided rule, holding or cleared, from one heartbeat. */
export function heartbeatRules(
  heartbeat: KioskHeartbeat,
  diskNearlyFullBytes: number,
): RuleChange[] {
  const reasons = new Map<AlertRule, string[]>();
  const add = (rule: AlertRule, reason: string) => {
    reasons.set(rule, [...(reasons.get(rule) ?? []), reason]);
  };
  for (const device of heartbeat.devices) {
    const what = `${device.role} (${device.driver})`;
    switch (device.state) {
      case 'paperNearEnd':
      case 'paperOut':
      case 'coverOpen':
        add(device.state, what);
        break;
      case 'error':
        add('deviceError', `${what}: error`);
        break;
      case 'disconnected':
        add('deviceError', `${what}: disconnected`);
        break;
      case 'ready':
        break;
    }
  }
  const oldest = heartbeat.outbox.oldestAgeSeconds;
  if (oldest !== null && oldest > BACKLOG_OLD_SECONDS) {
    add(
      'backlogOld',
      `${String(heartbeat.outbox.pending)} waiting, oldest ${String(oldest)} s`,
    );
  }
  if (heartbeat.freeDiskBytes < diskNearlyFullBytes) {
    add('diskNearlyFull', `${String(heartbeat.freeDiskBytes)} bytes free`);
  }
  // A heartbeat that lists no printer (or no device at all) says nothing
  // of them: alerts opened by events stay until their recovery event.
  const hasPrinter = heartbeat.devices.some((d) => d.role === 'printer');
  const decided = HEARTBEAT_RULES.filter((rule) =>
    rule === 'deviceError'
      ? heartbeat.devices.length > 0
      : PRINTER_RULES.has(rule)
        ? hasPrinter
        : true,
  );
  return decided.map((rule): RuleChange => {
    const why = reasons.get(rule);
    return why === undefined
      ? { rule, holds: false }
      : { rule, holds: true, detail: why.join('; ') };
  });
}

/**
 * What a kiosk event says: a fault opens its rule, the matching recovery
 * clears it. `outbox.deadLettered` raises nothing here (the kiosk detail
 * shows it in its events).
 */
export function eventRules(
  kind: KioskEventKind,
  detail: string | undefined,
): RuleChange[] {
  const holds = (rule: AlertRule, fallback: string): RuleChange => ({
    rule,
    holds: true,
    detail: detail ?? fallback,
  });
  const clears = (...rules: AlertRule[]) =>
    rules.map((rule): RuleChange => ({ rule, holds: false }));
  switch (kind) {
    case 'printer.paperNearEnd':
      return [holds('paperNearEnd', 'printer: paper near end')];
    case 'printer.paperOut':
      return [holds('paperOut', 'printer: paper out')];
    case 'printer.coverOpen':
      return [holds('coverOpen', 'printer: cover open')];
    case 'printer.error':
      return [holds('deviceError', 'printer: error')];
    case 'printer.ready':
      // TODO(alerts): deviceError is one alert per kiosk; a ready printer
      // also clears it when another device is the one failing. The next
      // heartbeat opens it again; per-device alerts would avoid the blink.
      return clears('paperNearEnd', 'paperOut', 'coverOpen', 'deviceError');
    case 'device.lost':
      return [holds('deviceError', 'device lost')];
    case 'device.back':
      return clears('deviceError');
    case 'disk.low':
      return [holds('diskNearlyFull', 'disk low')];
    case 'disk.ok':
      return clears('diskNearlyFull');
    case 'help.requested':
      return [holds('helpRequested', 'help requested')];
    case 'outbox.deadLettered':
      return [];
    default: {
      const unexpected: never = kind;
      throw new Error(`Unexpected event kind ${String(unexpected)}`);
    }
  }
}

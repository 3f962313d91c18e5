import type { ProtocolError } from '@motcua/protocol';
import {
  instant,
  kioskEventSchema,
  kioskHeartbeatSchema,
  protocolError,
  text,
} from '@motcua/protocol';
import type { KioskHold, KioskPlace, LatestEvent } from '../kiosk/registry';

// What central nodes tell each other over Redis pub/sub. Each message names
// the node it came from, so a node skips its own. Redis is shared and could
// carry anything, so each message is checked before it is applied.

export type PresenceMessage = { readonly from: string } & (
  | {
      readonly kind: 'held';
      readonly kioskId: string;
      readonly hold: KioskHold;
    }
  | { readonly kind: 'released'; readonly kioskId: string; readonly at: string }
  | {
      readonly kind: 'event';
      readonly kioskId: string;
      readonly event: LatestEvent;
    }
  | {
      readonly kind: 'enrolled';
      readonly kioskId: string;
      readonly place?: KioskPlace;
    }
);

export interface WakeMessage {
  readonly from: string;
  readonly kioskIds: readonly string[];
}

type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ProtocolError };

const kioskIdSchema = text(64, 1);
const nodeIdSchema = text(200, 1);
const holdHeartbeatSchema = kioskHeartbeatSchema.nullable();
const latestEventSchema = kioskEventSchema.omit({ msgId: true });

export function parsePresenceMessage(raw: string): Parsed<PresenceMessage> {
  const value = readObject(raw);
  if (value === undefined) return invalid('not a JSON object');
  const { from, kind, kioskId } = value;
  if (!nodeIdSchema.safeParse(from).success) return invalid('from', 'from');
  if (!kioskIdSchema.safeParse(kioskId).success) {
    return invalid('kioskId', 'kioskId');
  }
  const base = { from: from as string, kioskId: kioskId as string };

  switch (kind) {
    case 'held': {
      const hold = parseHold(value['hold']);
      if (hold === undefined) return invalid('hold', 'hold');
      return { ok: true, value: { ...base, kind, hold } };
    }
    case 'released': {
      const at = instant.safeParse(value['at']);
      if (!at.success) return invalid('at', 'at');
      return { ok: true, value: { ...base, kind, at: at.data } };
    }
    case 'event': {
      const event = latestEventSchema.safeParse(value['event']);
      if (!event.success) return invalid('event', 'event');
      return { ok: true, value: { ...base, kind, event: event.data } };
    }
    case 'enrolled': {
      const place = value['place'] as Record<string, unknown> | undefined;
      if (place === undefined) return { ok: true, value: { ...base, kind } };
      const ward = text(100, 1).safeParse(place['ward']);
      const address = text(300).safeParse(place['address']);
      if (!ward.success || !address.success) return invalid('place', 'place');
      const checked = { ward: ward.data, address: address.data };
      return { ok: true, value: { ...base, kind, place: checked } };
    }
    default:
      return invalid('kind', 'kind');
  }
}

/** A `KioskHold` from a message or a kiosk hash, or undefined. */
export function parseHold(value: unknown): KioskHold | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const hold = value as Record<string, unknown>;
  const lastSeen = instant.safeParse(hold['lastSeen']);
  const heartbeat = holdHeartbeatSchema.safeParse(hold['heartbeat'] ?? null);
  if (!lastSeen.success || !heartbeat.success) return undefined;
  return { lastSeen: lastSeen.data, heartbeat: heartbeat.data };
}

export function parseWakeMessage(raw: string): Parsed<WakeMessage> {
  const value = readObject(raw);
  if (value === undefined) return invalid('not a JSON object');
  const { from, kioskIds } = value;
  if (!nodeIdSchema.safeParse(from).success) return invalid('from', 'from');
  if (
    !Array.isArray(kioskIds) ||
    !kioskIds.every((id) => kioskIdSchema.safeParse(id).success)
  ) {
    return invalid('kioskIds', 'kioskIds');
  }
  return {
    ok: true,
    value: { from: from as string, kioskIds: kioskIds as string[] },
  };
}

function readObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function invalid<T>(what: string, field?: string): Parsed<T> {
  return {
    ok: false,
    error: protocolError('cluster.bad_message', `Invalid ${what}`, field),
  };
}

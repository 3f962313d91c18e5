import type { KioskEventKind } from '@motcua/protocol';

export type KioskEventSubject =
  'printer' | 'device' | 'disk' | 'outbox' | 'help';

/** `printer.paperOut` is about the printer, `disk.low` about the disk. */
export function subjectOf(kind: KioskEventKind): KioskEventSubject {
  return kind.slice(0, kind.indexOf('.')) as KioskEventSubject;
}

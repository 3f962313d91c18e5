import { describe, expect, it } from 'vitest';
import { DISK_LOW_BYTES, diskEvent, printerEvent } from './health';

describe('health changes that must reach central', () => {
  it('reports paper out, cover open and a lost printer', () => {
    expect(printerEvent('ready', 'paperOut')).toBe('printer.paperOut');
    expect(printerEvent('ready', 'coverOpen')).toBe('printer.coverOpen');
    expect(printerEvent('ready', 'disconnected')).toBe('device.lost');
  });

  it('reports the recovery, told apart from a replug', () => {
    expect(printerEvent('paperOut', 'ready')).toBe('printer.ready');
    expect(printerEvent('disconnected', 'ready')).toBe('device.back');
  });

  it('says nothing when nothing changed', () => {
    expect(printerEvent('ready', 'ready')).toBeUndefined();
  });

  it('reports a nearly full disk once, and its recovery once', () => {
    expect(diskEvent(false, DISK_LOW_BYTES - 1)).toEqual({
      low: true,
      event: 'disk.low',
    });
    expect(diskEvent(true, DISK_LOW_BYTES - 1)).toEqual({ low: true });
    expect(diskEvent(true, DISK_LOW_BYTES * 2)).toEqual({
      low: false,
      event: 'disk.ok',
    });
  });
});

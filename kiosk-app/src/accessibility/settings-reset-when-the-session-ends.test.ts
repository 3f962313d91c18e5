import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { DELAYS, scaledDelays } from '../flows/submit-dossier/delays';
import { submitDossierMachine } from '../flows/submit-dossier/machine';
import type { CatalogOutcome } from '../flows/submit-dossier/types';
import type { Speaker } from '../speech/speaker';
import { bindSettingsToSession } from './bind-session';
import {
  ASSISTED_TIME_SCALE,
  createSettingsStore,
  DEFAULT_SETTINGS,
  timeScaleOf,
} from './settings-store';

/** The page's wiring (main.tsx) on a simulated clock. */
function startKiosk() {
  const clock = new SimulatedClock();
  const settings = createSettingsStore();
  const stops: number[] = [];
  const speaker: Speaker = {
    speak: () => undefined,
    stop: () => stops.push(clock.now()),
  };
  let applied = 0;
  const machine = submitDossierMachine.provide({
    actors: {
      loadCatalog: fromPromise<CatalogOutcome>(async () => ({
        ok: true,
        procedures: [],
      })),
    },
    delays: scaledDelays(() => timeScaleOf(settings.get())),
  });
  const actor = createActor(machine, { clock });
  actor.start();
  bindSettingsToSession({
    actor,
    settings,
    speaker,
    apply: () => {
      applied += 1;
    },
  });
  actor.send({ type: 'resident.start' });
  actor.send({ type: 'resident.chooseLanguage', language: 'en' });
  return { clock, settings, actor, stops, applied: () => applied };
}

describe('a resident who chose large text, high contrast and assisted mode', () => {
  it('gets three times as long before the idle question and its countdown', () => {
    const kiosk = startKiosk();
    kiosk.settings.update({ assisted: true });
    const idle = () =>
      kiosk.actor.getSnapshot().matches({ session: { idle: 'warning' } });

    kiosk.clock.increment(DELAYS.IDLE_WARNING * ASSISTED_TIME_SCALE - 1);
    expect(idle()).toBe(false);
    kiosk.clock.increment(1);
    expect(idle()).toBe(true);

    kiosk.clock.increment(DELAYS.IDLE_EXPIRY * ASSISTED_TIME_SCALE - 1);
    expect(kiosk.actor.getSnapshot().value).not.toBe('attract');
    kiosk.clock.increment(1);
    expect(kiosk.actor.getSnapshot().value).toBe('attract');
  });

  it('leaves the next resident the defaults, Vietnamese and normal times', () => {
    const kiosk = startKiosk();
    kiosk.settings.update({
      textSize: 'extraLarge',
      highContrast: true,
      assisted: true,
    });
    const appliedBefore = kiosk.applied();

    kiosk.actor.send({ type: 'resident.cancel' });

    expect(kiosk.actor.getSnapshot().value).toBe('attract');
    expect(kiosk.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(kiosk.applied()).toBeGreaterThan(appliedBefore);
    expect(kiosk.stops.length).toBeGreaterThan(0);
    expect(kiosk.actor.getSnapshot().context.language).toBe('vi');

    // The next session runs on normal times again.
    kiosk.actor.send({ type: 'resident.start' });
    kiosk.clock.increment(DELAYS.IDLE_WARNING);
    expect(
      kiosk.actor.getSnapshot().matches({ session: { idle: 'warning' } }),
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DELAYS } from '../submit-dossier/delays';
import { reachMenu, startKiosk } from './test-support';

type Kiosk = ReturnType<typeof startKiosk>;

function idleState(kiosk: Kiosk): string {
  const snapshot = kiosk.snapshot();
  if (snapshot.value === 'attract') return 'attract';
  if (snapshot.matches({ session: { idle: 'watching' } })) return 'watching';
  if (snapshot.matches({ session: { idle: 'warning' } })) return 'warning';
  return JSON.stringify(snapshot.value);
}

/** Greets the kiosk as the agent does, then opens the home menu. */
function greetAndStart(kiosk: Kiosk, idleTimeoutSeconds?: number): void {
  kiosk.send({
    type: 'agent.hello',
    kioskId: 'KIOSK-T',
    simulator: true,
    ...(idleTimeoutSeconds === undefined ? {} : { idleTimeoutSeconds }),
  });
  reachMenu(kiosk);
}

/** The idle state just before and at `ms` after the last tap. */
function around(kiosk: Kiosk, ms: number): [string, string] {
  kiosk.clock.increment(ms - 1);
  const before = idleState(kiosk);
  kiosk.clock.increment(1);
  return [before, idleState(kiosk)];
}

describe("the idle question with central's idle timeout", () => {
  it('comes after the seconds central set, then counts down its usual 30 s', () => {
    const kiosk = startKiosk();
    greetAndStart(kiosk, 150);

    expect(around(kiosk, 150_000)).toEqual(['watching', 'warning']);
    expect(around(kiosk, DELAYS.IDLE_EXPIRY)).toEqual(['warning', 'attract']);
  });

  it('is stretched three times on top of it in assisted mode', () => {
    const kiosk = startKiosk({ scale: () => 3 });
    greetAndStart(kiosk, 45);

    expect(around(kiosk, 45_000 * 3)).toEqual(['watching', 'warning']);
    expect(around(kiosk, DELAYS.IDLE_EXPIRY * 3)).toEqual([
      'warning',
      'attract',
    ]);
  });

  it('keeps the 90 s default when an older agent sends no timeout', () => {
    const kiosk = startKiosk();
    greetAndStart(kiosk);

    expect(around(kiosk, DELAYS.IDLE_WARNING)).toEqual(['watching', 'warning']);
  });

  it('keeps the timeout across sessions, as the agent greets only once', () => {
    const kiosk = startKiosk();
    greetAndStart(kiosk, 200);
    kiosk.send({ type: 'resident.cancel' });
    reachMenu(kiosk);

    expect(around(kiosk, 200_000)).toEqual(['watching', 'warning']);
  });
});

import { describe, expect, it } from 'vitest';
import { RATING_DELAYS } from '../rating/delays';
import { DELAYS } from '../submit-dossier/delays';
import { settle } from './path-walk';
import { reachMenu, startKiosk } from './test-support';

/** Rates 4 from the home menu and waits for the thank-you screen. */
async function reachThanks(kiosk: ReturnType<typeof startKiosk>) {
  reachMenu(kiosk);
  kiosk.send({ type: 'resident.chooseService', service: 'rating' });
  kiosk.child('rating').send({ type: 'resident.rate', score: 4 });
  await settle();
  expect(kiosk.child('rating').getSnapshot().value).toBe('thanking');
}

describe("a rating's thank-you screen in assisted mode", () => {
  it('stays three times as long, and so does the farewell after it', async () => {
    const kiosk = startKiosk({ scale: () => 3 });
    await reachThanks(kiosk);

    kiosk.clock.increment(RATING_DELAYS.RATING_THANKS * 3 - 1);
    expect(kiosk.snapshot().matches({ session: { flow: 'rating' } })).toBe(
      true,
    );
    kiosk.clock.increment(1);
    expect(kiosk.snapshot().value).toBe('done');

    kiosk.clock.increment(DELAYS.FAREWELL * 3 - 1);
    expect(kiosk.snapshot().value).toBe('done');
    kiosk.clock.increment(1);
    expect(kiosk.snapshot().value).toBe('attract');
  });

  it('reads the scale when the timer starts, so leaving assisted mode shortens the next one', async () => {
    let scale = 3;
    const kiosk = startKiosk({ scale: () => scale });
    await reachThanks(kiosk);
    scale = 1;

    // The thank-you timer started while assisted: it keeps its length.
    kiosk.clock.increment(RATING_DELAYS.RATING_THANKS * 3);
    expect(kiosk.snapshot().value).toBe('done');
    // The farewell starts after the change: normal length.
    kiosk.clock.increment(DELAYS.FAREWELL);
    expect(kiosk.snapshot().value).toBe('attract');
  });

  it('keeps the normal length without assisted mode', async () => {
    const kiosk = startKiosk();
    await reachThanks(kiosk);

    kiosk.clock.increment(RATING_DELAYS.RATING_THANKS - 1);
    expect(kiosk.snapshot().matches({ session: { flow: 'rating' } })).toBe(
      true,
    );
    kiosk.clock.increment(1);
    expect(kiosk.snapshot().value).toBe('done');
  });
});

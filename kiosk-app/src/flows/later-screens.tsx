import { createElement, lazy, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * Screens a resident reaches only after the first taps, each in its own
 * chunk loaded with `import()`, so the first screen's JS stays small
 * (`scripts/src/bench/first-screen-js.ts`). `preloadLaterScreens` fetches
 * them all as soon as the first screen is rendered; a screen whose chunk
 * has arrived renders at once, like a static import, and one still on its
 * way suspends (the nearest `Suspense` shows nothing) until it arrives.
 */
const loaders = {
  form: () => import('./submit-dossier/filling-form-screen'),
  attaching: () => import('./submit-dossier/attachments/attaching-screen'),
  reviewing: () => import('./submit-dossier/reviewing-screen'),
  consenting: () => import('./submit-dossier/consenting-screen'),
  slip: () => import('./submit-dossier/showing-slip-screen'),
  manualIdentity: () =>
    import('./submit-dossier/manual-identity/manual-identity-screen'),
  lookup: () => import('./status-lookup/status-lookup-screens'),
  queue: () => import('./queue-ticket/queue-ticket-screens'),
  rating: () => import('./rating/rating-screens'),
  devPanel: () => import('../dev-panel/dev-panel'),
};

const preloads: (() => Promise<unknown>)[] = [];

/**
 * A component from a later chunk. A chunk that does not load means the
 * agent cannot serve its own files: reload, as after a refused handshake
 * (the session is lost either way).
 */
function later<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchOnce = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  preloads.push(fetchOnce);
  // React.lazy wants a default export; the screens use named ones.
  const Lazy = lazy(() =>
    fetchOnce().then(
      (component) => ({ default: component }),
      () => {
        window.location.reload();
        return new Promise<never>(() => undefined);
      },
    ),
  ) as unknown as ComponentType<P>;
  return function Later(props: P) {
    // Chosen once per mount: switching type later would remount the screen
    // and lose what it holds (an open keyboard, a half-typed search).
    const [component] = useState(() => loaded ?? Lazy);
    return createElement(component, props);
  };
}

export const FillingFormScreen = later(
  async () => (await loaders.form()).FillingFormScreen,
);
export const AttachingScreen = later(
  async () => (await loaders.attaching()).AttachingScreen,
);
export const ReviewingScreen = later(
  async () => (await loaders.reviewing()).ReviewingScreen,
);
export const ConsentingScreen = later(
  async () => (await loaders.consenting()).ConsentingScreen,
);
export const ShowingSlipScreen = later(
  async () => (await loaders.slip()).ShowingSlipScreen,
);
export const ManualIdentityView = later(
  async () => (await loaders.manualIdentity()).ManualIdentityView,
);
export const StatusLookupScreens = later(
  async () => (await loaders.lookup()).StatusLookupScreens,
);
export const QueueTicketScreens = later(
  async () => (await loaders.queue()).QueueTicketScreens,
);
export const RatingScreens = later(
  async () => (await loaders.rating()).RatingScreens,
);
export const DevPanel = later(async () => (await loaders.devPanel()).DevPanel);

/** Fetches every later screen's chunk; a failure shows when it is needed. */
export function preloadLaterScreens(): void {
  for (const preload of preloads) preload().catch(() => undefined);
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('input, textarea') !== null
  );
}

/**
 * Browser behaviour a touch kiosk must not have: the long-press context
 * menu, drag, text selection, and pinch or ctrl+wheel zoom that CSS alone
 * does not stop (Chromium also runs with --disable-pinch). Text size has
 * its own control in the accessibility bar instead.
 */
export function installKioskShell(doc: Document): void {
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('dragstart', (event) => event.preventDefault());
  doc.addEventListener('selectstart', (event) => {
    if (!isTextEntry(event.target)) event.preventDefault();
  });
  doc.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    { passive: false },
  );
  doc.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}

/**
 * Browser behaviour a touch kiosk must not have: the long-press context
 * menu, and pinch or drag gestures that CSS alone does not stop.
 */
export function installKioskShell(doc: Document): void {
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('dragstart', (event) => event.preventDefault());
}

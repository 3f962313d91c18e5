/** Every socket of one kiosk joins this room, so it can be cut at once. */
export function kioskRoom(kioskId: string): string {
  return `kiosk:${kioskId}`;
}

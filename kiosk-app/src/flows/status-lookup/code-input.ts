import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';

/**
 * The shape of a dossier code, one character per position: `9` a digit,
 * `A` a capital letter, anything else a separator the kiosk types itself.
 */
export const CODE_TEMPLATE = '999.99.99.A99-999999-9999';

export const CODE_LENGTH = CODE_TEMPLATE.length;

function fits(slot: string, char: string): boolean {
  if (slot === '9') return char >= '0' && char <= '9';
  return char >= 'A' && char <= 'Z';
}

function isSeparator(slot: string): boolean {
  return slot !== '9' && slot !== 'A';
}

/**
 * What the resident typed (or a scanner sent) as a code in the making:
 * capitals, separators put in by the kiosk, and characters that cannot
 * stand where they were typed left out. `00000000h29` → `000.00.00.H29`.
 */
export function formatCodeInput(typed: string): string {
  const chars = [...typed.normalize('NFD').toUpperCase()].filter((char) =>
    /[0-9A-Z]/.test(char),
  );
  let out = '';
  let slot = 0;

  for (const char of chars) {
    // The separators before the next position come only with a character.
    let next = slot;
    while (next < CODE_LENGTH && isSeparator(CODE_TEMPLATE[next] ?? '')) {
      next += 1;
    }
    if (next >= CODE_LENGTH) break;
    if (fits(CODE_TEMPLATE[next] ?? '', char)) {
      out += CODE_TEMPLATE.slice(slot, next) + char;
      slot = next + 1;
    }
  }
  return out;
}

/** A whole dossier code, as the protocol accepts it. */
export function isCompleteCode(code: string): boolean {
  return DOSSIER_CODE_PATTERN.test(code);
}

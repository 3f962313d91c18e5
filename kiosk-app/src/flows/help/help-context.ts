import { createContext, useContext } from 'react';

/** Opens help over the current screen; null outside a session. */
export const HelpOpenerContext = createContext<(() => void) | null>(null);

export function useHelpOpener(): (() => void) | null {
  return useContext(HelpOpenerContext);
}

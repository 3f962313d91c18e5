import type { ReactNode } from 'react';
import { childOf } from '../home/children';
import type { ScreenProps } from '../submit-dossier/screen-props';
import { HelpOpenerContext } from './help-context';
import { HelpPanel } from './help-panel';
import './help.css';

/**
 * Lets every screen of a session open help (through the bar's button) and
 * shows the help panel over the screen while it is open; the screen below
 * keeps its state.
 */
export function HelpLayer(props: ScreenProps & { children: ReactNode }) {
  const { snapshot, send } = props;
  const help = childOf(snapshot, 'help');
  const canOpen = snapshot.matches({ session: { help: 'closed' } });

  return (
    <HelpOpenerContext.Provider
      value={canOpen ? () => send({ type: 'resident.openHelp' }) : null}
    >
      {props.children}
      {help !== undefined && <HelpPanel actor={help} />}
    </HelpOpenerContext.Provider>
  );
}

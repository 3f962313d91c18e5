import { useSelector } from '@xstate/react';
import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { AgentLink, ConnectionState } from './agent/agent-link';
import type { ConnectionStore } from './agent/connection-store';
import { DevPanel } from './flows/later-screens';
import { assertNever } from './flows/submit-dossier/form';
import type { submitDossierMachine } from './flows/submit-dossier/machine';
import type {
  ScreenProps,
  SubmitDossierSnapshot,
} from './flows/submit-dossier/screen-props';
import { SubmitDossierScreens } from './flows/submit-dossier/submit-dossier-screens';
import { OutOfServiceScreen } from './ui/out-of-service-screen';

interface AppProps {
  readonly actor: ActorRefFrom<typeof submitDossierMachine>;
  readonly link: AgentLink;
  readonly connection: ConnectionStore;
}

function screenFor(
  state: ConnectionState,
  snapshot: SubmitDossierSnapshot,
  send: ScreenProps['send'],
) {
  switch (state) {
    case 'connected':
      return <SubmitDossierScreens snapshot={snapshot} send={send} />;
    case 'connecting':
      // The first second after boot: nothing to show yet.
      return null;
    case 'lost':
    case 'refused':
      return <OutOfServiceScreen />;
    default:
      return assertNever(state);
  }
}

export function App({ actor, link, connection }: AppProps) {
  const { i18n } = useTranslation('app');
  const snapshot = useSelector(actor, (s) => s);
  const view = useSyncExternalStore(connection.subscribe, connection.get);
  const { language, agent, printer } = snapshot.context;

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    <div
      className="kiosk"
      // Any touch counts as presence for the idle timer.
      onPointerDownCapture={() => actor.send({ type: 'resident.tapped' })}
    >
      {screenFor(view.state, snapshot, actor.send)}
      {agent?.simulator === true && (
        <Suspense fallback={null}>
          <DevPanel
            link={link}
            printer={printer}
            lastRejected={view.lastRejected}
          />
        </Suspense>
      )}
    </div>
  );
}

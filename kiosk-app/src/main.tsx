import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createActor } from 'xstate';
import { AccessibilityProvider } from './accessibility/accessibility-context';
import { applyToDocument } from './accessibility/apply-to-document';
import { bindSettingsToSession } from './accessibility/bind-session';
import {
  createSettingsStore,
  timeScaleOf,
} from './accessibility/settings-store';
import { connectAgent } from './agent/agent-link';
import { createConnectionStore } from './agent/connection-store';
import { flowImplementations } from './agent/flow-implementations';
import { readAgentToken } from './agent/token';
import { App } from './app';
import { withScaledTimers } from './flows/home/scaled-timers';
import { preloadLaterScreens } from './flows/later-screens';
import { submitDossierMachine } from './flows/submit-dossier/machine';
import type { AgentEvent } from './flows/submit-dossier/types';
import { createI18n } from './i18n';
import { installKioskShell } from './kiosk-shell';
import { watchAlerts } from './speech/alert-announcer';
import { browserSpeaker } from './speech/speaker';
import { exposeWhenSimulated } from './test-hook';
import './styles.css';

/**
 * A refused handshake (usually a token from before the agent restarted) is
 * not retried by socket.io; reloading fetches the page with a fresh token.
 */
const RELOAD_AFTER_REFUSAL_MS = 10_000;

const connection = createConnectionStore();
// Agent events reach the flow once its actor exists; the socket connects
// asynchronously, so none arrive before that.
let forwardToFlow: (event: AgentEvent) => void = () => undefined;

const link = connectAgent(readAgentToken(document), {
  event: (event) => forwardToFlow(event),
  connection: (state) => {
    connection.setState(state);
    if (state === 'refused') {
      setTimeout(() => window.location.reload(), RELOAD_AFTER_REFUSAL_MS);
    }
  },
  rejected: connection.reject,
  // A reload drops everything the page holds, the resident's data included.
  reload: () => window.location.reload(),
});

// One resident's text size, contrast and assisted mode; memory only.
const settings = createSettingsStore();
const speaker = browserSpeaker(window);

const actor = createActor(
  submitDossierMachine.provide(
    withScaledTimers(flowImplementations(link), () =>
      timeScaleOf(settings.get()),
    ),
  ),
);
actor.start();
forwardToFlow = (event) => actor.send(event);

bindSettingsToSession({
  actor,
  settings,
  speaker,
  apply: () => applyToDocument(document.documentElement, settings.get()),
});
// Errors on any screen are spoken in assisted mode.
watchAlerts(document.body, (text) => {
  if (!settings.get().assisted) return;
  const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
  speaker.speak(text, language, { queue: true });
});
exposeWhenSimulated(window, actor, settings);

installKioskShell(document);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <AccessibilityProvider value={{ store: settings, speaker }}>
        <App actor={actor} link={link} connection={connection} />
      </AccessibilityProvider>
    </I18nextProvider>
  </StrictMode>,
);
// With the first screen on its way, the later screens' chunks load in the
// background, so a tap does not wait for one.
preloadLaterScreens();

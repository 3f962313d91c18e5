import { fromPromise } from 'xstate';
import type {
  CatalogOutcome,
  SubmitInput,
  SubmitOutcome,
} from '../flows/submit-dossier/types';
import type { AgentLink } from './agent-link';

/** The flow's actors and side effects, bound to a live agent link. */
export function flowImplementations(link: AgentLink) {
  return {
    actors: {
      loadCatalog: fromPromise<CatalogOutcome>(() => link.catalogGet()),
      submitDossier: fromPromise<SubmitOutcome, SubmitInput>(({ input }) =>
        link.dossierSubmit(input),
      ),
    },
    actions: {
      endAgentSession: () => {
        // Nothing waits for the answer: the kiosk's own state is already
        // clean, and a lost answer changes nothing for the next resident.
        void link.sessionEnd();
      },
    },
  };
}

import { fromPromise } from 'xstate';
import { attachmentsMachine } from '../flows/submit-dossier/attachments/machine';
import type {
  CatalogOutcome,
  ScanOutcome,
  SubmitInput,
  SubmitOutcome,
} from '../flows/submit-dossier/types';
import type { AgentLink } from './agent-link';
import { serviceImplementations } from './service-implementations';

/** The flow's actors and side effects, bound to a live agent link. */
export function flowImplementations(link: AgentLink) {
  return {
    actors: {
      loadCatalog: fromPromise<CatalogOutcome>(() => link.catalogGet()),
      submitDossier: fromPromise<SubmitOutcome, SubmitInput>(({ input }) =>
        link.dossierSubmit(input),
      ),
      collectAttachments: attachmentsMachine.provide({
        actors: {
          scanDocument: fromPromise<ScanOutcome, { requirementId: string }>(
            ({ input }) => link.documentScan(input.requirementId),
          ),
        },
      }),
      ...serviceImplementations(link),
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

export { submitDossierMachine } from './flows/submit-dossier/machine';
export { DELAYS } from './flows/submit-dossier/delays';
export type {
  SubmitDossierContext,
  SubmitDossierEvent,
} from './flows/submit-dossier/types';

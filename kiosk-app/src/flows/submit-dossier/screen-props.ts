import type { SnapshotFrom } from 'xstate';
import type { submitDossierMachine } from './machine';
import type { ResidentEvent } from './types';

export type SubmitDossierSnapshot = SnapshotFrom<typeof submitDossierMachine>;

export interface ScreenProps {
  readonly snapshot: SubmitDossierSnapshot;
  readonly send: (event: ResidentEvent) => void;
}

/** Which screen a snapshot shows; one name per screen file. */
export type ScreenName =
  | 'attract'
  | 'choosingLanguage'
  | 'identifying'
  | 'choosingProcedure'
  | 'fillingForm'
  | 'attaching'
  | 'reviewing'
  | 'consenting'
  | 'submitting'
  | 'showingSlip'
  | ServiceScreenName
  | 'done';

/** The home menu and the services beside a dossier (see home/). */
export type ServiceScreenName =
  | 'choosingService'
  | 'lookingUp'
  | 'takingTicket'
  | 'rating'
  | 'ratingAfterSlip';

const FLOW_SCREENS = [
  'choosingLanguage',
  'identifying',
  'choosingProcedure',
  'fillingForm',
  'attaching',
  'reviewing',
  'consenting',
  'submitting',
  'showingSlip',
  'choosingService',
  'lookingUp',
  'takingTicket',
  'rating',
  'ratingAfterSlip',
] as const satisfies readonly ScreenName[];

export function screenOf(snapshot: SubmitDossierSnapshot): ScreenName {
  if (snapshot.matches('attract')) return 'attract';
  if (snapshot.matches('done')) return 'done';
  const screen = FLOW_SCREENS.find((name) =>
    snapshot.matches({ session: { flow: name } }),
  );
  if (screen === undefined) {
    throw new Error(`No screen for ${JSON.stringify(snapshot.value)}`);
  }
  return screen;
}

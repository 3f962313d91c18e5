import type { ProtocolError, RatingSubmit } from '@motcua/protocol';

/** What the rating is about: a dossier just submitted, or nothing. */
export interface RatingInput {
  readonly dossierCode?: string;
  readonly procedureId?: string;
}

export type RatingScore = 1 | 2 | 3 | 4 | 5;

export const RATING_SCORES: readonly RatingScore[] = [1, 2, 3, 4, 5];

export interface RatingContext extends RatingInput {
  readonly score: RatingScore | null;
  readonly error: ProtocolError | null;
}

export type RatingEvent =
  | { type: 'resident.rate'; score: RatingScore }
  | { type: 'resident.retry' }
  | { type: 'resident.skip' }
  | { type: 'resident.finish' };

/** What `submitRating` resolves to: a failure is a value, not a throw. */
export type RatingOutcome =
  { readonly ok: true } | { readonly ok: false; readonly error: ProtocolError };

export type RatingRequest = RatingSubmit;

/** The parent only needs to know whether a score was kept. */
export interface RatingOutput {
  readonly rated: boolean;
}

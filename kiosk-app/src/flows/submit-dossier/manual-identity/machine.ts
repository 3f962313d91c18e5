import { assign, setup } from 'xstate';
import { checkManualIdentity } from './validate';
import type {
  ManualDraft,
  ManualField,
  ManualIdentityContext,
  ManualIdentityEvent,
  ManualIdentityInput,
  ManualIdentityOutput,
} from './types';
import { EMPTY_DRAFT } from './types';

const SEXES = ['male', 'female'] as const;

function withChange(
  draft: ManualDraft,
  field: ManualField,
  value: string,
): ManualDraft {
  switch (field) {
    case 'idNumber':
      return { ...draft, idNumber: value.replace(/\D/g, '').slice(0, 12) };
    case 'birthDate':
      return { ...draft, birthDate: value.replace(/\D/g, '').slice(0, 8) };
    case 'fullName':
      return { ...draft, fullName: value.normalize('NFC').slice(0, 120) };
    case 'sex':
      return {
        ...draft,
        sex: SEXES.find((sex) => sex === value) ?? null,
      };
  }
}

/**
 * Hand entry of an identity when the card cannot be read: ID number, full
 * name, date of birth and sex, checked against each other. Ends with the
 * identity; leaving it (back, cancel, a card read meanwhile) drops the
 * draft with the actor.
 */
export const manualIdentityMachine = setup({
  types: {
    context: {} as ManualIdentityContext,
    events: {} as ManualIdentityEvent,
    input: {} as ManualIdentityInput,
    output: {} as ManualIdentityOutput,
  },
  guards: {
    isValidIdentity: ({ context }) =>
      checkManualIdentity(context.draft, context.today).ok,
  },
  actions: {
    changeDraft: assign(
      ({ context }, params: { field: ManualField; value: string }) => ({
        draft: withChange(context.draft, params.field, params.value),
        errors: Object.fromEntries(
          Object.entries(context.errors).filter(
            ([field]) => field !== params.field,
          ),
        ),
      }),
    ),
    showErrors: assign(({ context }) => {
      const checked = checkManualIdentity(context.draft, context.today);
      return { errors: checked.ok ? {} : checked.errors };
    }),
  },
}).createMachine({
  id: 'manualIdentity',
  context: ({ input }) => ({
    draft: EMPTY_DRAFT,
    errors: {},
    today: input.today,
  }),
  initial: 'editing',
  states: {
    editing: {
      on: {
        'manual.change': {
          actions: {
            type: 'changeDraft',
            params: ({ event }) => ({ field: event.field, value: event.value }),
          },
        },
        'manual.submit': [
          { guard: 'isValidIdentity', target: 'entered' },
          { actions: 'showErrors' },
        ],
      },
    },
    entered: { type: 'final' },
  },
  output: ({ context }) => {
    const checked = checkManualIdentity(context.draft, context.today);
    if (!checked.ok) throw new Error('manual identity ended unchecked');
    return { identity: checked.identity };
  },
});

export type ManualIdentityMachine = typeof manualIdentityMachine;

import { dossierStatusSchema } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { canMove } from '../../src/cases/levels';
import { ALLOWED_MOVES } from './case-moves';

describe('the deadline board status menu', () => {
  it('offers a move exactly when central would accept it', () => {
    const statuses = dossierStatusSchema.options;
    for (const from of statuses) {
      for (const to of statuses) {
        expect(
          { from, to, offered: ALLOWED_MOVES[from].includes(to) },
          `${from} → ${to}`,
        ).toEqual({ from, to, offered: canMove(from, to) });
      }
    }
  });
});

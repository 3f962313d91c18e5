import type { Procedure } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';
import { checkDossier } from './check-dossier';

const WITH_PLACES: Procedure = {
  ...RESIDENCE_CONFIRMATION,
  fields: [
    ...RESIDENCE_CONFIRMATION.fields,
    {
      id: 'ward',
      kind: 'ward',
      label: { vi: 'Phường', en: 'Ward' },
      required: true,
      maxLength: 5,
    },
    {
      id: 'province',
      kind: 'province',
      label: { vi: 'Tỉnh', en: 'Province' },
      required: false,
      maxLength: 2,
    },
  ],
};

function withPlaces(places: Record<string, string>) {
  const base = submission();
  return checkDossier({ ...base, fields: { ...base.fields, ...places } }, [
    WITH_PLACES,
  ]);
}

describe('place fields chosen from pick-lists', () => {
  it('accepts a ward and a province given as codes', () => {
    expect(withPlaces({ ward: '26740', province: '79' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a name typed where a code belongs', () => {
    expect(withPlaces({ ward: 'Q. 1' })).toMatchObject({
      ok: false,
      error: { code: 'place.format', field: 'fields.ward' },
    });
    expect(withPlaces({ ward: '26740', province: 'HC' })).toMatchObject({
      ok: false,
      error: { code: 'place.format', field: 'fields.province' },
    });
  });
});

import { procedureSchema } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { seedProcedures } from './seed';

describe('the seed catalog', () => {
  it('conforms to the protocol procedure schema', () => {
    for (const procedure of seedProcedures) {
      const parsed = procedureSchema.safeParse(procedure);
      expect(parsed.error?.issues ?? [], procedure.id).toEqual([]);
    }
  });

  it('offers at least ten procedures with unique ids', () => {
    const ids = seedProcedures.map((procedure) => procedure.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pre-fills every required residence-confirmation field from the card', () => {
    const procedure = seedProcedures.find(
      (p) => p.id === 'residence-confirmation',
    );
    expect(procedure?.name.vi).toBe('Xác nhận thông tin về cư trú');
    expect(procedure?.processingDays).toBe(1);
    expect(procedure?.feeVnd).toBe(0);

    const fields = procedure?.fields ?? [];
    const required = fields.filter((f) => f.required);
    expect(required.map((f) => f.prefill)).toEqual([
      'fullName',
      'idNumber',
      'dateOfBirth',
      'sex',
      'address',
    ]);
    const optional = fields.filter((f) => !f.required);
    expect(optional.map((f) => [f.id, f.kind])).toEqual([
      ['phone', 'phone'],
      ['purpose', 'longText'],
    ]);
  });

  it('charges 15,000 VND and three working days for temporary residence', () => {
    const procedure = seedProcedures.find(
      (p) => p.id === 'temporary-residence',
    );
    expect(procedure?.feeVnd).toBe(15_000);
    expect(procedure?.processingDays).toBe(3);
    expect(procedure?.name.vi).toBe('Đăng ký tạm trú');
  });
});

import { describe, expect, it } from 'vitest';
import { HOLDER } from './chip-test-data';
import { readCccdChip } from './read-chip';
import { accessOf, simulatedCard } from './test-support';

describe('a CCCD chip read with the right card data', () => {
  it('gives the identity from DG13, with diacritics, marked as chip', async () => {
    const card = simulatedCard();
    const read = await readCccdChip(card, accessOf());

    if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message}`);
    expect(read.value.identity).toEqual({
      idNumber: '079090001234',
      oldIdNumber: '025123456',
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-03-15',
      sex: 'male',
      address: HOLDER.residence,
      issueDate: '2021-05-01',
      source: 'chip',
    });
  });

  it('parses the MRZ and every DG13 field the reference names', async () => {
    const read = await readCccdChip(simulatedCard(), accessOf());
    if (!read.ok) throw new Error(read.error.code);

    expect(read.value.mrz).toEqual({
      documentCode: 'ID',
      issuingState: 'VNM',
      documentNumber: '090001234',
      optionalData1: '079090001234',
      dateOfBirth: '900315',
      sex: 'M',
      dateOfExpiry: '300315',
      nationality: 'VNM',
      optionalData2: '',
      surname: 'NGUYEN',
      givenNames: 'VAN AN',
    });
    expect(read.value.dg13).toMatchObject({
      ethnicity: 'Kinh',
      religion: 'Không',
      nationality: 'Việt Nam',
      expiryDate: '15/03/2030',
      fatherName: 'Nguyễn Văn Bình',
      motherName: 'Trần Thị Cúc',
    });
    expect(read.value.dg13.raw[13]).toBe('Nguyễn Văn Bình / Trần Thị Cúc');
    expect(read.value.present).toEqual([1, 2, 13, 14]);
  });

  it('talks only secure messaging after BAC and never opens the face image', async () => {
    const card = simulatedCard();
    await readCccdChip(card, accessOf());

    // SELECT application, GET CHALLENGE, EXTERNAL AUTHENTICATE in plain,
    // then every command with the secure-messaging class byte.
    expect(card.received.slice(0, 3).map((apdu) => apdu[1])).toEqual([
      0xa4, 0x84, 0x82,
    ]);
    expect(card.received.slice(3).every((apdu) => apdu[0] === 0x0c)).toBe(true);
    expect(card.selected).toEqual([0x011e, 0x0101, 0x010d, 0x011d]);
  });
});

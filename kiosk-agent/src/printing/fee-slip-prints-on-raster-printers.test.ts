import {
  decodeEscPos,
  encodeSlip,
  PROFILES,
} from '@motcua/hardware/receipt-printer';
import { parseVietQr } from '@motcua/protocol';
import { expect, it } from 'vitest';
import { DEV_TEST_PAYEE } from '../config';
import { dossierPayment } from '../intake/payment';
import type { SlipView } from '../store/dossier-store';
import { CIVIL_STATUS_COPY } from '../test-support/fixtures';
import { slipLayout } from './slip-layout';

const DOSSIER: SlipView = {
  id: '01900000-0000-7000-8000-000000000001',
  code: '000.00.00.H29-261203-1001',
  procedureId: CIVIL_STATUS_COPY.id,
  language: 'en',
  receivedAt: '2026-12-03T03:00:00.000Z',
  returnDate: '2026-12-04',
  applicantName: 'NGUYỄN VĂN AN',
  idNumberMasked: '079******234',
};

it('prints both codes on a printer without a Vietnamese code page', () => {
  const payment = dossierPayment(8_000, DOSSIER.code, DEV_TEST_PAYEE);
  const layout = slipLayout(DOSSIER, CIVIL_STATUS_COPY, {
    wardName: 'Phường Sài Gòn',
    kioskId: 'KIOSK-T',
    ...(payment === undefined ? {} : { payment }),
    payeeName: DEV_TEST_PAYEE.accountName,
  });
  const decoded = decodeEscPos(
    encodeSlip(layout, PROFILES['xprinter-xp-n160ii']),
  );

  // Raster slips carry their words as pictures; the codes stay native.
  expect(decoded.lines).toEqual([]);
  expect(decoded.qrCodes).toHaveLength(2);
  expect(decoded.qrCodes[0]).toBe(DOSSIER.code);
  expect(parseVietQr(decoded.qrCodes[1] ?? '')).toMatchObject({
    ok: true,
    value: { amountVnd: 8_000, purpose: DOSSIER.code },
  });
  expect(decoded.cuts).toBe(1);
});

it('asks to pay at the counter when the ward has no account set', () => {
  const payment = dossierPayment(8_000, DOSSIER.code, undefined);
  expect(payment).toEqual({ amountVnd: 8_000 });
  const layout = slipLayout(DOSSIER, CIVIL_STATUS_COPY, {
    wardName: 'Phường Sài Gòn',
    kioskId: 'KIOSK-T',
    ...(payment === undefined ? {} : { payment }),
  });
  expect(layout.payment).toBeUndefined();
  expect(layout.footer[0]).toBe(
    'Pay the fee at the one-stop office when you collect',
  );
  expect(layout.rows).toContainEqual({ label: 'Fee', value: '8.000 VND' });
});

it('asks for no payment when the procedure is free', () => {
  expect(dossierPayment(0, DOSSIER.code, DEV_TEST_PAYEE)).toBeUndefined();
});

import { err, ok } from '@motcua/protocol';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { swText, SW_OK } from './apdu';
import { bacKeys } from './bac-keys';
import type { CardLink } from './card-link';
import { decrypt3des, encrypt3des, retailMac } from './des';
import { SecureChannel } from './secure-messaging';
import type { ChipResult } from './types';
import { chipError } from './types';

/** Random bytes for the nonces; tests may fix them. */
export type RandomSource = (length: number) => Buffer;

/** Status words a card gives when the terminal's cryptogram is wrong. */
const REFUSED = new Set([0x6300, 0x6982, 0x6985, 0x6988]);

/**
 * Basic Access Control (ICAO 9303-11 §9.7): GET CHALLENGE, then EXTERNAL
 * AUTHENTICATE with our nonce and key half encrypted under K_enc and
 * MACed under K_mac; the card proves the same keys back. Ends with the
 * secure channel for every later command.
 */
export async function performBac(
  link: CardLink,
  mrzInfo: string,
  random: RandomSource = randomBytes,
): Promise<ChipResult<SecureChannel>> {
  const { kEnc, kMac } = bacKeys(mrzInfo);

  const challenge = await link.send({ cla: 0, ins: 0x84, p1: 0, p2: 0, le: 8 });
  if (!challenge.ok) return challenge;
  if (challenge.value.sw !== SW_OK || challenge.value.data.length !== 8) {
    return err(
      chipError(
        'chip.challenge_failed',
        `GET CHALLENGE answered ${swText(challenge.value.sw)} ` +
          `with ${String(challenge.value.data.length)} bytes`,
        { sw: challenge.value.sw },
      ),
    );
  }
  const rndIc = challenge.value.data;
  const rndIfd = random(8);
  const kIfd = random(16);

  const eIfd = encrypt3des(kEnc, Buffer.concat([rndIfd, rndIc, kIfd]));
  const mIfd = retailMac(kMac, eIfd);
  const auth = await link.send({
    cla: 0,
    ins: 0x82,
    p1: 0,
    p2: 0,
    data: Buffer.concat([eIfd, mIfd]),
    le: 40,
  });
  if (!auth.ok) return auth;
  const { data, sw } = auth.value;
  if (sw !== SW_OK) {
    const known = REFUSED.has(sw) ? ' (the MRZ data does not match)' : '';
    return err(
      chipError(
        'chip.bac_refused',
        `EXTERNAL AUTHENTICATE refused with ${swText(sw)}${known}`,
        { sw },
      ),
    );
  }
  if (data.length !== 40) {
    return err(
      chipError(
        'chip.malformed_response',
        `EXTERNAL AUTHENTICATE returned ${data.length} bytes, not 40`,
      ),
    );
  }

  const eIc = data.subarray(0, 32);
  if (!timingSafeEqual(retailMac(kMac, eIc), data.subarray(32, 40))) {
    return err(
      chipError('chip.bac_mismatch', "card cryptogram's MAC is wrong"),
    );
  }
  const r = decrypt3des(kEnc, eIc);
  if (!r.subarray(0, 8).equals(rndIc) || !r.subarray(8, 16).equals(rndIfd)) {
    return err(chipError('chip.bac_mismatch', 'card returned other nonces'));
  }
  const kIc = r.subarray(16, 32);
  const seed = Buffer.alloc(16);
  for (let i = 0; i < 16; i += 1) seed[i] = (kIfd[i] ?? 0) ^ (kIc[i] ?? 0);
  return ok(SecureChannel.fromBac(seed, rndIc, rndIfd));
}

import { describe, expect, it } from 'vitest';
import { bacKeys, checkDigit, deriveKey, mrzInformation } from './bac-keys';
import { encrypt3des, retailMac } from './des';
import { SecureChannel } from './secure-messaging';

// ICAO Doc 9303 part 11, Appendix D (worked example), values as printed.
const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');
const RND_IC = hex('4608F91988702212');
const RND_IFD = hex('781723860C06C226');
const K_IFD = hex('0B795240CB7049B01C19B33E32804F0B');
const K_IC = hex('0B4F80323EB3191CB04970CB4052790B');

describe('the ICAO 9303-11 worked example', () => {
  it('builds the MRZ information with its check digits', () => {
    expect(checkDigit('L898902C<')).toBe(3);
    expect(mrzInformation('L898902C', '690806', '940623')).toBe(
      'L898902C<369080619406236',
    );
  });

  it('derives K_seed, K_enc and K_mac', () => {
    const keys = bacKeys('L898902C<369080619406236');
    expect(keys.seed.toString('hex').toUpperCase()).toBe(
      '239AB9CB282DAF66231DC5A4DF6BFBAE',
    );
    expect(keys.kEnc.toString('hex').toUpperCase()).toBe(
      'AB94FDECF2674FDFB9B391F85D7F76F2',
    );
    expect(keys.kMac.toString('hex').toUpperCase()).toBe(
      '7962D9ECE03D1ACD4C76089DCE131543',
    );
  });

  it('encrypts and MACs the terminal cryptogram', () => {
    const keys = bacKeys('L898902C<369080619406236');
    const eIfd = encrypt3des(
      keys.kEnc,
      Buffer.concat([RND_IFD, RND_IC, K_IFD]),
    );
    const text = eIfd.toString('hex').toUpperCase();
    expect(text.startsWith('72C29C23')).toBe(true);
    expect(text.endsWith('76ED92F2')).toBe(true);
    expect(retailMac(keys.kMac, eIfd).toString('hex').toUpperCase()).toBe(
      '5F1448EEA8AD90A7',
    );
  });

  it('derives the session keys and the send sequence counter', () => {
    const seed = Buffer.alloc(16);
    for (let i = 0; i < 16; i += 1) seed[i] = (K_IFD[i] ?? 0) ^ (K_IC[i] ?? 0);
    expect(deriveKey(seed, 1).toString('hex').toUpperCase()).toBe(
      '979EC13B1CBFE9DCD01AB0FED307EAE5',
    );
    expect(deriveKey(seed, 2).toString('hex').toUpperCase()).toBe(
      'F1CB1F1FB5ADF208806B89DC579DC1F8',
    );
    const channel = SecureChannel.fromBac(seed, RND_IC, RND_IFD);
    expect(channel.counter().toString('hex').toUpperCase()).toBe(
      '887022120C06C226',
    );
  });
});

describe('the ICAO 9303-11 secure messaging example', () => {
  it('protects SELECT EF.COM and checks the card answer', () => {
    const channel = new SecureChannel(
      hex('979EC13B1CBFE9DCD01AB0FED307EAE5'),
      hex('F1CB1F1FB5ADF208806B89DC579DC1F8'),
      hex('887022120C06C226'),
    );
    const wrapped = channel.wrap({
      cla: 0x00,
      ins: 0xa4,
      p1: 0x02,
      p2: 0x0c,
      data: hex('011E'),
    });
    expect(wrapped.toString('hex').toUpperCase()).toBe(
      '0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800',
    );
    const answer = channel.unwrap({
      data: hex('990290008E08FA855A5D4C50A8ED'),
      sw: 0x9000,
    });
    expect(answer).toEqual({
      ok: true,
      value: { data: Buffer.alloc(0), sw: 0x9000 },
    });
  });
});

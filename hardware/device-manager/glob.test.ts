import { expect, test } from 'vitest';
import { matchesGlob } from './glob';

const epson = 'usb-EPSON_TM-T88VI_Receipt_5839-if00-port0';

test('star matches any run, question mark exactly one character', () => {
  expect(matchesGlob(epson, 'usb-EPSON*')).toBe(true);
  expect(matchesGlob(epson, '*TM-T88V?_*-if00-port0')).toBe(true);
  expect(matchesGlob(epson, 'usb-Honeywell*')).toBe(false);
  expect(matchesGlob(epson, 'usb-EPSON')).toBe(false);
});

test('regular expression characters in the pattern are literal', () => {
  expect(matchesGlob('usb-a.b(1)+', 'usb-a.b(1)+')).toBe(true);
  expect(matchesGlob('usb-axb(1)', 'usb-a.b(1)')).toBe(false);
});

import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './escpos-decoder';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { PROFILES } from './profiles';
import { encodeSlip, printableText } from './slip';
import { hexDump } from './test-support/hex-dump';

const PROFILE = PROFILES['epson-tm-t88vi'];

describe('encodeSlip on an Epson TM-T88VI', () => {
  // Regenerate after an intended layout change with
  // `npx vitest run --project hardware slip.test -u`, then review the diff.
  it('produces exactly the bytes of the golden file', async () => {
    const bytes = encodeSlip(SAMPLE_SLIP, PROFILE);
    await expect(hexDump(bytes)).toMatchFileSnapshot(
      './fixtures/sample-slip.epson-tm-t88vi.hex',
    );
  });

  it('starts with ESC @ and ends with a cut', () => {
    const bytes = encodeSlip(SAMPLE_SLIP, PROFILE);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect(decodeEscPos(bytes).cuts).toBe(1);
  });

  it('switches to TCVN-3 lower (30) and capitals (31) for Vietnamese', () => {
    const hex = Buffer.from(encodeSlip(SAMPLE_SLIP, PROFILE)).toString('hex');
    expect(hex).toContain('1b741e');
    expect(hex).toContain('1b741f');
  });

  it('prints title and code bold at double height', () => {
    const hex = Buffer.from(encodeSlip(SAMPLE_SLIP, PROFILE)).toString('hex');
    const code = Buffer.from(SAMPLE_SLIP.code).toString('hex');
    expect(hex).toMatch(new RegExp(`1b45011d2101(1b74[0-9a-f]{2})?${code}`));
  });

  it('stores the QR natively with GS ( k', () => {
    const hex = Buffer.from(encodeSlip(SAMPLE_SLIP, PROFILE)).toString('hex');
    expect(hex).toContain('1d286b0400314132'); // fn65: model 2
    expect(hex).toContain('1d286b03003151'); // fn81: print
  });
});

describe('decoding the encoded slip', () => {
  const decoded = decodeEscPos(encodeSlip(SAMPLE_SLIP, PROFILE));
  const text = decoded.lines.join('\n');

  it('gives back every line of text with its diacritics', () => {
    for (const line of [
      'UBND PHƯỜNG SÀI GÒN',
      'Bộ phận tiếp nhận và trả kết quả',
      'GIẤY HẸN TRẢ KẾT QUẢ',
      'HS-260801-0001',
      'Người nộp: NGUYỄN VĂN AN',
      'Thủ tục: Đăng ký tạm trú',
      'Hẹn trả: 06/08/2026 (3 ngày làm việc)',
      'Liên 2: giao người nộp',
      'Cảm ơn ông/bà - Đã đến ki-ốt',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('gives back the QR payload and meets nothing unknown', () => {
    expect(decoded.qrCodes).toEqual([SAMPLE_SLIP.qr]);
    expect(decoded.unknown).toBe(0);
  });
});

describe('printableText', () => {
  it('turns typographic punctuation into ASCII and control bytes into spaces', () => {
    expect(printableText('a \u2013 \u201cb\u201d\u2026\u001bc')).toBe(
      'a - "b"... c',
    );
  });

  it('hands Đ to the encoder as Ð and leaves đ alone', () => {
    expect(printableText('Đăng đã')).toBe('\u00d0ăng đã');
  });

  it('composes NFD input before encoding', () => {
    expect(printableText('Nguyễn'.normalize('NFD'))).toBe('Nguyễn');
  });
});

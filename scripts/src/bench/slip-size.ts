/**
 * Benchmark: the appointment slip in code-page and raster modes. Reports
 * bytes, median encode time and time on a 115200 baud 8N1 line (10 bits a
 * byte) against the DESIGN.md budget. Run: npx tsx scripts/src/bench/slip-size.ts
 */
import { performance } from 'node:perf_hooks';
import type {
  PrinterProfile,
  SlipLayout,
} from '@motcua/hardware/receipt-printer';
import { encodeSlip, PROFILES } from '@motcua/hardware/receipt-printer';

const BAUD = 115_200;
const BITS_PER_BYTE = 10;
const RUNS = 31;
const WARM_UP = 3;

/** Budgets from DESIGN.md, "slip on the wire, 115200 baud serial". */
const BUDGET_SECONDS = { codepage: 1, raster: 4 } as const;

/** A busy slip: long name and procedure, a wrapped address, six rows. */
const SLIP: SlipLayout = {
  header: [
    'ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH',
    'Bộ phận tiếp nhận và trả kết quả',
  ],
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  code: 'HS-261203-0042',
  rows: [
    { label: 'Người nộp', value: 'NGUYỄN THỊ HỒNG NHUNG' },
    { label: 'Số CCCD', value: '079******123' },
    {
      label: 'Thủ tục',
      value: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    },
    {
      label: 'Địa chỉ',
      value: '12 Lê Thánh Tôn, Phường Bến Thành, TP. Hồ Chí Minh',
    },
    { label: 'Nhận lúc', value: '14 giờ 05 phút, ngày 03/12/2026' },
    { label: 'Hẹn trả', value: '05/12/2026 (2 ngày làm việc)' },
  ],
  qr: 'https://motcua.example/tra-cuu?ma=HS-261203-0042',
  footer: [
    'Tra cứu tình trạng hồ sơ bằng mã QR ở trên',
    'Cảm ơn ông/bà đã sử dụng ki-ốt dịch vụ công',
  ],
};

interface Row {
  readonly profile: PrinterProfile;
  readonly bytes: number;
  readonly medianMs: number;
  readonly wireSeconds: number;
  readonly budget: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(profile: PrinterProfile): Row {
  for (let i = 0; i < WARM_UP; i++) encodeSlip(SLIP, profile);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = encodeSlip(SLIP, profile).length;
    times.push(performance.now() - start);
  }
  return {
    profile,
    bytes,
    medianMs: median(times),
    wireSeconds: (bytes * BITS_PER_BYTE) / BAUD,
    budget: BUDGET_SECONDS[profile.vietnamese],
  };
}

const rows = Object.values(PROFILES).map(measure);
const table = rows.map((row) => ({
  profile: row.profile.id,
  mode: row.profile.vietnamese,
  bytes: row.bytes,
  'encode median ms': Number(row.medianMs.toFixed(1)),
  'wire s @115200': Number(row.wireSeconds.toFixed(3)),
  'budget s': row.budget,
  result: row.wireSeconds <= row.budget ? 'PASS' : 'FAIL',
}));

console.log(
  `Slip size: ${String(RUNS)} runs after ${String(WARM_UP)} warm-up, ` +
    `Node ${process.version}, ${String(BAUD)} baud 8N1`,
);
console.table(table);
if (table.some((row) => row.result === 'FAIL')) process.exitCode = 1;

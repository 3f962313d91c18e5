/**
 * Where a scanner model puts each field of its scanned-data input report.
 * Offsets count from the first byte node-hid hands over: on Linux hidraw
 * that is the report id when the device numbers its reports, and the first
 * data byte when it does not.
 */
export interface HidPosLayout {
  readonly name: string;
  /** The id at byte 0, or `null` for a device without numbered reports. */
  readonly reportId: number | null;
  /** Bytes a full report has; shorter ones are truncated. */
  readonly reportBytes: number;
  /** The byte that counts the data bytes in this report. */
  readonly lengthOffset: number;
  /** Three AIM identifier bytes (`]Q0`), or `null` if the model has none. */
  readonly symbologyOffset: number | null;
  readonly dataOffset: number;
  /** Data bytes one report can carry. */
  readonly dataCapacity: number;
  /** Where the "more data follows" bit is, or `null` for single reports. */
  readonly moreData: { readonly offset: number; readonly mask: number } | null;
}

/**
 * HID POS scanned-data report (usage page 0x8C, HID POS Usage Tables 1.02
 * §3) as the Access-IS LSR116 manual lays it out: id 0x02, data length,
 * three AIM identifier bytes, up to 56 data bytes at 5–60, bit 0 of byte
 * 63 set while more reports of the same code follow.
 */
export const hidPosLayout: HidPosLayout = {
  name: 'hid-pos',
  reportId: 0x02,
  reportBytes: 64,
  lengthOffset: 1,
  symbologyOffset: 2,
  dataOffset: 5,
  dataCapacity: 56,
  moreData: { offset: 63, mask: 0x01 },
};

/**
 * The same fields from a device that declares no report ids: hidraw hands
 * over the report from the length byte on, so everything moves down one.
 * Vendor firmware in this mode has been seen in manuals only (see README).
 */
export const hidPosUnnumberedLayout: HidPosLayout = {
  name: 'hid-pos-unnumbered',
  reportId: null,
  reportBytes: 63,
  lengthOffset: 0,
  symbologyOffset: 1,
  dataOffset: 4,
  dataCapacity: 56,
  moreData: { offset: 62, mask: 0x01 },
};

export const hidPosLayouts = {
  'hid-pos': hidPosLayout,
  'hid-pos-unnumbered': hidPosUnnumberedLayout,
} as const;

export type HidPosLayoutName = keyof typeof hidPosLayouts;

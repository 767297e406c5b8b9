import { describe, expect, it } from 'vitest';
import { decodeGbkStrict, encodeGbk, isGbkPrivateUse, realignGbk } from '../../scripts/clean/gbk';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

describe('encodeGbk', () => {
  it('encodes Traditional and Simplified characters, punctuation and ASCII', () => {
    expect(hex(encodeGbk('當地'))).toBe('AE 94 B5 D8');
    expect(hex(encodeGbk('孛裆'))).toBe('D8 C3 F1 C9');
    expect(hex(encodeGbk('、·”'))).toBe('A1 A2 A1 A4 A1 B1');
    expect(hex(encodeGbk('N,'))).toBe('4E 2C');
  });

  it('refuses characters GBK lacks instead of writing "?"', () => {
    expect(() => encodeGbk('穆薩•約')).toThrow(/"•" has no GBK encoding/);
    expect(() => encodeGbk('😀')).toThrow(RangeError);
  });
});

describe('decodeGbkStrict', () => {
  it('decodes valid GBK, ASCII included', () => {
    expect(decodeGbkStrict([0x94, 0xb5])).toBe('數');
    expect(decodeGbkStrict([0xc4, 0x58, 0x2c])).toBe('腦,');
  });

  it('returns null for an invalid pair or a truncated lead byte', () => {
    expect(decodeGbkStrict([0xda, 0x2c])).toBeNull();
    expect(decodeGbkStrict([0xb5])).toBeNull();
    expect(decodeGbkStrict([0xff, 0xa1])).toBeNull();
  });

  it('returns null for pairs in the user-defined areas', () => {
    expect(decodeGbkStrict([0xaf, 0xbd])).toBeNull();
    expect(decodeGbkStrict([0xfa, 0xa1])).toBeNull();
    expect(decodeGbkStrict([0xa7, 0x8e])).toBeNull();
  });
});

describe('isGbkPrivateUse', () => {
  it('is true for pairs in the user-defined areas and unassigned symbol slots', () => {
    expect(isGbkPrivateUse(0xaf, 0xbd)).toBe(true);
    expect(isGbkPrivateUse(0xfa, 0xed)).toBe(true);
    expect(isGbkPrivateUse(0xa3, 0x98)).toBe(true);
    expect(isGbkPrivateUse(0xa2, 0xab)).toBe(true);
  });

  it('is false for characters and for invalid pairs', () => {
    expect(isGbkPrivateUse(0xb5, 0xd8)).toBe(false);
    expect(isGbkPrivateUse(0xa1, 0xa2)).toBe(false);
    expect(isGbkPrivateUse(0xaa, 0x84)).toBe(false);
    expect(isGbkPrivateUse(0xda, 0x2c)).toBe(false);
  });
});

describe('realignGbk', () => {
  it('shifts a mojibake run back into step with the surviving edge bytes', () => {
    expect(realignGbk('孛裆', { lead: 0xb5, trail: 0xfa })).toBe('地民生');
    expect(realignGbk('楦鞣N', { lead: 0x9e })).toBe('為各種');
    expect(realignGbk('蒯t', { lead: 0xb5 })).toBe('地醫');
  });

  it('without edge bytes gives the run back', () => {
    expect(realignGbk('孛裆')).toBe('孛裆');
  });

  it('returns null when the bytes do not decode', () => {
    expect(realignGbk('孛裆', { lead: 0xb5 })).toBeNull();
    expect(realignGbk('孛', { lead: 0xff })).toBeNull();
  });
});

/**
 * GBK helpers for explaining and checking misaligned-byte damage ("mojibake").
 *
 * Some captured text was decoded from GBK starting one byte late: every character shown
 * is made of the trail byte of one original character and the lead byte of the next.
 * Re-encoding such a run as GBK and adding the edge bytes that survive elsewhere gives
 * back the original bytes. All conversions go through iconv-lite's GBK (code page 936)
 * tables; nothing here is a hand-made table.
 */
import iconv from 'iconv-lite';

const isPrivateUse = (codePoint: number): boolean => codePoint >= 0xe000 && codePoint <= 0xf8ff;

/**
 * Whether a byte pair is one GBK leaves to private use: its user-defined areas
 * (AAA1–AFFE, F8A1–FEFE, A140–A7A0) and unassigned slots among the symbols. It has no
 * standard character (iconv-lite maps it to a private-use code point); the hosting site
 * emitted nothing for such pairs.
 */
export function isGbkPrivateUse(lead: number, trail: number): boolean {
  const text = iconv.decode(Buffer.from([lead, trail]), 'gbk');
  return text.length === 1 && isPrivateUse(text.codePointAt(0)!);
}

/** GBK bytes of `text`. Throws if a character has no GBK encoding (iconv-lite would silently write `?`). */
export function encodeGbk(text: string): Buffer {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) {
    const bad = [...text].find((char) => iconv.decode(iconv.encode(char, 'gbk'), 'gbk') !== char);
    throw new RangeError(`encodeGbk: ${JSON.stringify(bad)} has no GBK encoding`);
  }
  return bytes;
}

/**
 * Decodes GBK, or returns null if any byte sequence is not a standard character: an
 * invalid pair or truncated lead byte (iconv-lite's U+FFFD), or a pair GBK leaves to
 * private use (see isGbkPrivateUse).
 */
export function decodeGbkStrict(bytes: Uint8Array | readonly number[]): string | null {
  const text = iconv.decode(Buffer.from(bytes), 'gbk');
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint === 0xfffd || isPrivateUse(codePoint)) return null;
  }
  return text;
}

/**
 * Undoes a one-byte misalignment: re-encodes the mojibake run as GBK, puts the surviving
 * edge bytes around it (`lead`: the byte before the run, e.g. the trail byte of a lost
 * character; `trail`: the byte after it) and decodes strictly. Returns null if the
 * result is not valid GBK.
 *
 *     realignGbk('孛裆', { lead: 0xb5, trail: 0xfa }) // B5 D8C3 F1C9 FA → '地民生'
 */
export function realignGbk(mojibake: string, edges: { lead?: number; trail?: number } = {}): string | null {
  const bytes = [...encodeGbk(mojibake)];
  if (edges.lead !== undefined) bytes.unshift(edges.lead);
  if (edges.trail !== undefined) bytes.push(edges.trail);
  return decodeGbkStrict(bytes);
}

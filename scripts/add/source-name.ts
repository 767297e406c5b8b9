/**
 * How a raw capture is named in content/sources/: NNN_<hex>.txt.
 *
 * - NNN: three digits, the capture number. It sets the reading order of the archive and
 *   names the configuration (content/captures/NNN.yaml); a new capture takes the next
 *   number after the highest in use.
 * - <hex>: 16 lower-case hexadecimal digits. For a capture added by `npm run add` they are
 *   the first 16 of the SHA-256 of the file's bytes, so the name says which bytes it holds.
 *   The five first captures (000–004) were named before this rule: their 16 digits are an
 *   opaque id given when they were saved, not derived from the bytes (they are no prefix of
 *   the SHA-256, SHA-1 or MD5 of the file). Their names stay: links and citations use them.
 *
 * The full SHA-256 of every capture is in its report's frontmatter and ledger and is
 * checked at every build.
 */
import { createHash } from 'node:crypto';

export const SOURCE_NAME = /^(\d{3})_([0-9a-f]+)\.txt$/;
const HEX_DIGITS = 16;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The number after the highest in use (000 for the first), or undefined when 999 is taken. */
export function nextCaptureNumber(sourceNames: readonly string[]): string | undefined {
  const numbers = sourceNames.flatMap((name) => {
    const number = SOURCE_NAME.exec(name)?.[1];
    return number === undefined ? [] : [Number(number)];
  });
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return next > 999 ? undefined : String(next).padStart(3, '0');
}

export const sourceName = (number: string, bytes: Uint8Array): string => `${number}_${sha256(bytes).slice(0, HEX_DIGITS)}.txt`;

/** The rule in words, for the usage and the README. */
export const NAMING_RULE =
  'content/sources/NNN_<hex>.txt: NNN is the next unused capture number (it sets the reading order and names content/captures/NNN.yaml); <hex> is the first 16 hex digits of the SHA-256 of the capture’s bytes (000–004 keep the opaque ids they were saved with).';

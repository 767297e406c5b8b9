import { createHash } from 'node:crypto';
import type { Capture } from '../../core/schemas/source';
import { ContentError } from './errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Lines as the cleaning pipeline counts them: a final newline ends the last line rather than opening an empty one. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/**
 * A raw capture as the sources collection holds it. `file` is its path from the project
 * root (content/sources/002_….txt). The text is decoded strictly, byte order mark kept,
 * so it encodes back to exactly these bytes; a capture that is not UTF-8 is refused with
 * its line named.
 */
export function describeCapture(file: string, bytes: Uint8Array): Capture {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ContentError([{ file, path: [], message: `line ${firstBadLine(bytes)} is not valid UTF-8` }]);
  }
  return { file, lines: countLines(text), sha256: createHash('sha256').update(bytes).digest('hex'), text };
}

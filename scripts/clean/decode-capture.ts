import { createHash } from 'node:crypto';
import { CaptureError } from './errors';

/** A capture decoded: its lines (1-based numbering by index + 1) and checksum. */
export interface Capture {
  file: string;
  lines: string[];
  sha256: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a capture's bytes (strict UTF-8) into lines and checksums them; reading the file
 * is the caller's. A final newline ends the last line rather than opening an empty one, so
 * `lines.length` is the number of lines a text editor shows.
 */
export function decodeCapture(file: string, bytes: Uint8Array): Capture {
  if (bytes.length === 0) throw new CaptureError(file, undefined, 'the capture is empty');
  const rawLines = splitBytes(bytes);
  const lines = rawLines.map((lineBytes, index) => {
    try {
      return strictUtf8.decode(lineBytes).replace(/\r$/, '');
    } catch {
      throw new CaptureError(file, index + 1, 'the capture is not valid UTF-8 on this line');
    }
  });
  if (lines.every((line) => line.trim() === '')) {
    throw new CaptureError(file, 1, 'the capture holds only blank lines');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, lines, sha256 };
}

function splitBytes(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the raw capture a report was cleaned from, and checks it is the very file the
 * report's frontmatter names (source.file, source.sha256). A missing or altered capture
 * stops the build with a message naming the report and the field.
 */
export async function readVerifiedCapture(reportFile: string, source: { file: string; sha256: string }): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(process.cwd(), source.file));
  } catch {
    throw new Error(`${reportFile}: source.file names ${source.file}, which is missing`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256) {
    throw new Error(`${reportFile}: source.sha256 is ${source.sha256}, but ${source.file} has ${sha256}`);
  }
  return bytes;
}

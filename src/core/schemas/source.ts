import { z } from 'zod';

/**
 * A raw capture, content/sources/NNN_<hash>.txt, as the site knows it: its path (as a
 * report's `source.file` names it), its lines (a final newline ends the last line rather
 * than opening an empty one, as the cleaning pipeline counts them), the SHA-256 of its
 * bytes, and its text. Captures are UTF-8 (the pipeline refuses anything else), so the
 * text encodes back to the very bytes that were hashed.
 */
export const captureSchema = z.strictObject({
  file: z.string().regex(/^content\/sources\/[^/]+\.txt$/),
  lines: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});

export type Capture = z.infer<typeof captureSchema>;

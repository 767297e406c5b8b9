import { parseNote } from '../../../src/core/notes';
import type { EditorialNote } from '../../../src/core/schemas/note';
import { CaptureError } from '../errors';

/** A note and where it sits in the report's record, for the error message. */
export interface PlacedNote {
  field: string;
  note: EditorialNote;
}

/**
 * Every quotation in the report's notes must be what it claims to be: {q:…} words of the
 * published text (title, deck or body), {L<n>:…} words of line n of the capture. A note
 * that misquotes stops the run, naming the field.
 */
export function checkNoteQuotations(notes: readonly PlacedNote[], published: string, captureLines: readonly string[], file: string): void {
  for (const { field, note } of notes) {
    for (const [language, text] of Object.entries(note)) {
      for (const segment of parseNote(text)) {
        if (segment.type === 'quote' && !published.includes(segment.value)) {
          throw new CaptureError(file, undefined, `${field}.${language} quotes ${JSON.stringify(segment.value)}, which is not in the published text`);
        }
        if (segment.type === 'capture' && !(captureLines[segment.line - 1] ?? '').includes(segment.value)) {
          throw new CaptureError(
            file,
            segment.line,
            `${field}.${language} quotes ${JSON.stringify(segment.value)} as this line of the capture, which does not contain it`,
          );
        }
      }
    }
  }
}

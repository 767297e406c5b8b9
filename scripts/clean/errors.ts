/** An error in a capture, located by file and 1-based line so a person can find it. */
export class CaptureError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'CaptureError';
  }
}

/** Several capture errors found together, reported at once (one per line). */
export class CaptureErrors extends Error {
  constructor(readonly errors: readonly CaptureError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'CaptureErrors';
  }
}

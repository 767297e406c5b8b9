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

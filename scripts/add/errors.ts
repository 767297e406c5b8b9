/** Bad input to `npm run add`: the message says what is wrong and what to do; nothing is written. */
export class AddError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddError';
  }
}

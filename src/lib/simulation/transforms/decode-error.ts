/** A decoder refused its input. The message reads like the `xz` CLI's own complaint. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

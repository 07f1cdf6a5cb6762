/** The part of @openpgp/seek-bzip the release check uses (the package ships no types). */
declare module '@openpgp/seek-bzip' {
  export function decode(
    input: Uint8Array,
    output: { writeByte(byte: number): void },
    multistream?: boolean,
  ): void;
}

// Decoding bytes to text without silently corrupting it: invalid UTF-8 is an error unless an encoding is given.
import * as settings from '../settings.js';

export class InputError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function stripBom(bytes: Uint8Array): Uint8Array {
  return UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
}

/** Share of characters that are control characters other than tab, newline, carriage return and form feed. */
export function controlCharRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f) control++;
  }
  return control / text.length;
}

/** Length of a UTF-8 sequence from its lead byte; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that breaks UTF-8, for an error message a user can act on. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes bytes as `encoding` (UTF-8 by default, strictly). Throws InputError with a one-line reason for text that
 * is not text: invalid UTF-8, or too many control characters.
 */
export function decodeText(bytes: Uint8Array, encoding = 'utf-8'): string {
  const body = stripBom(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding.toLowerCase().replace('_', '-') === 'utf-8' }).decode(body);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`unknown encoding "${encoding}"`);
    const offset = firstInvalidUtf8Offset(body);
    throw new InputError(
      `not valid UTF-8 (byte 0x${(body[offset] ?? 0).toString(16).toUpperCase()} at offset ${offset}); pass --encoding with the right charset, e.g. windows-1252`,
    );
  }
  if (controlCharRatio(text) > settings.ingest.maxGarbageRatio) {
    throw new InputError('looks like binary data, not text (too many control characters)');
  }
  return text;
}

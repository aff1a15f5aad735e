// Text that was encoded as UTF-8, read back as Latin-1 and encoded as UTF-8 again before it was served ("doesnât",
// "Investorâs"): the page declares and is UTF-8, but its text is double-encoded. Latin-1 reads UTF-8's
// continuation bytes 0x80-0x9F as C1 control characters, which real text never holds: a page with several of them
// is repaired, each run of characters that spells one valid UTF-8 sequence, and looks double-encoded, becoming the
// character it encodes.
import { html as settings } from '../../settings.js';

/** A UTF-8 lead byte read as Latin-1, then a C1 control (a continuation byte 0x80-0x9F read as Latin-1). */
const C1_MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u009F]/g;
/** A UTF-8 lead byte and its continuation bytes, each read as one Latin-1 character. */
const LATIN1_SEQUENCE = /[\u00C2-\u00F4][\u0080-\u00BF]{1,3}/g;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The markup with double-encoded UTF-8 repaired, when it holds enough C1-control evidence; else unchanged. */
export function repairMojibake(markup: string): string {
  C1_MOJIBAKE.lastIndex = 0;
  let evidence = 0;
  while (C1_MOJIBAKE.exec(markup) !== null) {
    if (++evidence >= settings.minMojibakeSequences) break;
  }
  if (evidence < settings.minMojibakeSequences) return markup;
  return markup.replace(LATIN1_SEQUENCE, (run) => (likelyDoubleEncoded(run) ? decodedSequence(run) ?? run : run));
}

/**
 * Whether a run is double-encoded rather than correct Latin-1 text that happens to spell a valid sequence ("ß" and
 * a no-break space, "à", a no-break space and "«"): its sequence holds a C1 control, or it begins with "Â" or "Ã"
 * (the lead bytes of U+0080-U+00FF, which real text almost never puts before a symbol or a no-break space).
 */
function likelyDoubleEncoded(run: string): boolean {
  const lead = run.charCodeAt(0);
  return lead === 0xc2 || lead === 0xc3 || /[\u0080-\u009F]/u.test(run.slice(1, sequenceLength(run)));
}

/** The character a run of Latin-1 characters encodes as one UTF-8 sequence (of exactly the run's length), or null. */
function decodedSequence(run: string): string | null {
  const length = sequenceLength(run);
  if (run.length < length) return null;
  const bytes = Uint8Array.from(run.slice(0, length), (c) => c.charCodeAt(0));
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
  return text + run.slice(length);
}

/** The length of the UTF-8 sequence a run's lead character begins (2-4 bytes, one Latin-1 character each). */
function sequenceLength(run: string): number {
  const lead = run.charCodeAt(0);
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

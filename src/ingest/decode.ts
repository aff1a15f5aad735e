// Bytes to text: BOM first, then the HTTP header charset, then a <meta charset> / http-equiv sniff of the first
// bytes, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for legacy pages).
import iconv from 'iconv-lite';
import { webInput as decodeSettings } from '../settings.js';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were decoded with, lower case (`utf-8`, `windows-1251`, `shift_jis`...). */
  encoding: string;
}

const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;
/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`; also XML decls. */
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)["']/;

/** Names browsers treat as aliases of another encoding (WHATWG Encoding Standard). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'latin1': 'windows-1252', 'us-ascii': 'windows-1252', 'ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254', 'x-sjis': 'shift_jis', 'sjis': 'shift_jis', 'utf8': 'utf-8', 'unicode': 'utf-16le',
  'gb2312': 'gbk', 'x-gbk': 'gbk', 'ks_c_5601-1987': 'euc-kr',
};

function normalizeEncoding(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  const mapped = ALIASES[lower] ?? lower;
  return iconv.encodingExists(mapped) ? mapped : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** True when the bytes are valid UTF-8 (a strict decode does not throw). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Decodes a document's bytes; `contentType` is the HTTP Content-Type header when there was one. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding };
  const fromHeader = normalizeEncoding(contentType ? CHARSET_PARAM.exec(contentType)?.[1] : null);
  if (fromHeader) return { text: decodeWith(bytes, fromHeader), encoding: fromHeader };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, decodeSettings.sniffBytes));
  const declared = normalizeEncoding(XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1]);
  // A page that declares UTF-16 in ASCII-compatible bytes is lying (browsers do the same override).
  const sniffed = declared && !declared.startsWith('utf-16') ? declared : null;
  // Bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever a stale <meta> says: a legacy-encoded
  // page almost never forms valid multi-byte sequences by accident.
  if (sniffed === 'utf-8' || isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
  if (sniffed) return { text: decodeWith(bytes, sniffed), encoding: sniffed };
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Turning the bytes of an imported file into text without mojibake. Spreadsheets save CSV in the
 * computer's legacy code page (Windows-1252 in Western Europe, Windows-1256 on a Persian Windows)
 * or as UTF-16 ("Unicode text"), and `File.text()` reads everything as UTF-8, turning each of those
 * into replacement characters or a header with NULs between its letters ("no title column").
 *
 * Order: a byte-order mark decides; then valid UTF-8 is UTF-8; NUL bytes in a regular pattern
 * are UTF-16 without a mark; a ZIP header is a workbook, not text; otherwise it is a single-byte
 * code page, named only when the decoded text looks like that code page's script, else refused.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1256';

export type DecodedText =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** True when the file was not UTF-8 (with or without a BOM): the UI says how it was read. */
      converted: boolean;
    }
  | {
      ok: false;
      /** 'binary': a workbook or other non-text file; 'unknown': text in a code page we could not name. */
      code: 'binary' | 'unknown';
    };

/** How each encoding is named to the user (the same in every UI language: these are the names programs show). */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 / Latin-1 (Western European)',
  'windows-1256': 'Windows-1256 (Arabic / Persian)',
};

/** How much of the file the NUL-pattern and script checks look at: enough to judge, bounded. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Windows-1252's characters for bytes 0x80-0x9f (the rest is Latin-1). Written out because Node's
 * TextDecoder('windows-1252') decodes as ISO-8859-1 and would give C1 controls for € ‘ ’ “ ” – —.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  if (encoding === 'windows-1252') {
    return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  // ignoreBOM: false (the default) strips a matching BOM, which is what an importer wants.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** Windows-1252 text of single-byte data (exported for tests and for callers that know the encoding). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return decode(bytes, 'windows-1252');
}

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-heavy text (a CSV's header, commas and addresses) puts a NUL in one half of most pairs,
  // and almost never in the other.
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Which single-byte code page the non-ASCII bytes look like. Arabic-script words are runs of
 * non-ASCII bytes, so when most of them sit next to another one and Windows-1256 turns them into
 * Arabic letters, it is 1256. Western text has accented letters between ASCII ones; when every
 * non-ASCII byte decodes in 1252 to a letter or common punctuation, it is 1252.
 */
function singleByteGuess(bytes: Uint8Array): 'windows-1252' | 'windows-1256' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  let paired = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] < 0x80) continue;
    high++;
    if ((i > 0 && sample[i - 1] >= 0x80) || (i + 1 < sample.length && sample[i + 1] >= 0x80)) paired++;
  }
  if (high === 0) return null;
  const asArabic = decode(sample, 'windows-1256');
  let arabicLetters = 0;
  for (const ch of asArabic) if (/[\u0600-\u06ff]/.test(ch)) arabicLetters++;
  if (paired / high >= 0.6 && arabicLetters / high >= 0.85) return 'windows-1256';
  if (paired / high < 0.6) {
    const asWestern = decode(sample, 'windows-1252');
    let plausible = 0;
    for (const ch of asWestern) {
      if (ch.charCodeAt(0) < 0x80) continue;
      if (/[\p{L}\u00a0-\u00bf\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u00d7\u00f7]/u.test(ch)) plausible++;
    }
    if (plausible / high >= 0.95) return 'windows-1252';
  }
  return null;
}

/** Decodes an imported file's bytes, or says why it cannot be read as text. */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'utf-8', converted: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode(bytes, 'utf-16le'), encoding: 'utf-16le', converted: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode(bytes, 'utf-16be'), encoding: 'utf-16be', converted: true };
  // A ZIP (xlsx, ods, docx) or an old Excel/OLE file: a workbook saved instead of CSV.
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    return { ok: false, code: 'binary' };
  }
  const order = utf16Order(bytes);
  if (order) return { ok: true, text: decode(bytes, order), encoding: order, converted: true };
  if (hasNul(bytes)) return { ok: false, code: 'binary' };
  try {
    return { ok: true, text: decode(bytes, 'utf-8', true), encoding: 'utf-8', converted: false };
  } catch {
    // Not UTF-8: one of the legacy code pages below, or refused.
  }
  const guess = singleByteGuess(bytes);
  if (!guess) return { ok: false, code: 'unknown' };
  return { ok: true, text: decode(bytes, guess), encoding: guess, converted: true };
}

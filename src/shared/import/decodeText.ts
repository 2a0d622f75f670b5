import { parseDelimitedText } from './parseDelimitedText';
import type { Delimiter, TextEncodingName } from './workbookTypes';

/**
 * CSV and TSV files carry no declaration of their encoding or delimiter, and the ones analysts get
 * vary: Excel on a Russian Windows saves "CSV" as Windows-1251 with semicolons (the comma is the
 * decimal separator there), "Unicode text" as UTF-16 with tabs, Google Sheets and LibreOffice
 * save UTF-8 with commas. These functions work out which, from the bytes and text alone.
 */

const utf8ByteOrderMark = [0xef, 0xbb, 0xbf];
const utf16LittleEndianMark = [0xff, 0xfe];
const utf16BigEndianMark = [0xfe, 0xff];

export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  const declared = encodingFromByteOrderMark(bytes) ?? guessUtf16WithoutByteOrderMark(bytes);
  if (declared) return declared;
  return decodeStrictUtf8(bytes) === null ? 'windows-1251' : 'utf-8';
}

/**
 * Bytes to text. Text that is not valid UTF-8 is read as Windows-1251, the legacy Cyrillic code
 * page of Excel and 1C in Uzbekistan and Russia; a Western (Windows-1252) file would come out as
 * Cyrillic look-alikes, which the preview makes visible.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const declared = encodingFromByteOrderMark(bytes) ?? guessUtf16WithoutByteOrderMark(bytes);
  // TextDecoder drops a byte-order mark that matches its encoding, so the first header is clean.
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
}

/**
 * The text of a file that starts with markup ("<", after white space: HTML, XML, a flat .fods), or
 * null for any other file. SheetJS is handed this text rather than the bytes: its own UTF-8 decoder
 * reads invalid byte runs as "<" or quotes, so what it would see in the bytes cannot be foreseen,
 * and a Windows-1251 HTML table read as UTF-8 would lose its Cyrillic.
 */
export function markupText(bytes: Uint8Array): string | null {
  const { text } = decodeText(bytes);
  return /^[\n\r ]*</.test(text) ? text : null;
}

/**
 * True when decoded "text" is really binary data (an image, a damaged workbook, random bytes):
 * control characters other than tab and line breaks are rare in real text and common in binary.
 */
export function looksLikeBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[^\P{Cc}\t\n\r\f]|\uFFFD/gu)?.length ?? 0;
  return controls > sample.length * 0.01;
}

const delimiterCandidates: readonly Delimiter[] = ['\t', ';', ',', '|'];

/**
 * The delimiter whose count per line (outside quotes) is the most consistent across the first
 * lines. When two are equally consistent, as with "Сумма, млн;Доля, %" over "1,5;2,5", the one
 * seldom followed by a space wins (people type ", " in prose, programs write bare delimiters),
 * then the order tab, semicolon, comma, pipe: commas also serve as decimal separators.
 */
export function detectDelimiter(text: string): Delimiter {
  const directive = readSeparatorDirective(text);
  if (directive) return directive.delimiter;
  const sampleLength = 65_536;
  const sample = text.slice(0, sampleLength);
  let best: { delimiter: Delimiter; consistency: number; spacedShare: number } | null = null;
  for (const delimiter of delimiterCandidates) {
    const rows = parseDelimitedText(sample, delimiter, { maxRows: 40 }).rows;
    // The last line of a cut sample may be incomplete.
    if (text.length > sampleLength && rows.length > 1) rows.pop();
    const lines = rows.filter((row) => row.length > 1 || row[0].trim() !== '');
    const counts = lines.map((row) => row.length - 1);
    const usualCount = mostFrequentPositive(counts);
    if (usualCount === 0) continue;
    const consistency = counts.filter((count) => count === usualCount).length / lines.length;
    const laterFields = lines.flatMap((row) => row.slice(1));
    const spacedShare = laterFields.filter((field) => field.startsWith(' ')).length / laterFields.length;
    if (
      !best ||
      consistency > best.consistency + 1e-9 ||
      (Math.abs(consistency - best.consistency) <= 1e-9 && spacedShare < best.spacedShare - 1e-9)
    ) {
      best = { delimiter, consistency, spacedShare };
    }
  }
  return best?.delimiter ?? ',';
}

/** Excel honours a first line "sep=;" and so do we; it is not part of the table. */
export function readSeparatorDirective(text: string): { delimiter: Delimiter; tableStart: number } | null {
  const match = /^sep=([,;\t|])\r?\n/i.exec(text);
  if (!match) return null;
  return { delimiter: match[1] as Delimiter, tableStart: match[0].length };
}

function mostFrequentPositive(counts: number[]): number {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = 0;
  let bestFrequency = 0;
  for (const [count, times] of frequency) {
    if (times > bestFrequency || (times === bestFrequency && count > best)) {
      best = count;
      bestFrequency = times;
    }
  }
  return best;
}

function encodingFromByteOrderMark(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, utf8ByteOrderMark)) return 'utf-8';
  if (startsWith(bytes, utf16LittleEndianMark)) return 'utf-16le';
  if (startsWith(bytes, utf16BigEndianMark)) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark shows itself by zero bytes: ASCII characters (digits,
 * delimiters, line breaks) have a zero high byte, at odd offsets in little-endian and even ones in
 * big-endian. Texts in UTF-8 or a code page have no zero bytes at all.
 */
function guessUtf16WithoutByteOrderMark(bytes: Uint8Array): TextEncodingName | null {
  const sampleLength = Math.min(bytes.length, 4096) & ~1;
  if (sampleLength < 4) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) zerosAtEven++;
    if (bytes[index + 1] === 0) zerosAtOdd++;
  }
  const pairs = sampleLength / 2;
  if (zerosAtOdd >= pairs * 0.05 && zerosAtOdd >= zerosAtEven * 4) return 'utf-16le';
  if (zerosAtEven >= pairs * 0.05 && zerosAtEven >= zerosAtOdd * 4) return 'utf-16be';
  return null;
}

/** The text if the bytes are valid UTF-8, else null. A character cut off at the very end is forgiven. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

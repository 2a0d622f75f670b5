import { measureZipInflation, type ZipPart } from './zipInflatedSize';

/** Takes a part's unpacked bytes as they come, for reading its XML before SheetJS does. */
export interface ZipPartSink {
  write(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Unpacks every deflated part of a ZIP with the platform's own decompressor (DecompressionStream,
 * in browsers, workers and Node), counting bytes and keeping none, to find a part that is cut short,
 * damaged, or unpacks to more than it declares. SheetJS's inflater loops forever on a stream
 * that ends before its final block (xlsx.mjs, inflate: past the end every bit reads as 0, an
 * endless run of empty blocks), so no damaged stream may reach it. Returns what is wrong, or null.
 */
export async function findDamagedZipPart(bytes: Uint8Array, maxInflatedBytes: number): Promise<string | null> {
  const inflation = measureZipInflation(bytes, maxInflatedBytes);
  // Too large is readWithSheetJS's to report, from the same measurement, without unpacking anything.
  if (!inflation.ok) return inflation.problem === 'unreadable' ? inflation.detail : null;
  return streamZipParts(
    bytes,
    inflation.parts,
    () => null,
    () => false,
  );
}

/**
 * Unpacks each part as findDamagedZipPart does and hands its bytes, as they come, to the sink
 * `sinkFor` gives it, if any: the unpacked parts are never held whole. Every part is unpacked even
 * after one is found damaged, since a later part may explain why (an encrypted OpenDocument file
 * says so only in its manifest); `stop` ends the reading early once the sinks have seen enough.
 * Returns the first damaged part, or null.
 */
export async function streamZipParts(
  bytes: Uint8Array,
  parts: readonly ZipPart[],
  sinkFor: (part: ZipPart) => ZipPartSink | null,
  stop: () => boolean,
): Promise<string | null> {
  let firstDamage: string | null = null;
  for (const part of parts) {
    if (stop()) break;
    const packed = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
    const sink = sinkFor(part);
    if (!part.deflated) {
      sink?.write(packed);
      sink?.end();
      continue;
    }
    const problem = await inflate(packed, part.inflatedSize, sink, stop);
    if (problem) firstDamage ??= `ZIP part ${part.name} ${problem}`;
    else sink?.end();
  }
  return firstDamage;
}

async function inflate(
  packed: Uint8Array,
  declaredSize: number,
  sink: ZipPartSink | null,
  stop: () => boolean,
): Promise<string | null> {
  const reader = new Blob([packed as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  let inflated = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return null;
      inflated += value.byteLength;
      if (inflated > declaredSize) {
        await reader.cancel();
        return `unpacks to more than the ${declaredSize} bytes it declares`;
      }
      sink?.write(value);
      if (stop()) {
        await reader.cancel();
        return null;
      }
    }
  } catch (error) {
    return `is damaged (${error instanceof Error ? error.message : String(error)})`;
  }
}

import { measureZipInflation } from './zipInflatedSize';

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
  for (const part of inflation.parts) {
    if (!part.deflated) continue;
    const packed = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
    const problem = await inflatedSizeProblem(packed, part.inflatedSize);
    if (problem) return `ZIP part ${part.name} ${problem}`;
  }
  return null;
}

async function inflatedSizeProblem(packed: Uint8Array, declaredSize: number): Promise<string | null> {
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
    }
  } catch (error) {
    return `is damaged (${error instanceof Error ? error.message : String(error)})`;
  }
}

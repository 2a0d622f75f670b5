import type { ZipPartSink } from './zipStreams';

// TextDecoder is a type in the DOM's declarations but only a value in Node's.
type Decoder = InstanceType<typeof TextDecoder>;

/**
 * A ZIP part's bytes as the text SheetJS makes of them (cc2str in xlsx.mjs): with a UTF-16
 * byte-order mark, UTF-16; otherwise one character per byte for an .xlsx part, whose markup
 * SheetJS splits without decoding, or UTF-8 for OpenDocument XML, which it decodes. SheetJS's own
 * UTF-8 decoder turns some invalid byte runs into "<" or a quote, so OpenDocument text that is not
 * valid UTF-8 is a problem here rather than a guess about what SheetJS would see.
 */
export class PartTextSink implements ZipPartSink {
  problem: string | null = null;
  private decoder: Decoder | null = null;
  private firstByte: Uint8Array | null = null;

  constructor(
    private readonly encoding: 'bytes' | 'utf-8',
    private readonly onText: (text: string) => void,
  ) {}

  write(bytes: Uint8Array): void {
    if (this.problem) return;
    const chunk = this.firstByte ? joinBytes(this.firstByte, bytes) : bytes;
    this.firstByte = null;
    if (!this.decoder) {
      // A byte-order mark is two bytes, and a part may arrive one byte at a time.
      if (chunk.length < 2) {
        this.firstByte = chunk.slice();
        return;
      }
      this.decoder = this.decoderFor(chunk);
    }
    this.decode(chunk, true);
  }

  end(): void {
    if (this.problem) return;
    if (!this.decoder) {
      if (!this.firstByte) return;
      this.decoder = this.decoderFor(this.firstByte);
      this.decode(this.firstByte, true);
    }
    this.decode(new Uint8Array(0), false);
  }

  private decoderFor(start: Uint8Array): Decoder {
    if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le');
    if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be');
    return this.encoding === 'bytes' ? new TextDecoder('latin1') : new TextDecoder('utf-8', { fatal: true });
  }

  private decode(bytes: Uint8Array, stream: boolean): void {
    try {
      const text = this.decoder!.decode(bytes, { stream });
      if (text) this.onText(text);
    } catch {
      this.problem = 'its text is not valid UTF-8';
    }
  }
}

function joinBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

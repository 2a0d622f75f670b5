import { describe, expect, it } from 'vitest';
import { looksLikeSnapshot, unwrapSnapshot, wrapSnapshot } from './backupSnapshot';

const workbook = new Uint8Array(Array.from({ length: 5000 }, (_, index) => (index * 31 + 7) % 256));

async function refusal(bytes: Uint8Array): Promise<string> {
  const result = await unwrapSnapshot(bytes, 'silk-ledger-2026-11-25.silkbackup');
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('backup snapshots', () => {
  it('give back exactly the workbook they wrap, behind a readable checksum header', async () => {
    const snapshot = await wrapSnapshot(workbook);
    expect(new TextDecoder().decode(snapshot.subarray(0, 120))).toMatch(
      /^SILK-LEDGER-SNAPSHOT 1 sha256=[0-9a-f]{64} length=5000\n/,
    );
    expect(looksLikeSnapshot(snapshot)).toBe(true);
    expect(looksLikeSnapshot(workbook)).toBe(false);
    const result = await unwrapSnapshot(snapshot, 'a.silkbackup');
    expect(result.ok && [...result.workbook]).toEqual([...workbook]);
  });

  it('refuses a truncated snapshot, saying how much is missing', async () => {
    const snapshot = await wrapSnapshot(workbook);
    expect(await refusal(snapshot.subarray(0, snapshot.byteLength - 1000))).toBe(
      'silk-ledger-2026-11-25.silkbackup cannot be restored: it is truncated (4000 of 5000 bytes are there); the file was cut short.',
    );
    expect(await refusal(snapshot.subarray(0, 30))).toContain('the checksum header) is damaged');
  });

  it('refuses a snapshot with a single changed byte by its checksum', async () => {
    const snapshot = await wrapSnapshot(workbook);
    snapshot[snapshot.byteLength - 2500] ^= 0x01;
    expect(await refusal(snapshot)).toContain('its checksum does not match its contents, so the file is corrupt');
  });

  it('refuses bytes appended to a snapshot, other format versions and files that are no snapshot', async () => {
    const snapshot = await wrapSnapshot(workbook);
    expect(await refusal(new Uint8Array([...snapshot, 1, 2]))).toContain('2 bytes longer than it should be');
    const newer = new TextEncoder().encode(`SILK-LEDGER-SNAPSHOT 2 sha256=${'0'.repeat(64)} length=0\n`);
    expect(await refusal(newer)).toContain('it is snapshot format 2');
    expect(await refusal(workbook)).toContain('it is not a Silk Ledger backup snapshot');
  });
});

import { describe, expect, it } from 'vitest';
import { wrappedLineCount } from './printRowHeights';

describe('wrappedLineCount', () => {
  it('keeps text that fits on one line', () => {
    expect(wrappedLineCount('Huawei', 12)).toBe(1);
    expect(wrappedLineCount('', 12)).toBe(1);
  });

  it('wraps words onto the next line and counts each line break', () => {
    // 20 words of four letters and a space need more than one 24-wide line, and fewer than 20.
    const lines = wrappedLineCount('word '.repeat(20).trim(), 24);
    expect(lines).toBeGreaterThanOrEqual(4);
    expect(lines).toBeLessThanOrEqual(5);
    expect(wrappedLineCount('Source one;\nSource two;\nSource three', 24)).toBe(3);
  });

  it('breaks a word longer than the column, and counts Chinese characters two wide', () => {
    expect(wrappedLineCount('x'.repeat(100), 12)).toBe(Math.ceil((100 * 0.85) / 10.5));
    expect(wrappedLineCount('华为技术有限公司', 12)).toBe(2);
    expect(wrappedLineCount('HUAWEI', 12)).toBe(1);
  });
});

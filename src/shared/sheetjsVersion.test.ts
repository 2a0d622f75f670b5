import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

describe('SheetJS', () => {
  // 0.19.3 fixed prototype pollution (CVE-2023-30533); 0.20.2 fixed a ReDoS (CVE-2024-22363).
  it('is a release with the known vulnerabilities fixed', () => {
    expect(atLeast(XLSX.version, '0.20.2')).toBe(true);
  });
});

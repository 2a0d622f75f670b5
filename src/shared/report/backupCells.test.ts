import { describe, expect, it } from 'vitest';
import { decodeBackupCell, encodeBackupCell, splitForCells } from './backupCells';
import { cellTextLimit } from './tableCells';

const text = { field: 'note', kind: 'text', nullable: false } as const;

describe('backup cells', () => {
  it('leaves ordinary text readable and quotes only text a spreadsheet would change', () => {
    expect(encodeBackupCell(text, 'Узбектелеком–华为 📡')).toBe('Узбектелеком–华为 📡');
    expect(encodeBackupCell(text, '"quoted"')).toBe('"\\"quoted\\""');
    expect(encodeBackupCell(text, '_x0041_')).toBe('"\\u005fx0041_"');
    expect(encodeBackupCell(text, 'a\r\nb')).toBe('"a\\r\\nb"');
    for (const value of ['"quoted"', '_x0041_', 'a\r\nb', '\uFFFF', '\uDC00']) {
      expect(decodeBackupCell(text, encodeBackupCell(text, value))).toEqual({ ok: true, value });
    }
  });

  it('splits long text into cell-sized pieces, never inside a surrogate pair', () => {
    const long = `${'a'.repeat(cellTextLimit - 1)}😀${'b'.repeat(cellTextLimit)}`;
    const pieces = splitForCells(long);
    expect(pieces.map((piece) => piece.length)).toEqual([cellTextLimit - 1, cellTextLimit, 2]);
    expect(pieces.join('')).toBe(long);
    expect(splitForCells('')).toEqual(['']);
  });
});

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

  it('quotes control characters, which a LibreOffice re-save turns into the text "_x0001_"', () => {
    expect(encodeBackupCell(text, 'a\u0001b')).toBe('"a\\u0001b"');
    expect(decodeBackupCell(text, encodeBackupCell(text, 'a\u0001b\u001f'))).toEqual({ ok: true, value: 'a\u0001b\u001f' });
    expect(encodeBackupCell(text, 'tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('writes numbers as their digits, which no spreadsheet rounds, and reads number cells of older backups', () => {
    const number = { field: 'value', kind: 'number', nullable: false } as const;
    for (const value of [321728.34943048656, -0, 1e21, 5e-324, 0.1 + 0.2]) {
      expect(typeof encodeBackupCell(number, value)).toBe('string');
      expect(decodeBackupCell(number, encodeBackupCell(number, value))).toEqual({ ok: true, value });
    }
    expect(decodeBackupCell(number, 42)).toEqual({ ok: true, value: 42 });
  });

  it('writes yes/no as 1 and 0 under a TRUE/FALSE format, and reads them, booleans and re-saved formulas alike', () => {
    const flag = { field: 'pinned', kind: 'boolean', nullable: false } as const;
    expect(encodeBackupCell(flag, true)).toBe(1);
    expect(encodeBackupCell(flag, false)).toBe(0);
    for (const [cell, value] of [
      [1, true],
      [0, false],
      [true, true],
      [false, false],
    ] as const)
      expect(decodeBackupCell(flag, cell)).toEqual({ ok: true, value });
  });

  it('splits long text into cell-sized pieces, never inside a surrogate pair', () => {
    const long = `${'a'.repeat(cellTextLimit - 1)}😀${'b'.repeat(cellTextLimit)}`;
    const pieces = splitForCells(long);
    expect(pieces.map((piece) => piece.length)).toEqual([cellTextLimit - 1, cellTextLimit, 2]);
    expect(pieces.join('')).toBe(long);
    expect(splitForCells('')).toEqual(['']);
  });
});

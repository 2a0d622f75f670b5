import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { columnLetter, describeColumn } from './columnLabel';

describe('columnLetter', () => {
  it('letters columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('agrees with SheetJS over every column a worksheet can have', () => {
    for (let column = 0; column < 16_384; column++) expect(columnLetter(column)).toBe(XLSX.utils.encode_col(column));
  });
});

describe('describeColumn', () => {
  it('names the column by its letter and header, or by its letter alone', () => {
    expect(describeColumn(3, ['Title', 'Kind', 'Status', ' Signed '])).toBe('column D (Signed)');
    expect(describeColumn(27, [])).toBe('column AB');
  });
});

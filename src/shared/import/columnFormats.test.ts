import { describe, expect, it } from 'vitest';
import { detectColumnFormats, readHeaderAmountUnits } from './columnFormats';
import type { SheetRecord } from './detectHeader';
import type { CellValue } from './workbookTypes';

/** One column of cells as sheet rows starting at row 2, under a header in row 1. */
function column(...cells: CellValue[]): SheetRecord[] {
  return cells.map((cell, index) => ({ rowNumber: index + 2, cells: [cell] }));
}

function formatOf(cells: CellValue[], field: string, header = 'Column') {
  return detectColumnFormats(column(...cells), [{ column: 0, field }], { kind: 'deals', headers: [header] });
}

describe('detectColumnFormats: date order', () => {
  it('is day first when a first part exceeds 12', () => {
    const [format] = formatOf(['03/04/2024', '25/03/2024', null], 'date', 'Signed');
    expect(format).toMatchObject({ format: 'date-order', finding: 'day-first', dayFirst: true, needsChoice: false });
    expect(format.message).toBe('In column A (Signed), dates are written day first (25/03/2024 in row 3).');
  });

  it('is month first when a second part exceeds 12', () => {
    expect(formatOf(['03/25/2024', '04/05/2024'], 'date')[0]).toMatchObject({ finding: 'month-first', dayFirst: false });
  });

  it('reports a conflict when the column shows both orders', () => {
    const [format] = formatOf(['25/03/2024', '03/25/2024'], 'date');
    expect(format).toMatchObject({ finding: 'conflict', needsChoice: true });
    expect(format.format === 'date-order' && format.examples.map((example) => example.rowNumber)).toEqual([2, 3]);
  });

  it('asks the analyst when every date could be read both ways', () => {
    const [format] = formatOf(['03/04/2024', '11/08/1999'], 'date');
    expect(format).toMatchObject({ finding: 'ambiguous', needsChoice: true });
    expect(format.message).toContain('03/04/2024 in row 2 could be day first or month first');
  });

  it('says nothing about columns whose dates leave no doubt', () => {
    expect(formatOf([new Date(Date.UTC(2024, 0, 1)), '2024-03-15', '08.11.1999', 'Q2 2025'], 'date')).toEqual([]);
  });
});

describe('detectColumnFormats: decimal separator', () => {
  it('finds a decimal comma from "1.234,5", "-35,01" or digits grouped by spaces', () => {
    for (const text of ['1.234,5', '-35,01', '1 234,500', '1.234.567']) {
      expect(formatOf([text], 'amount')[0]).toMatchObject({ finding: 'comma', decimalSeparator: ',' });
    }
  });

  it('finds a decimal point from "1,234.5" or "USD 1.2 bn"', () => {
    expect(formatOf(['1,234.5', 'USD 1.2 bn'], 'amount')[0]).toMatchObject({ finding: 'point', decimalSeparator: '.' });
  });

  it('reports "1,234" alone as ambiguous and both conventions as a conflict', () => {
    expect(formatOf(['1,234', '700'], 'amount')[0]).toMatchObject({ finding: 'ambiguous', needsChoice: true });
    expect(formatOf(['1,5', '2.5'], 'amount')[0]).toMatchObject({ finding: 'conflict', needsChoice: true });
  });

  it('ignores numeric cells and columns of other types', () => {
    expect(formatOf([1234.5, 7], 'amount')).toEqual([]);
    expect(formatOf(['1,5'], 'title')).toEqual([]);
  });
});

describe('readHeaderAmountUnits', () => {
  it('reads the currency and scale a money header states', () => {
    expect(readHeaderAmountUnits('Amount, USD')).toEqual({ currency: 'USD', scale: 1 });
    expect(readHeaderAmountUnits('Amount (USD million)')).toEqual({ currency: 'USD', scale: 1e6 });
    expect(readHeaderAmountUnits('Сумма (млн долл. США)')).toEqual({ currency: 'USD', scale: 1e6 });
    expect(readHeaderAmountUnits('金额（万元）')).toEqual({ currency: 'CNY', scale: 1e4 });
    expect(readHeaderAmountUnits('Amount USD')).toEqual({ currency: 'USD', scale: 1 });
  });

  it('does not take a header that is only a word for a currency', () => {
    expect(readHeaderAmountUnits('Sum')).toEqual({ currency: null, scale: 1 });
    expect(readHeaderAmountUnits('Total investment')).toEqual({ currency: null, scale: 1 });
  });

  it('is reported for money columns', () => {
    const [format] = formatOf([700], 'amount', 'Amount (USD million)');
    expect(format).toMatchObject({ format: 'amount-units', currency: 'USD', scale: 1e6 });
    expect(format.message).toBe(
      'In column A (Amount (USD million)), numbers without a currency or scale of their own are read as USD × 1,000,000.',
    );
  });
});

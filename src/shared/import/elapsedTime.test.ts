import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elapsedTimeText, isElapsedTimeFormat } from './elapsedTime';
import { readWorkbook } from './readWorkbook';

/**
 * Timesheets with elapsed times ("[h]:mm:ss", "[mm]:ss", "[h]:mm") beside a time of day ("h:mm")
 * and a date-time, in the 1900 and the 1904 date systems. Written by openpyxl, then converted by
 * LibreOffice to .ods and back to .xlsx; see fixtures/makeHeaderFixtures.py.
 */
function readRows(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  const read = readWorkbook(bytes, name);
  if (!read.ok) throw new Error(read.error.message);
  return read.workbook.sheets[0].rows;
}

function millisecondsFrom(value: unknown, expected: number): number {
  if (!(value instanceof Date)) throw new Error(`expected a date, got ${String(value)}`);
  return Math.abs(value.getTime() - expected);
}

describe.each([
  // LibreOffice's own format has two-digit hours ("[HH]:MM:SS"); in .xlsx it writes Excel's "[h]:mm:ss".
  { fileName: 'elapsed-time-1900.xlsx', hours: '0' },
  { fileName: 'elapsed-time-1904.xlsx', hours: '0' },
  { fileName: 'elapsed-time-1900.ods', hours: '00' },
  { fileName: 'elapsed-time-1904.ods', hours: '00' },
  { fileName: 'elapsed-time-1904-libreoffice.xlsx', hours: '0' },
])('elapsed times in $fileName', ({ fileName, hours }) => {
  it('reads elapsed times as the durations the file shows, never as dates', () => {
    const [, survey, audit] = readRows(fileName);
    expect(survey.slice(1, 4)).toEqual(['36:15:00', '125:30', `${hours.slice(1)}2:05`]);
    expect(audit.slice(1, 4)).toEqual([`${hours}:45:10`, '00:59', '100:00']);
  });

  it('keeps date-times as dates', () => {
    const [, survey, audit] = readRows(fileName);
    // LibreOffice stores 15 significant digits, a millisecond short of 14:45.
    expect(millisecondsFrom(survey[5], Date.UTC(2024, 2, 15, 14, 45))).toBeLessThanOrEqual(1);
    expect(millisecondsFrom(audit[5], Date.UTC(2023, 11, 31, 8, 0))).toBeLessThanOrEqual(1);
  });

  it('leaves a time of day as it was read before', () => {
    const [, survey] = readRows(fileName);
    expect(survey[4]).toBeInstanceOf(Date);
    expect((survey[4] as Date).toISOString().slice(11, 16)).toBe('09:30');
  });
});

describe('isElapsedTimeFormat', () => {
  it('recognises bracketed hours, minutes and seconds in Excel and LibreOffice spellings', () => {
    for (const format of ['[h]:mm:ss', '[mm]:ss', '[h]:mm', '[ss]', '[HH]":"MM":"SS', '[hh]\\:mm']) {
      expect(isElapsedTimeFormat(format)).toBe(true);
    }
  });

  it('does not take times of day, dates, colours, locales or quoted text for elapsed times', () => {
    for (const format of ['h:mm', 'hh:mm:ss', 'yyyy-mm-dd hh:mm', '[Red]0.00', '[$-409]h:mm AM/PM', '"[h]" 0', 'General']) {
      expect(isElapsedTimeFormat(format)).toBe(false);
    }
  });
});

describe('elapsedTimeText', () => {
  it('writes a negative duration with a minus sign, as LibreOffice shows it, not as a date', () => {
    // SheetJS reads serial -0.5 under "[h]:mm:ss" as 30 December 1899, 12:00.
    expect(elapsedTimeText(new Date(Date.UTC(1899, 11, 30, 12)), '[h]:mm:ss', false)).toBe('-12:00:00');
  });

  it('counts a 1904 workbook’s durations from 1 January 1904', () => {
    expect(elapsedTimeText(new Date(Date.UTC(1904, 0, 2, 12, 15)), '[h]:mm:ss', true)).toBe('36:15:00');
  });

  it('reads a duration near Excel’s phantom 29 February 1900, which SheetJS leaves a number, as hours', () => {
    expect(elapsedTimeText(60.5, '[h]:mm', false)).toBe('1452:00');
  });
});

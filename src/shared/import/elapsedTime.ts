import * as XLSX from 'xlsx';

const dayInMilliseconds = 86_400_000;
// SheetJS turns serial numbers into dates from 30 December 1899, adding a day below serial 60 for
// Excel's phantom 29 February 1900, and from 1 January 1904 (serial 1462 later) in 1904 workbooks.
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);
const firstSerialAfterPhantomDay = 61;

/**
 * Elapsed-time formats put the hours, minutes or seconds in brackets ("[h]:mm:ss", "[mm]:ss",
 * LibreOffice's `[HH]":"MM`) so they count past 24 h or 60 min instead of rolling into a date.
 * Quoted literals are dropped first so a bracket inside quotes is not mistaken for one.
 */
export function isElapsedTimeFormat(format: XLSX.NumberFormat | undefined): format is string {
  // With `cellNF` SheetJS gives the format's text, built-in ones included (46 is "[h]:mm:ss").
  if (typeof format !== 'string') return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /\[(?:h+|m+|s+)\]/i.test(unquoted);
}

/**
 * An elapsed-time cell as the text Excel shows ("36:15:00"). SheetJS reads such a cell as a date
 * (1 January 1900 12:15 for 36 h 15 min), so the duration is taken back out of that date: from the
 * 1904 epoch when a 1904 workbook's date lies after it, else from the 1900 epoch. LibreOffice's
 * OpenDocument durations always count from 1900, whatever the workbook's epoch, and lie before 1904.
 */
export function elapsedTimeText(value: Date | number, format: string, date1904: boolean): string | null {
  const days = typeof value === 'number' ? value : durationInDays(value, date1904);
  if (days === null || !Number.isFinite(days)) return null;
  // Excel shows a negative duration as ####; LibreOffice as "-12:00:00", which keeps the value.
  const sign = days < 0 ? '-' : '';
  try {
    return sign + XLSX.SSF.format(format, Math.abs(days));
  } catch {
    // A format SheetJS cannot apply (a hand-edited file) still has a duration worth keeping.
    return sign + XLSX.SSF.format('[h]:mm:ss', Math.abs(days));
  }
}

function durationInDays(date: Date, date1904: boolean): number | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  if (date1904 && time >= epoch1904) return (time - epoch1904) / dayInMilliseconds;
  const days = (time - epoch1900) / dayInMilliseconds;
  return days < firstSerialAfterPhantomDay ? days - 1 : days;
}

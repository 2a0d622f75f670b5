export interface DelimitedTextParse {
  /** Fields exactly as written (quotes removed, nothing trimmed or converted). */
  rows: string[][];
  cellCount: number;
  /** 1-based line where a quoted field opened and never closed; the rest of the file went into it. */
  unclosedQuoteLine: number | null;
  /** Parsing stopped early because `maxCells` or `maxRows` was reached. */
  stoppedEarly: boolean;
}

export interface DelimitedTextLimits {
  maxCells?: number;
  maxRows?: number;
}

const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * RFC 4180 with Excel's leniency: a field is quoted only if it starts with a quote, "" inside
 * quotes is one quote, quoted fields may hold delimiters and line breaks, and text after a closing
 * quote is kept rather than rejected. Lines may end in \n, \r\n or \r.
 */
export function parseDelimitedText(text: string, delimiter: string, limits: DelimitedTextLimits = {}): DelimitedTextParse {
  const maxCells = limits.maxCells ?? Number.POSITIVE_INFINITY;
  const maxRows = limits.maxRows ?? Number.POSITIVE_INFINITY;
  const delimiterCode = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let cellCount = 0;
  let position = 0;
  let unclosedQuoteLine: number | null = null;

  const endField = (value: string) => {
    row.push(value);
    cellCount++;
  };
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  const limitReached = () => cellCount >= maxCells || rows.length >= maxRows;

  while (position < text.length && !limitReached()) {
    let value = '';
    if (text.charCodeAt(position) === QUOTE) {
      const quoted = readQuotedField(text, position);
      if (quoted.closedAt === null) {
        unclosedQuoteLine = lineNumberAt(text, position);
        endField(quoted.value);
        position = text.length;
        break;
      }
      value = quoted.value;
      position = quoted.closedAt + 1;
    }
    // Unquoted text, or stray text after a closing quote, runs to the next delimiter or line end.
    let end = position;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === delimiterCode || code === LINE_FEED || code === CARRIAGE_RETURN) break;
      end++;
    }
    endField(value + text.slice(position, end));
    position = end;
    if (position >= text.length) break;
    const terminator = text.charCodeAt(position);
    position++;
    if (terminator === delimiterCode) {
      // A delimiter at the very end of the text still opens one last, empty field.
      if (position >= text.length) endField('');
      continue;
    }
    if (terminator === CARRIAGE_RETURN && text.charCodeAt(position) === LINE_FEED) position++;
    endRow();
  }
  if (row.length > 0) endRow();
  return { rows, cellCount, unclosedQuoteLine, stoppedEarly: position < text.length };
}

function readQuotedField(text: string, openingQuote: number): { value: string; closedAt: number | null } {
  const parts: string[] = [];
  let start = openingQuote + 1;
  for (;;) {
    const quote = text.indexOf('"', start);
    if (quote === -1) return { value: parts.join('') + text.slice(start), closedAt: null };
    parts.push(text.slice(start, quote));
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value: parts.join(''), closedAt: quote };
    parts.push('"');
    start = quote + 2;
  }
}

function lineNumberAt(text: string, position: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

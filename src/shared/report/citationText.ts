/** A citation as a report writes it: the source's title, the words quoted, and where in the source. */
export interface CitationText {
  sourceTitle: string;
  excerpt: string;
  location: string;
}

const titleEnd = ' — “';
const maxCitationLines = 200;
const maxLinesPerCitation = 20;

/**
 * One line per citation, `Source title — “excerpt” (location)`, so a reader sees the words each fact
 * rests on and the import can read every part back. Lines end in a semicolon, since a spreadsheet
 * shows a cell's lines run together unless the analyst wraps its text.
 */
export function formatCitations(citations: readonly CitationText[]): string {
  return citations
    .map(({ sourceTitle, excerpt, location }) => {
      const quoted = `${sourceTitle}${titleEnd}${excerpt}”`;
      return location.trim() === '' ? quoted : `${quoted} (${location})`;
    })
    .join(';\n');
}

/**
 * Reads cells written by formatCitations. Citations are split where a line ends in the semicolon
 * formatCitations writes (or, in a cell typed by hand without them, at line breaks), and only where
 * every part then reads as a citation: an excerpt may span lines, and a location may quote a title.
 * The earliest such splits are taken; a cell of more than 200 lines, or a citation of more than 20, is
 * not read as citations. Null when the text is not in that form, such as a URL or a
 * note about the source, which the import keeps as an excerpt of its own.
 */
export function parseCitations(text: string): CitationText[] | null {
  if (!text.includes(titleEnd)) return null;
  const separator = /;\r?\n/.test(text) ? /(;\r?\n)/ : /(\r\n|\r|\n)/;
  // Lines at even places, the separators between them at odd ones.
  const pieces = text.split(separator);
  const lineCount = (pieces.length + 1) / 2;
  // Reading tries the ways of grouping lines into citations: bounded, so a hostile cell costs little.
  if (lineCount > maxCitationLines) return null;
  // From each line on, how the rest of the cell reads as citations (null: it does not).
  const readFrom: (CitationText[] | null)[] = new Array(lineCount + 1).fill(null);
  readFrom[lineCount] = [];
  for (let first = lineCount - 1; first >= 0; first--) {
    // Only a line naming a source starts a citation; a blank one joins whatever follows.
    if (pieces[2 * first].trim() !== '' && !pieces[2 * first].includes(titleEnd)) continue;
    let block = '';
    const end = Math.min(lineCount, first + maxLinesPerCitation);
    for (let last = first; last < end && readFrom[first] === null; last++) {
      block += (last > first ? pieces[2 * last - 1] : '') + pieces[2 * last];
      const rest = readFrom[last + 1];
      if (rest === null) continue;
      if (block.trim() === '') readFrom[first] = rest;
      else {
        const citation = parseCitation(withoutEnd(block));
        if (citation) readFrom[first] = [citation, ...rest];
      }
    }
  }
  const citations = readFrom[0];
  return citations && citations.length > 0 ? citations : null;
}

/** A block without its surrounding space and the semicolon that ends a citation's line. */
function withoutEnd(block: string): string {
  return block.trim().replace(/([”)]);$/, '$1');
}

/**
 * The excerpt ends at a closing quote followed by nothing or by the bracketed location; both may hold
 * quotes and brackets, so the last such quote whose location has balanced brackets is taken.
 */
function parseCitation(block: string): CitationText | null {
  const start = block.indexOf(titleEnd);
  if (start <= 0) return null;
  const quoted = block.slice(start + titleEnd.length);
  for (let end = quoted.lastIndexOf('”'); end > 0; end = quoted.lastIndexOf('”', end - 1)) {
    const after = quoted.slice(end + 1);
    const location = /^ \(([\s\S]*)\)$/.exec(after);
    if (after !== '' && !(location && bracketsBalance(location[1]))) continue;
    return { sourceTitle: block.slice(0, start).trim(), excerpt: quoted.slice(0, end), location: location ? location[1] : '' };
  }
  return null;
}

function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '(') depth++;
    if (character === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

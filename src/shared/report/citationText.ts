/** A citation as a report writes it: the source's title, the words quoted, and where in the source. */
export interface CitationText {
  sourceTitle: string;
  excerpt: string;
  location: string;
}

const titleEnd = ' — “';

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
 * Reads cells written by formatCitations. A line that does not start a citation continues the one
 * above (an excerpt that spans lines). Null when the text is not in that form, such as a URL or a
 * note about the source, which the import keeps as an excerpt of its own.
 */
export function parseCitations(text: string): CitationText[] | null {
  const blocks: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.includes(titleEnd) || blocks.length === 0) blocks.push(line);
    else blocks[blocks.length - 1] += `\n${line}`;
  }
  const citations: CitationText[] = [];
  for (const block of blocks) {
    if (block.trim() === '') continue;
    const citation = parseCitation(block.trim().replace(/([”)]);$/, '$1'));
    if (!citation) return null;
    citations.push(citation);
  }
  return citations.length > 0 ? citations : null;
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

// "Sources (titles)": a table export names the sources a deal cites without the words quoted from them,
// which is what a Sources column must give; read as citations, the titles would become quotes.
const titlesOnlyHeader = /^\s*sources?\s*\(\s*titles?(\s+only)?\s*\)\s*$/iu;

/** Whether a header says its column holds only the titles of sources; such a column is never proposed. */
export function isTitlesOnlyHeader(header: string): boolean {
  return titlesOnlyHeader.test(header);
}

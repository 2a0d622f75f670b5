/**
 * Rows as tab-separated text that pastes into Excel or LibreOffice as cells. A field holding a
 * tab, newline or quote is quoted, with quotes doubled, which is how Excel itself copies.
 */
export function toTabSeparated(rows: string[][]): string {
  return rows.map((row) => row.map(quoteField).join('\t')).join('\r\n');
}

function quoteField(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

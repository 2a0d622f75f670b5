/**
 * Which sheet each worksheet part of an .xlsx holds, from xl/workbook.xml (sheet names and their
 * relationship ids) and xl/_rels/workbook.xml.rels (the part each id points to), so an error found
 * in a part can name the sheet the analyst sees. Keys are part paths in lower case.
 */
export function workbookSheetNames(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of relationshipsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== null && target !== null) targets.set(id, partPath(target));
  }
  const names = new Map<string, string>();
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'id');
    const target = id === null ? undefined : targets.get(id);
    if (name !== null && target !== undefined) names.set(target, unescapeXml(name));
  }
  return names;
}

/** An attribute's value, with or without a prefix ("r:id" is found as "id"). */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : null;
}

/** Relationship targets are relative to xl/, or absolute from the package root. */
function partPath(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return path.toLowerCase();
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (whole, hex: string, decimal: string, named: string) => {
      const codePoint = hex ? parseInt(hex, 16) : decimal ? parseInt(decimal, 10) : null;
      if (codePoint !== null) return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named.toLowerCase()] ?? whole;
    },
  );
}

import type { AnyRow } from './tableRows';

/** The text an analyst recognises a record by: a deal's title, an organization's name, a note. */
export function recordTitle(record: AnyRow): string {
  if ('title' in record) return record.title;
  if ('name' in record) return record.name;
  if ('note' in record) return record.note.trim() || record.tags.join(', ') || 'annotation';
  return `observation ${record.value}`;
}

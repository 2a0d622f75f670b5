import isDeepEqual from 'fast-deep-equal';
import { fieldLabelOf, fieldValueText, type RecordNames } from '../import/fieldValueText';
import type { ImportTable } from '../import/importPlanTypes';
import { fieldParts } from '../import/updatePolicy';
import type { HistoryEntry } from '../model/history';
import { labelOf } from '../model/labels';
import { recordLabels } from '../model/recordLabels';
import type { RecordTable } from '../model/tables';

/** One field of a change, as an analyst reads it: "Status: Signed → Completed". Empty values are "". */
export interface FieldChangeText {
  /** The stored field, with a part of a grouped field as "field.part" ("itParkResidency.status"). */
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface HistoryChangeText {
  /** "Created", "Edited", "Deleted", "Restored", "Saved without changes". */
  summary: string;
  /** For an edit, each field it changed; empty for the other actions. */
  changes: FieldChangeText[];
}

/** How an empty value reads in a change. */
export const emptyValueText = '—';

const stampFields = new Set(['updatedAt', 'createdAt', 'deletedAt']);

/** The fields one update changed, without the timestamps every write moves. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !stampFields.has(key) && !isDeepEqual(before[key], after[key]));
}

const importTables: ReadonlySet<RecordTable> = new Set(['deals', 'organizations', 'observations', 'events']);

// The import names the fields of the tables it writes (fieldValueText.ts); these are the other tables',
// and a deal's money, which the form and the detail pane call its Value.
const ownFieldLabels: Partial<Record<RecordTable, Readonly<Record<string, string>>>> = {
  deals: { money: 'Value' },
  indicators: { name: 'Name', unit: 'Unit', description: 'Description', country: 'Country' },
  sources: {
    title: 'Title',
    kind: 'Kind',
    publisher: 'Publisher',
    date: 'Date',
    language: 'Language',
    reference: 'Reference',
    content: 'Text',
    notes: 'Notes',
  },
  annotations: {
    targetTable: 'Kind of record',
    targetId: 'On',
    note: 'Note',
    tags: 'Tags',
    confidence: 'Confidence',
    author: 'Author',
    pinned: 'Pinned',
  },
};

/** "itParkResidency" as "It park residency": a field this release does not name still reads as words. */
function wordsOf(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a record field is named on screen: a deal's "money" is "Value", "itParkResidency.since" is "IT Park since". */
export function fieldLabel(table: RecordTable, field: string): string {
  const own = ownFieldLabels[table]?.[field];
  if (own) return own;
  if (importTables.has(table)) {
    const label = fieldLabelOf(table as ImportTable, field);
    if (label !== field) return label;
  }
  return wordsOf(field);
}

/** A field's value in the app's own formats ("approximately USD 700 million", "Jun–Jul 2023"); empty is "". */
export function fieldText(field: string, value: unknown, names: RecordNames): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'confidence' && typeof value === 'string') return labelOf(value);
  if (field === 'targetId' && typeof value === 'string') return names.recordName(value);
  if (field === 'targetTable' && typeof value === 'string' && Object.hasOwn(recordLabels, value)) {
    return labelOf(recordLabels[value as RecordTable].one);
  }
  return fieldValueText(field, value, names);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldChanges(table: RecordTable, before: Record<string, unknown>, after: Record<string, unknown>, names: RecordNames) {
  return changedFields(before, after).flatMap((field): FieldChangeText[] => {
    const parts = importTables.has(table) ? fieldParts[table as ImportTable]?.[field] : undefined;
    const old = before[field];
    const now = after[field];
    // A grouped field (an IT Park residency) changes part by part: "IT Park status: Resident → Former resident".
    if (parts && (isPlainObject(old) || isPlainObject(now))) {
      const partOf = (value: unknown, part: string) => (isPlainObject(value) ? value[part] : undefined);
      return parts.flatMap((part) => {
        const path = `${field}.${part}`;
        const [oldText, newText] = [fieldText(path, partOf(old, part), names), fieldText(path, partOf(now, part), names)];
        // A residency gained or lost changes every part, but a part empty on both sides says nothing.
        return oldText === newText ? [] : [{ field: path, label: fieldLabel(table, path), before: oldText, after: newText }];
      });
    }
    return [
      { field, label: fieldLabel(table, field), before: fieldText(field, old, names), after: fieldText(field, now, names) },
    ];
  });
}

/** What a history entry did, in the analyst's words: the action and, for an edit, each field's old and new value. */
export function historyChangeText(entry: HistoryEntry, names: RecordNames): HistoryChangeText {
  switch (entry.action) {
    case 'create':
      return { summary: 'Created', changes: [] };
    case 'delete':
      return { summary: 'Deleted', changes: [] };
    case 'restore':
      return { summary: 'Restored', changes: [] };
    case 'update': {
      const changes = fieldChanges(entry.table, entry.before ?? {}, entry.after ?? {}, names);
      return { summary: changes.length ? 'Edited' : 'Saved without changes', changes };
    }
  }
}

/** Text cut to `limit` characters with an ellipsis, for a value that would fill the pane; the full text goes in a title. */
export function shortened(text: string, limit: number): string {
  const characters = [...text];
  return characters.length <= limit
    ? text
    : `${characters
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`;
}

/** How long a value may run in a one-line description of a change. */
export const valueLimitInSentence = 60;

/** One field's change in a line: "Status: Signed → Completed"; long values are cut. */
export function fieldChangeLine(change: FieldChangeText, limit = valueLimitInSentence): string {
  const value = (text: string) => (text === '' ? emptyValueText : shortened(text, limit));
  return `${change.label}: ${value(change.before)} → ${value(change.after)}`;
}

/** The whole change in one sentence, for a button's name or a notice: "Status: Signed → Completed; Value: — → USD 5 million". */
export function historyChangeSentence(text: HistoryChangeText): string {
  return text.changes.length ? text.changes.map((change) => fieldChangeLine(change)).join('; ') : text.summary;
}

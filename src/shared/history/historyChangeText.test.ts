import { describe, expect, it } from 'vitest';
import type { RecordNames } from '../import/fieldValueText';
import type { HistoryEntry } from '../model/history';
import type { RecordTable } from '../model/tables';
import { parseMoney } from '../values/money';
import { parsePartialDate } from '../values/partialDate';
import { fieldChangeLine, historyChangeSentence, historyChangeText, shortened } from './historyChangeText';

const huawei = '5a0c1d2e-0000-4000-8000-000000000001';
const uzbektelecom = '5a0c1d2e-0000-4000-8000-000000000002';
const deal = '5a0c1d2e-0000-4000-8000-000000000003';
const names: RecordNames = {
  organizationName: (id) => ({ [huawei]: 'Huawei', [uzbektelecom]: 'Uzbektelecom' })[id] ?? '(missing)',
  sourceTitle: () => 'Presidential decree PP-4610',
  recordName: (id) => (id === deal ? 'Uzbektelecom–Huawei 5G contract' : '(missing)'),
};

function parsed<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('the test value does not parse');
  return result.value;
}
const money = (text: string) => parsed(parseMoney(text));
const date = (text: string) => parsed(parsePartialDate(text));

function update(table: RecordTable, before: Record<string, unknown>, after: Record<string, unknown>): HistoryEntry {
  const stamps = { id: deal, createdAt: '2025-01-01T00:00:00.000Z', deletedAt: null };
  return {
    id: '5a0c1d2e-0000-4000-8000-0000000000ff',
    at: '2025-03-04T10:20:00.000Z',
    actor: 'Nigora Karimova',
    action: 'update',
    table,
    recordId: deal,
    before: { ...stamps, updatedAt: '2025-01-01T00:00:00.000Z', ...before },
    after: { ...stamps, updatedAt: '2025-03-04T10:20:00.000Z', ...after },
    batchId: null,
    undoOf: null,
  };
}

const lines = (entry: HistoryEntry) => historyChangeText(entry, names).changes.map((change) => fieldChangeLine(change));

describe('the text of a change in a record’s history', () => {
  it('gives each changed field its label and its old and new value, status in words', () => {
    expect(lines(update('deals', { status: 'signed', title: 'A' }, { status: 'in-progress', title: 'A' }))).toEqual([
      'Status: Signed → In progress',
    ]);
  });

  it('writes money as the detail pane does, with its qualifier, and an empty value as a dash', () => {
    const entry = update('deals', { money: null }, { money: money('approx. USD 700 million') });
    expect(lines(entry)).toEqual(['Value: — → approximately USD 700 million']);
    const changed = update('deals', { money: money('USD 700 million') }, { money: money('more than CNY 5 billion') });
    expect(lines(changed)[0]).toMatch(/^Value: USD 700 million → more than CNY 5 billion/);
  });

  it('writes partial dates as the table does', () => {
    const entry = update('deals', { date: date('2023') }, { date: date('June and July 2023') });
    expect(lines(entry)).toEqual(['Date: 2023 → Jun–Jul 2023']);
  });

  it('names parties by organization and role, and joins lists', () => {
    const entry = update(
      'deals',
      { parties: [{ organizationId: uzbektelecom, role: 'client' }], sectors: ['telecom'] },
      {
        parties: [
          { organizationId: uzbektelecom, role: 'client' },
          { organizationId: huawei, role: 'supplier' },
        ],
        sectors: ['telecom', '5G'],
      },
    );
    expect(lines(entry)).toEqual([
      'Parties: Uzbektelecom (client) → Uzbektelecom (client); Huawei (supplier)',
      'Sectors: telecom → telecom; 5G',
    ]);
  });

  it('splits an IT Park residency into the parts that changed, and names countries', () => {
    const entry = update(
      'organizations',
      { country: 'UZ', itParkResidency: { status: 'resident', since: date('March 2021'), asOf: null } },
      { country: 'CN', itParkResidency: { status: 'former-resident', since: date('March 2021'), asOf: date('2024') } },
    );
    expect(lines(entry)).toEqual([
      'Country: Uzbekistan → China',
      'IT Park status: Resident → Former resident',
      'IT Park status as of: — → 2024',
    ]);
    const gained = update(
      'organizations',
      { itParkResidency: null },
      { itParkResidency: { status: 'resident', since: null, asOf: null } },
    );
    expect(lines(gained)).toEqual(['IT Park status: — → Resident']);
  });

  it('reads annotations’ fields and the other tables’ in words', () => {
    const entry = update(
      'annotations',
      { targetId: deal, confidence: 'low', pinned: false, tags: [] },
      { targetId: deal, confidence: 'high', pinned: true, tags: ['check', 'ministry'] },
    );
    expect(lines(entry)).toEqual(['Confidence: Low → High', 'Pinned: No → Yes', 'Tags: — → check; ministry']);
    expect(lines(update('sources', { content: '' }, { content: 'text' }))).toEqual(['Text: — → text']);
  });

  it('shows a field this release does not know by its name in words, and its value as it is', () => {
    const entry = update('deals', {}, { reviewedBy: { team: 'Tashkent' }, itemCount: 3 });
    expect(lines(entry)).toEqual(['Reviewed by: — → {"team":"Tashkent"}', 'Item count: — → 3']);
  });

  it('leaves out the timestamps every write moves, and says when nothing else changed', () => {
    const entry = update('deals', { title: 'A' }, { title: 'A' });
    expect(historyChangeText(entry, names)).toEqual({ summary: 'Saved without changes', changes: [] });
  });

  it('says what the other actions did', () => {
    const created: HistoryEntry = { ...update('deals', {}, {}), action: 'create', before: null };
    expect(historyChangeSentence(historyChangeText(created, names))).toBe('Created');
    expect(historyChangeSentence(historyChangeText({ ...created, action: 'delete' }, names))).toBe('Deleted');
    expect(historyChangeSentence(historyChangeText({ ...created, action: 'restore' }, names))).toBe('Restored');
  });

  it('joins the changes into one sentence, long values cut with an ellipsis', () => {
    const long = 'The parties agree to build a data centre in Tashkent with a capacity of 2 MW, to be extended later.';
    const entry = update('deals', { status: 'signed', description: '' }, { status: 'completed', description: long });
    const sentence = historyChangeSentence(historyChangeText(entry, names));
    expect(sentence).toBe(`Status: Signed → Completed; Description: — → ${shortened(long, 60)}`);
    expect(shortened(long, 60)).toHaveLength(60);
    expect(shortened(long, 60).endsWith('…')).toBe(true);
    expect(shortened('short', 60)).toBe('short');
  });
});

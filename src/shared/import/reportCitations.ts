import type { Citation } from '../model/record';
import { parseCitations } from '../report/citationText';
import type { ExistingRecords, NewRecord } from './importPlanTypes';
import type { PlanContext, RowFields } from './planContext';
import { citedSourceNeed } from './sourceCitations';

const storedSourcesByTitle = new WeakMap<ExistingRecords, Map<string, string>>();

// Shares fileRecords.citedSources with sourceCitations.ts, whose key for a source known by its title alone this is.
const titleKey = (title: string) => `title:${title.trim().toLowerCase()}`;

function storedSourceIdOf(context: PlanContext, title: string): string | undefined {
  const existing = context.input.existing;
  let byTitle = storedSourcesByTitle.get(existing);
  if (!byTitle) {
    byTitle = new Map();
    for (const source of existing.sources ?? []) {
      const key = titleKey(source.title);
      // Two sources with one title: the first is the one a title can name.
      if (!byTitle.has(key)) byTitle.set(key, source.id);
    }
    storedSourcesByTitle.set(existing, byTitle);
  }
  return byTitle.get(titleKey(title));
}

function languageOf(title: string): string {
  if (/\p{Script=Han}/u.test(title)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(title)) return 'ru';
  return 'en';
}

function plannedSource(title: string, fields: RowFields, context: PlanContext): NewRecord<'sources'> {
  const { fileName, sheetName } = context.input;
  return {
    id: context.input.newId(),
    title: title.trim(),
    kind: 'document',
    publisher: '',
    date: null,
    language: languageOf(title),
    reference: '',
    content: '',
    notes: `Cited by ${fileName} (sheet ${sheetName}, row ${fields.rowNumber}).`,
  };
}

/**
 * The citations of a Sources cell a Silk Ledger report wrote ("Title — “excerpt” (line 4)", one per
 * line), each pointing at the stored source of that title, or at a new source planned once for the
 * file when the store has none (a report imported into another store). Null for any other text.
 */
export function citationsFromReportText(
  text: string,
  fields: RowFields,
  context: PlanContext,
  needs: string[],
): Citation[] | null {
  const cited = parseCitations(text);
  if (!cited) return null;
  return cited.map(({ sourceTitle, excerpt, location }) => {
    let sourceId = storedSourceIdOf(context, sourceTitle);
    if (sourceId === undefined) {
      const key = titleKey(sourceTitle);
      let planned = context.fileRecords.citedSources.get(key);
      if (!planned) {
        planned = plannedSource(sourceTitle, fields, context);
        context.fileRecords.citedSources.set(key, planned);
      }
      sourceId = planned.id;
      needs.push(citedSourceNeed(key));
    }
    return { sourceId, excerpt, location };
  });
}

/** Two citations are the same when they quote the same words of the same source at the same place. */
export function citationIdentity(citation: Citation): string {
  return `${citation.sourceId}\u0000${citation.location}\u0000${citation.excerpt}`;
}

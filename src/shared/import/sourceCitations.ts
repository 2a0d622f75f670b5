import { emptyRecordInputs } from '../model/emptyRecords';
import type { Citation } from '../model/record';
import type { Source } from '../model/source';
import type { ExistingRecords, NewRecord } from './importPlanTypes';
import { textValue } from './kindPlanner';
import type { PlanContext, RowFields } from './planContext';

/** One source a row cites: the i-th member of each paired list. */
interface CitedSource {
  url: string;
  title: string;
  publisher: string;
  kind: Source['kind'];
}

// A source's kind from the words datasets use for it (AidData's "Source Resource Types":
// "Media Report", "Official Source (non-Chinese)", "Academic Journal Article", …).
const sourceKindPatterns: readonly [RegExp, Source['kind']][] = [
  [/media|news|press|article in|newspaper|СМИ|новост|新闻|媒体/iu, 'news-article'],
  [/official|government|ministry|официальн|правительств|官方|政府/iu, 'official-statement'],
  [/data ?set|database|statistic|данные|статистик|数据/iu, 'dataset'],
  [/academic|journal|report|paper|book|thesis|document|отчет|отчёт|доклад|документ|报告|论文/iu, 'document'],
  [/web|site|page|blog|сайт|网站/iu, 'web-page'],
  [/interview|интервью|采访/iu, 'interview'],
];

/** A link with no kind of its own is a web page; a title with no link, a document. */
function sourceKindOf(kindText: string, url: string): Source['kind'] {
  return sourceKindPatterns.find(([pattern]) => pattern.test(kindText))?.[1] ?? (url ? 'web-page' : 'document');
}

/**
 * Splits paired list cells ("Source URLs", "Source Titles", "Source Publishers") the same way, so
 * the i-th title stays with the i-th URL: empty members ("a|  |b") keep their place. The separator
 * is the first of "|", line break, ";" that the row's URL cell (else title cell) holds; a title
 * may hold semicolons, so each cell is split on the URL cell's separator only.
 */
function pairedMembers(cells: readonly (string | null)[]): string[][] {
  const leading = cells.find((cell) => cell !== null && cell.trim() !== '') ?? '';
  const separator = ['|', '\n', ';'].find((candidate) => leading.includes(candidate));
  return cells.map((cell) => {
    if (cell === null) return [];
    const members = separator ? cell.split(separator) : [cell];
    return members.map((member) => member.trim());
  });
}

function citedSourcesOf(fields: RowFields): CitedSource[] {
  const [urls, titles, publishers, kinds] = pairedMembers([
    textValue(fields, 'sourceUrls'),
    textValue(fields, 'sourceTitles'),
    textValue(fields, 'sourcePublishers'),
    textValue(fields, 'sourceKinds'),
  ]);
  const count = Math.max(urls.length, titles.length);
  const cited: CitedSource[] = [];
  for (let index = 0; index < count; index++) {
    const url = urls[index] ?? '';
    const title = titles[index] ?? '';
    if (url === '' && title === '') continue;
    cited.push({ url, title, publisher: publishers[index] ?? '', kind: sourceKindOf(kinds[index] ?? '', url) });
  }
  return cited;
}

/** A source is the same source when its link is; one without a link, when its title is. */
function sourceKey(url: string, title: string): string {
  return url !== '' ? `url:${url}` : `title:${title.toLowerCase()}`;
}

const storedSourcesByKey = new WeakMap<ExistingRecords, Map<string, string>>();

function storedSourceIdOf(context: PlanContext, key: string): string | undefined {
  const existing = context.input.existing;
  let byKey = storedSourcesByKey.get(existing);
  if (!byKey) {
    byKey = new Map();
    for (const source of existing.sources ?? []) {
      byKey.set(sourceKey(source.reference.trim(), source.title.trim()), source.id);
      if (source.reference.trim() === '') continue;
      byKey.set(sourceKey('', source.title.trim()), source.id);
    }
    storedSourcesByKey.set(existing, byKey);
  }
  return byKey.get(key);
}

/** From the script of the title: a guess the analyst can correct on the source afterwards. */
function languageOf(title: string): string {
  if (/\p{Script=Han}/u.test(title)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(title)) return 'ru';
  return 'en';
}

function plannedSource(cited: CitedSource, fields: RowFields, context: PlanContext): NewRecord<'sources'> {
  const { fileName, sheetName } = context.input;
  return {
    ...emptyRecordInputs.sources,
    id: context.input.newId(),
    title: cited.title || cited.url,
    kind: cited.kind,
    publisher: cited.publisher,
    language: languageOf(cited.title),
    reference: cited.url,
    notes: `Cited by ${fileName} (sheet ${sheetName}, row ${fields.rowNumber}).`,
  };
}

/**
 * One citation per source a row lists in paired columns (URLs with their titles, publishers and
 * kinds), each pointing at its own source: a stored source with the same link (else, for a source
 * without one, the same title), or a new one planned once for the whole file. A dataset quotes no
 * words from its sources, so the excerpt is the link the analyst follows to read them (the title
 * where there is no link); the title, publisher and kind are the source's own.
 */
export function citationsFromSourceLists(fields: RowFields, context: PlanContext, needs: string[]): Citation[] {
  const location = `Sheet ${context.input.sheetName}, row ${fields.rowNumber}`;
  return citedSourcesOf(fields).map((cited) => {
    const key = sourceKey(cited.url, cited.title);
    let sourceId = storedSourceIdOf(context, key);
    if (sourceId === undefined) {
      let planned = context.fileRecords.citedSources.get(key);
      if (!planned) {
        planned = plannedSource(cited, fields, context);
        context.fileRecords.citedSources.set(key, planned);
      }
      sourceId = planned.id;
      needs.push(citedSourceNeed(key));
    }
    return { sourceId, excerpt: cited.url || cited.title, location };
  });
}

/** The key in PlannedRow.needs of a source planned by citationsFromSourceLists. */
export function citedSourceNeed(key: string): string {
  return `source:${key}`;
}

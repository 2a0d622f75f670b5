import { emptyRecordInputs } from '../model/emptyRecords';
import type { Deal, DealKind } from '../model/deal';
import { externalIdKey } from '../model/externalId';
import type { Citation } from '../model/record';
import { withApproximation } from '../values/dateApproximation';
import type { Money, MoneyQualifier } from '../values/money.schema';
import type { PartialDate } from '../values/partialDate.schema';
import { readOutputs } from './dealOutputs';
import { matchExternalIds } from './externalIdMatch';
import { importSourceId } from './fileReferences';
import type { NewRecord } from './importPlanTypes';
import { dateValue, idMatchKey, listValue, moneyValue, textValue, unionBy, withoutStamps, type KindPlanner } from './kindPlanner';
import { mergeParties, resolvePartiesWithRoles } from './partiesWithRoles';
import { partiesByRoleColumns } from './partyRoleColumns';
import { partyRoleFields } from './partyRoleFields';
import { addProblem, type PlanContext, type RowFields } from './planContext';
import { citationIdentity, citationsFromReportText } from './reportCitations';
import { citationsFromSourceLists } from './sourceCitations';
import { dealNaturalKey } from './storeIndex';
import { amountWithUsdValue } from './usdAmount';

// Which country each party column implies for an organization the store does not know yet.
const partyColumns = [
  { field: 'parties', country: null },
  { field: 'chineseParty', country: 'CN' },
  { field: 'uzbekParty', country: 'UZ' },
] as const;

export const dealPlanner: KindPlanner<'deals'> = {
  table: 'deals',
  requiredFields: ['title'],
  sourceFields: {
    id: ['id'],
    title: ['title'],
    kind: ['kind'],
    status: ['status'],
    date: ['date', 'year', 'dateEstimated'],
    place: ['place'],
    description: ['description'],
    parties: ['parties', 'chineseParty', 'uzbekParty', ...partyRoleFields.map(({ field }) => field)],
    sectors: ['sectors'],
    money: ['amount', 'currency', 'amountQualifier', 'valueUsd'],
    outputs: ['outputs'],
    citations: ['sources', 'sourceUrls', 'sourceTitles'],
    externalIds: ['externalId'],
  },
  sameness: (byId) => (byId ? 'the same ID' : 'the same title, date and parties'),
  naturalKeyOf: (deal) =>
    dealNaturalKey(
      deal.title,
      deal.date,
      deal.parties.map((party) => party.organizationId),
    ),
  buildRecord(fields, context) {
    const needs: string[] = [];
    // Role columns first: an organization a plain party column names too keeps the role its column gives.
    const namedParties = [
      ...partiesByRoleColumns(fields, context, needs),
      ...partyColumns.flatMap(({ field, country }) =>
        resolvePartiesWithRoles(listValue(fields, field), { field, country }, fields, context, needs),
      ),
    ];
    const partyIds = namedParties.map((party) => party.organizationId);
    const id = textValue(fields, 'id');
    const title = textValue(fields, 'title');
    // A year column ("Commitment Year") stands in only for a row whose full date is blank.
    const date = dateValue(fields, 'date') ?? dateValue(fields, 'year');
    // A row with an id matches by id; one without (a deal added to the sheet by hand) by its natural key.
    const ownKey = id ? idMatchKey(id) : dealNaturalKey(title ?? '', date, [...new Set(partyIds)]);
    // Another system's id (AidData's record id, a register number) matches before both.
    const external = matchExternalIds<'deals'>(fields, context);
    const matchKey = external.matchKey ?? ownKey;
    const existing =
      external.existing ?? (id ? context.store.byId.get(id) : ownKey ? context.store.byNaturalKey.get(ownKey) : undefined);
    const record: NewRecord<'deals'> = existing ? withoutStamps<'deals'>(existing as Deal) : newDeal(id ?? context.input.newId());

    if (title !== null) record.title = title;
    const kind = textValue(fields, 'kind');
    if (kind !== null) record.kind = kind as DealKind;
    const status = textValue(fields, 'status');
    if (status !== null) record.status = status as Deal['status'];
    record.date = markedAsEstimated(fields, date ?? record.date);
    record.place = textValue(fields, 'place') ?? record.place;
    record.description = textValue(fields, 'description') ?? record.description;
    record.parties = mergeParties(record.parties, namedParties);
    record.sectors = unionBy(record.sectors, listValue(fields, 'sectors'), (sector) => sector.toLowerCase());
    record.externalIds = unionBy(record.externalIds, external.externalIds, externalIdKey);
    record.money = readMoney(fields, context, record.money);
    record.outputs = readOutputs(fields, context, record.outputs);
    const excerpt = textValue(fields, 'sources');
    // A report's Sources cell names each source and the words quoted from it; other text is one excerpt of the file.
    const reportCitations = excerpt === null ? null : citationsFromReportText(excerpt, fields, context, needs);
    if (reportCitations) record.citations = unionBy(record.citations, reportCitations, citationIdentity);
    else if (excerpt !== null) {
      const location = `Sheet ${context.input.sheetName}, row ${fields.rowNumber}`;
      const citation: Citation = { sourceId: importSourceId(context, needs), excerpt, location };
      record.citations = unionBy(record.citations, [citation], (cited) => cited.excerpt);
    }
    record.citations = unionBy(record.citations, citationsFromSourceLists(fields, context, needs), citationIdentity);
    return { record, existing: existing as Deal | undefined, matchKey, needs };
  },
};

/**
 * The date marked approximate or exact as the row's date-estimated column says ("Commitment Date
 * Estimated": Yes); without that column the date stays as its cell gave it ("c. 2021" is approximate).
 * A row with the flag and no date marks the stored date.
 */
function markedAsEstimated(fields: RowFields, date: PartialDate | null): PartialDate | null {
  const estimate = textValue(fields, 'dateEstimated');
  return date && estimate ? withApproximation(date, estimate === 'approximate') : date;
}

function newDeal(id: string): NewRecord<'deals'> {
  return { id, ...emptyRecordInputs.deals };
}

/**
 * The row's amount in the currency its currency cell names, with the qualifier its qualifier cell
 * gives, and its value in US dollars where a USD column gives one (see usdAmount.ts). Money equal
 * to the stored money in amount, currency and qualifier stays the stored object, so a conversion to
 * US dollars the analyst added is kept and the row does not count as a change.
 */
function readMoney(fields: RowFields, context: PlanContext, stored: Money | null): Money | null {
  const amount = amountWithUsdValue(fields, context);
  const qualifier = textValue(fields, 'amountQualifier') as MoneyQualifier | null;
  const currency = textValue(fields, 'currency');
  if (!amount) return stored && qualifier && stored.qualifier !== qualifier ? { ...stored, qualifier } : stored;
  if (currency && moneyValue(fields, 'amount') && amount.currency !== currency) {
    addProblem(fields, context, {
      field: 'amount',
      code: 'conflicting-values',
      message: `The amount is in ${amount.currency} but the currency column says ${currency}.`,
      expected: `an amount in ${currency}, or a number with the currency left to the currency column`,
    });
    return stored;
  }
  const stated = qualifier ? { ...amount, qualifier } : amount;
  const same =
    stored &&
    stored.amount === stated.amount &&
    stored.currency === stated.currency &&
    stored.qualifier === stated.qualifier &&
    (stored.usd !== null || stated.usd === null);
  return same ? stored : stated;
}

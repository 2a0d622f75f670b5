import { emptyRecordInputs } from '../model/emptyRecords';
import type { Deal, DealKind, Party } from '../model/deal';
import type { Citation } from '../model/record';
import type { Money, MoneyQualifier } from '../values/money.schema';
import { importSourceId, resolveOrganizationNames } from './fileReferences';
import type { NewRecord } from './importPlanTypes';
import { dateValue, idMatchKey, listValue, moneyValue, textValue, unionBy, withoutStamps, type KindPlanner } from './kindPlanner';
import { addProblem, type PlanContext, type RowFields } from './planContext';
import { dealNaturalKey } from './storeIndex';

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
    date: ['date'],
    place: ['place'],
    description: ['description'],
    parties: ['parties', 'chineseParty', 'uzbekParty'],
    sectors: ['sectors'],
    money: ['amount', 'currency', 'amountQualifier'],
    citations: ['sources'],
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
    const partyIds = partyColumns.flatMap(({ field, country }) =>
      resolveOrganizationNames(listValue(fields, field), { field, country }, fields, context, needs),
    );
    const id = textValue(fields, 'id');
    const title = textValue(fields, 'title');
    const date = dateValue(fields, 'date');
    // A row with an id matches by id; one without (a deal added to the sheet by hand) by its natural key.
    const matchKey = id ? idMatchKey(id) : dealNaturalKey(title ?? '', date, [...new Set(partyIds)]);
    const existing = id ? context.store.byId.get(id) : matchKey ? context.store.byNaturalKey.get(matchKey) : undefined;
    const record: NewRecord<'deals'> = existing ? withoutStamps<'deals'>(existing as Deal) : newDeal(id ?? context.input.newId());

    if (title !== null) record.title = title;
    const kind = textValue(fields, 'kind');
    if (kind !== null) record.kind = kind as DealKind;
    const status = textValue(fields, 'status');
    if (status !== null) record.status = status as Deal['status'];
    if (date !== null) record.date = date;
    record.place = textValue(fields, 'place') ?? record.place;
    record.description = textValue(fields, 'description') ?? record.description;
    const parties = partyIds.map((organizationId): Party => ({ organizationId, role: 'partner' }));
    record.parties = unionBy(record.parties, parties, (party) => party.organizationId);
    record.sectors = unionBy(record.sectors, listValue(fields, 'sectors'), (sector) => sector.toLowerCase());
    record.money = readMoney(fields, context, record.money);
    const excerpt = textValue(fields, 'sources');
    if (excerpt !== null) {
      const location = `Sheet ${context.input.sheetName}, row ${fields.rowNumber}`;
      const citation: Citation = { sourceId: importSourceId(context, needs), excerpt, location };
      record.citations = unionBy(record.citations, [citation], (cited) => cited.excerpt);
    }
    return { record, existing: existing as Deal | undefined, matchKey, needs };
  },
};

function newDeal(id: string): NewRecord<'deals'> {
  return { id, ...emptyRecordInputs.deals };
}

/**
 * The row's amount in the currency its currency cell names, with the qualifier its qualifier cell
 * gives. Money equal to the stored money in amount, currency and qualifier stays the stored object,
 * so a conversion to US dollars the analyst added is kept and the row does not count as a change.
 */
function readMoney(fields: RowFields, context: PlanContext, stored: Money | null): Money | null {
  const amount = moneyValue(fields, 'amount');
  const qualifier = textValue(fields, 'amountQualifier') as MoneyQualifier | null;
  const currency = textValue(fields, 'currency');
  if (!amount) return stored && qualifier && stored.qualifier !== qualifier ? { ...stored, qualifier } : stored;
  if (currency && amount.currency !== currency) {
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
    stored && stored.amount === stated.amount && stored.currency === stated.currency && stored.qualifier === stated.qualifier;
  return same ? stored : stated;
}

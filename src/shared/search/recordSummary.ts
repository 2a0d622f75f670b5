import type { Observation } from '../model/indicator';
import { countryLabel } from '../model/labels';
import { recordLabels } from '../model/recordLabels';
import { recordTitle } from '../model/recordTitle';
import type { AnyRecord, RecordOf, RecordTable } from '../model/tables';
import { formatMoney, moneyFromNumber } from '../values/money';
import { formatGroupedNumber } from '../values/numberFormat';
import { withQualifierSymbol } from '../values/qualifier';
import { dateText, labelText, linkedRecord, type SearchContext } from './searchContext';

const SEPARATOR = ' · ';

function joinPresent(parts: Array<string | null | undefined | false>): string {
  return parts.filter(Boolean).join(SEPARATOR);
}

/** "$632,100 in H1 2025", "24 companies as of Q2 2025": an observation has no name of its own. */
function observationTitle(observation: Observation, context: SearchContext): string {
  const unit = linkedRecord(context, 'indicators', observation.indicatorId)?.unit ?? '';
  const isMoney = /^[A-Z]{3}$/.test(unit) && observation.value >= 0;
  const figure = isMoney
    ? formatMoney(moneyFromNumber(observation.value, unit, observation.qualifier))
    : withQualifierSymbol(observation.qualifier, `${formatGroupedNumber(observation.value, 2)} ${unit}`.trim());
  return `${figure} ${observation.basis === 'cumulative' ? 'as of' : 'in'} ${dateText(context, observation.period)}`;
}

/** The name a search result shows: the record's own title, or for an observation its value and period. */
export function searchTitleOf(table: RecordTable, record: AnyRecord, context: SearchContext): string {
  return table === 'observations' ? observationTitle(record as Observation, context) : recordTitle(record);
}

/** The line under a result's title that tells similar records apart: a deal's date and value, an organization's country. */
export function searchSubtitleOf(table: RecordTable, record: AnyRecord, context: SearchContext): string {
  switch (table) {
    case 'organizations': {
      const organization = record as RecordOf<'organizations'>;
      return joinPresent([
        countryLabel(organization.country),
        labelText(context, organization.kind),
        organization.aliases.length > 0 && `also ${organization.aliases.join(', ')}`,
      ]);
    }
    case 'deals': {
      const deal = record as RecordOf<'deals'>;
      return joinPresent([dateText(context, deal.date), deal.money && formatMoney(deal.money), labelText(context, deal.status)]);
    }
    case 'events': {
      const event = record as RecordOf<'events'>;
      return joinPresent([dateText(context, event.date), event.place]);
    }
    case 'indicators': {
      const indicator = record as RecordOf<'indicators'>;
      return joinPresent([indicator.unit, countryLabel(indicator.country)]);
    }
    case 'observations': {
      const observation = record as RecordOf<'observations'>;
      return linkedRecord(context, 'indicators', observation.indicatorId)?.name ?? '';
    }
    case 'sources': {
      const source = record as RecordOf<'sources'>;
      return joinPresent([labelText(context, source.kind), source.publisher, dateText(context, source.date)]);
    }
    case 'annotations': {
      const annotation = record as RecordOf<'annotations'>;
      const target = context.recordsById.get(annotation.targetId);
      return joinPresent([
        target && `on ${recordLabels[target.table].one} “${searchTitleOf(target.table, target.record, context)}”`,
        annotation.tags.map((tag) => `#${tag}`).join(' '),
      ]);
    }
  }
}

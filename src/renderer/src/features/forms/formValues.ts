import { countryCodeSchema } from '@shared/model/record';
import { sourceSchema } from '@shared/model/source';
import { emptyRecordInputs as emptySharedInputs, type EditableTable } from '@shared/model/emptyRecords';
import type { RecordInput } from '@shared/model/tables';
import { formatMoneyInWords, parseMoney } from '@shared/values/money';
import type { Money } from '@shared/values/money.schema';
import { formatPartialDate, parsePartialDate } from '@shared/values/partialDate';
import type { PartialDate } from '@shared/values/partialDate.schema';
import { parseLocalizedNumber, roundDecimalNoise } from '@shared/values/number';
import { formatNumberInWords } from '@shared/values/numberFormat';
import { parsed, parseFailure, unreadableAs, type ParseResult } from '@shared/values/parseResult';
import { formatQuantity, parseQuantity } from '@shared/values/quantity';
import { readScale } from '@shared/values/scale';
import type { Quantity } from '@shared/values/quantity.schema';
import type { FieldIssue } from '../../db/dataErrors';
import type {
  DealFormValues,
  EventFormValues,
  IndicatorFormValues,
  ObservationFormValues,
  OrganizationFormValues,
  SourceFormValues,
} from './formSchemas';

export type { EditableTable } from '@shared/model/emptyRecords';

/** The tables a record form edits: the shared editable ones plus an indicator's observations. */
export type FormTable = EditableTable | 'observations';

/** Form values read into a record, or every field that could not be read, keyed by its form field. */
export type FormConversion<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * A new observation before the analyst fills it in. Its indicator comes from where it is added, and its
 * period and value are shown empty (see `observationToFormValues`), so these placeholders are never saved.
 */
export const emptyObservationInput: RecordInput<'observations'> = {
  indicatorId: '',
  period: { unit: 'year', start: '1970-01-01', end: '1970-12-31' },
  value: 0,
  qualifier: 'exact',
  basis: 'period',
  organizationIds: [],
  notes: '',
  citations: [],
};

/** What a new record of each form's table starts as. */
export const emptyRecordInputs: { [T in FormTable]: RecordInput<T> } = {
  ...emptySharedInputs,
  observations: emptyObservationInput,
};

export function readOptionalDate(text: string): ParseResult<PartialDate | null> {
  return text.trim() === '' ? parsed(null) : parsePartialDate(text);
}

/** Typed text never states a conversion to US dollars, so the stored one is kept while amount and currency stay. */
export function readOptionalMoney(text: string, previous: Money | null): ParseResult<Money | null> {
  if (text.trim() === '') return parsed(null);
  const read = parseMoney(text);
  if (!read.ok || !previous?.usd) return read;
  const sameFigure = read.value.amount === previous.amount && read.value.currency === previous.currency;
  return sameFigure ? parsed({ ...read.value, usd: previous.usd }) : read;
}

export function readOutput(text: string): ParseResult<Quantity> {
  if (text.trim() === '') return parseFailure('Write the output, such as "over 27,000 base stations", or remove this row.');
  return parseQuantity(text);
}

export function readOptionalCountry(text: string): ParseResult<string | null> {
  const code = text.trim().toUpperCase();
  if (code === '') return parsed(null);
  const checked = countryCodeSchema.safeParse(code);
  return checked.success ? parsed(code) : parseFailure(`"${text.trim()}": ${checked.error.issues[0].message}`);
}

function readCountries(texts: string[]): ParseResult<string[]> {
  const codes: string[] = [];
  for (const text of texts) {
    const code = readOptionalCountry(text);
    if (!code.ok) return code;
    if (code.value && !codes.includes(code.value)) codes.push(code.value);
  }
  return parsed(codes);
}

function readLanguage(text: string): ParseResult<string> {
  const code = text.trim().toLowerCase();
  const checked = sourceSchema.shape.language.safeParse(code);
  return checked.success ? parsed(code) : parseFailure(checked.error.issues[0].message);
}

/** Money as the analyst would type it; the US dollar value in brackets is derived, not typed, so it is left out. */
function moneyText(money: Money | null): string {
  return money ? formatMoneyInWords({ ...money, usd: null }) : '';
}

function dateText(date: PartialDate | null): string {
  return date ? formatPartialDate(date) : '';
}

/** Reads one field after another, remembering every failure so the form can mark them all at once. */
function fieldReader() {
  const issues: FieldIssue[] = [];
  return {
    read<T>(field: string, result: ParseResult<T>): T | null {
      if (result.ok) return result.value;
      issues.push({ field, message: result.message });
      return null;
    },
    fail(field: string, message: string): void {
      issues.push({ field, message });
    },
    result<T>(value: T): FormConversion<T> {
      return issues.length ? { ok: false, issues } : { ok: true, value };
    },
  };
}

export function dealToFormValues(deal: RecordInput<'deals'>): DealFormValues {
  return {
    title: deal.title,
    kind: deal.kind,
    status: deal.status,
    date: dateText(deal.date),
    place: deal.place,
    description: deal.description,
    parties: deal.parties.map((party) => ({ organizationId: party.organizationId, role: party.role })),
    sectors: [...deal.sectors],
    money: moneyText(deal.money),
    outputs: deal.outputs.map((output) => ({ text: formatQuantity(output) })),
    externalIds: deal.externalIds.map((externalId) => ({ ...externalId })),
  };
}

/** `base` is the record being edited (or an empty one): it supplies what the form does not edit. */
export function dealFromFormValues(values: DealFormValues, base: RecordInput<'deals'>): FormConversion<RecordInput<'deals'>> {
  const reader = fieldReader();
  return reader.result({
    title: values.title,
    kind: values.kind,
    status: values.status,
    date: reader.read('date', readOptionalDate(values.date)),
    place: values.place,
    description: values.description,
    parties: values.parties.map((party) => ({ organizationId: party.organizationId, role: party.role })),
    sectors: values.sectors,
    money: reader.read('money', readOptionalMoney(values.money, base.money)),
    outputs: values.outputs.flatMap((output, index) => reader.read(`outputs.${index}.text`, readOutput(output.text)) ?? []),
    citations: base.citations,
    externalIds: values.externalIds,
  });
}

export function organizationToFormValues(organization: RecordInput<'organizations'>): OrganizationFormValues {
  const residency = organization.itParkResidency;
  return {
    name: organization.name,
    country: organization.country ?? '',
    kind: organization.kind,
    aliases: [...organization.aliases],
    capitalOrigin: [...organization.capitalOrigin],
    itParkResidency: {
      status: residency?.status ?? '',
      since: dateText(residency?.since ?? null),
      asOf: dateText(residency?.asOf ?? null),
    },
    notes: organization.notes,
    externalIds: organization.externalIds.map((externalId) => ({ ...externalId })),
  };
}

export function organizationFromFormValues(
  values: OrganizationFormValues,
  base: RecordInput<'organizations'>,
): FormConversion<RecordInput<'organizations'>> {
  const reader = fieldReader();
  const { status, since, asOf } = values.itParkResidency;
  const residency = {
    since: reader.read('itParkResidency.since', readOptionalDate(since)),
    asOf: reader.read('itParkResidency.asOf', readOptionalDate(asOf)),
  };
  if (status === '' && (since.trim() || asOf.trim()))
    reader.fail('itParkResidency.status', 'Choose an IT Park status, or clear its dates.');
  return reader.result({
    name: values.name,
    country: reader.read('country', readOptionalCountry(values.country)),
    kind: values.kind,
    aliases: values.aliases,
    capitalOrigin: reader.read('capitalOrigin', readCountries(values.capitalOrigin)) ?? [],
    relations: base.relations,
    itParkResidency: status === '' ? null : { status, ...residency },
    notes: values.notes,
    citations: base.citations,
    externalIds: values.externalIds,
  });
}

export function eventToFormValues(event: RecordInput<'events'>): EventFormValues {
  return {
    name: event.name,
    date: dateText(event.date),
    place: event.place,
    organizerIds: [...event.organizerIds],
    description: event.description,
  };
}

export function eventFromFormValues(values: EventFormValues, base: RecordInput<'events'>): FormConversion<RecordInput<'events'>> {
  const reader = fieldReader();
  return reader.result({
    name: values.name,
    date: reader.read('date', readOptionalDate(values.date)),
    place: values.place,
    organizerIds: values.organizerIds,
    participants: base.participants,
    dealIds: base.dealIds,
    description: values.description,
    citations: base.citations,
  });
}

export function sourceToFormValues(source: RecordInput<'sources'>): SourceFormValues {
  const { title, kind, publisher, language, reference, notes } = source;
  return { title, kind, publisher, date: dateText(source.date), language, reference, notes };
}

export function sourceFromFormValues(
  values: SourceFormValues,
  base: RecordInput<'sources'>,
): FormConversion<RecordInput<'sources'>> {
  const reader = fieldReader();
  return reader.result({
    title: values.title,
    kind: values.kind,
    publisher: values.publisher,
    date: reader.read('date', readOptionalDate(values.date)),
    language: reader.read('language', readLanguage(values.language)) ?? '',
    reference: values.reference,
    content: base.content,
    notes: values.notes,
  });
}

export function indicatorToFormValues(indicator: RecordInput<'indicators'>): IndicatorFormValues {
  return { name: indicator.name, unit: indicator.unit, description: indicator.description };
}

export function indicatorFromFormValues(
  values: IndicatorFormValues,
  base: RecordInput<'indicators'>,
): FormConversion<RecordInput<'indicators'>> {
  return { ok: true, value: { ...values, country: base.country } };
}

const VALUE_EXAMPLES = 'Write a number such as “7.4 million”, “632,100” or “24”.';

/** An observation's figure with an optional scale word: "7.4 million", "632,100", "1.2 bn", "24". */
export function readObservationValue(text: string): ParseResult<number> {
  const trimmed = text.trim();
  if (trimmed === '') return parseFailure(`Write the value. ${VALUE_EXAMPLES}`);
  const wordAt = trimmed.search(/\p{L}/u);
  const digits = wordAt === -1 ? trimmed : trimmed.slice(0, wordAt);
  const number = parseLocalizedNumber(digits);
  const unreadableValue = (reason: string) => unreadableAs<number>({ text: trimmed, as: 'a value', reason }, VALUE_EXAMPLES);
  if (!number.ok) return unreadableValue(number.unreadable?.reason ?? 'it does not start with a number');
  if (wordAt === -1) return number;
  const scale = readScale(trimmed.slice(wordAt), 'money', !/\s$/.test(digits));
  if (!scale || scale.rest !== '') return unreadableValue('only a scale such as “million” may follow the number');
  return parsed(roundDecimalNoise(number.value * scale.factor));
}

function readPeriod(text: string): ParseResult<PartialDate> {
  if (text.trim() === '') return parseFailure('Write the period, such as “Q2 2025”, “2024” or “Q1–Q2 2025”.');
  return parsePartialDate(text);
}

/** `isNew` shows a new observation's placeholder period and value as empty fields. */
export function observationToFormValues(observation: RecordInput<'observations'>, isNew = false): ObservationFormValues {
  return {
    period: isNew ? '' : dateText(observation.period),
    value: isNew ? '' : formatNumberInWords(observation.value, 6),
    qualifier: observation.qualifier,
    basis: observation.basis,
    notes: observation.notes,
  };
}

/** `base` supplies the indicator, the named organizations and the citations, which the form does not edit. */
export function observationFromFormValues(
  values: ObservationFormValues,
  base: RecordInput<'observations'>,
): FormConversion<RecordInput<'observations'>> {
  const reader = fieldReader();
  const period = reader.read('period', readPeriod(values.period));
  const value = reader.read('value', readObservationValue(values.value));
  return reader.result({
    indicatorId: base.indicatorId,
    period: period ?? base.period,
    value: value ?? base.value,
    qualifier: values.qualifier,
    basis: values.basis,
    organizationIds: base.organizationIds,
    notes: values.notes,
    citations: base.citations,
  });
}

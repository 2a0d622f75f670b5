import {
  dateEstimateChoices,
  dealKindChoices,
  dealStatusChoices,
  itParkStatusChoices,
  moneyQualifierChoices,
  observationBasisChoices,
  organizationKindChoices,
  type EnumChoices,
} from './enumChoices';
import type { ImportRecordKind } from './fieldSynonyms';
import { partyRoleFields, partyTypeFields } from './partyRoleFields';

/**
 * How a column's cells are read. `list` splits on ; , / and line breaks (sectors); `names` splits
 * only on ; 、 | and line breaks, because legal names hold commas and slashes ("Huawei Technologies
 * Co., Ltd."). Organization names stay text here and are matched to records when the plan is built.
 * A money type with a `currency` reads every amount in it so, whatever the row's currency cell says
 * (the amount's value in US dollars beside the amount).
 */
export type ImportFieldType =
  | { type: 'text' | 'date' | 'money' | 'currency' | 'number' | 'country' | 'list' | 'names' }
  | { type: 'money'; currency: string }
  | { type: 'enum'; choices: EnumChoices };

/** One column of the sheet assigned to one import field (see fieldSynonyms.ts); columns are 0-based. */
export interface ColumnMapping {
  column: number;
  field: string;
}

const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const names = { type: 'names' } as const;
const choice = (choices: EnumChoices) => ({ type: 'enum', choices }) as const;

export const importFieldTypes: Readonly<Record<ImportRecordKind, Readonly<Record<string, ImportFieldType>>>> = {
  deals: {
    id: text,
    title: text,
    kind: choice(dealKindChoices),
    status: choice(dealStatusChoices),
    date,
    place: text,
    description: text,
    parties: names,
    chineseParty: names,
    uzbekParty: names,
    ...Object.fromEntries(partyRoleFields.map(({ field }) => [field, names])),
    // Split by partyRoleColumns.ts the way its role column is, so each type stays with its name.
    ...Object.fromEntries(partyTypeFields.map(({ field }) => [field, text])),
    financierCountry: text,
    recipientCountry: text,
    year: date,
    dateEstimated: choice(dateEstimateChoices),
    valueUsd: { type: 'money', currency: 'USD' },
    sectors: { type: 'list' },
    amount: { type: 'money' },
    currency: { type: 'currency' },
    amountQualifier: choice(moneyQualifierChoices),
    // Quantities separated by semicolons or lines, read by report/outputsText.ts when the record is built.
    outputs: text,
    sources: text,
    externalId: text,
    sourceUrls: text,
    sourceTitles: text,
    sourcePublishers: text,
    sourceKinds: text,
  },
  organizations: {
    id: text,
    externalId: text,
    name: text,
    country: { type: 'country' },
    kind: choice(organizationKindChoices),
    aliases: names,
    notes: text,
    itParkStatus: choice(itParkStatusChoices),
    itParkSince: date,
  },
  observations: {
    indicator: text,
    period: date,
    value: { type: 'number' },
    unit: text,
    basis: choice(observationBasisChoices),
    notes: text,
  },
  events: {
    name: text,
    date,
    place: text,
    organizer: names,
    participants: names,
    description: text,
  },
};

/** The type of an import field, or undefined for a field this kind of record does not have. */
export function fieldTypeOf(kind: ImportRecordKind, field: string): ImportFieldType | undefined {
  return Object.hasOwn(importFieldTypes[kind], field) ? importFieldTypes[kind][field] : undefined;
}

import type { Party } from '../model/deal';

/** Headers per language, written as in fieldSynonyms.ts: one "a; b; c" string each. */
export interface HeaderNames {
  en?: string;
  ru?: string;
  uz?: string;
  zh?: string;
}

/**
 * A deal column whose header names the role its organizations play ("Contractor", "Инвестор",
 * "Funding Agencies"): each name in it becomes a party with that role. `countryField` is the import
 * field whose cell on the same row gives the country of an organization the store does not know yet;
 * without one the country stays unknown, never a default.
 */
export interface PartyRoleField {
  field: string;
  role: Party['role'];
  label: string;
  countryField: 'financierCountry' | 'recipientCountry' | null;
  headers: HeaderNames;
}

export const partyRoleFields: readonly PartyRoleField[] = [
  {
    field: 'financiers',
    role: 'financier',
    label: 'Financiers',
    countryField: 'financierCountry',
    headers: {
      en: 'Financier; Funding agencies; Funding agency; Funder; Funders; Lender; Lenders; Creditor; Financed by',
      ru: 'Финансирующая организация; Финансирующие организации; Кредитор; Кредиторы; Заимодавец',
      uz: 'Moliyalashtiruvchi; Kreditor',
      zh: '资金方; 出资方; 贷款方; 融资方',
    },
  },
  {
    field: 'coFinanciers',
    role: 'financier',
    label: 'Co-financiers',
    countryField: null,
    headers: {
      en: 'Co-financing agencies; Co-financier; Co-financiers; Co-lenders',
      ru: 'Софинансирующие организации; Софинансирование',
      uz: 'Birgalikda moliyalashtiruvchi',
      zh: '联合融资方',
    },
  },
  {
    field: 'investors',
    role: 'investor',
    label: 'Investors',
    countryField: null,
    headers: { en: 'Investor; Investors', ru: 'Инвестор; Инвесторы', uz: 'Investor; Investorlar', zh: '投资方; 投资者; 投资人' },
  },
  {
    field: 'grantors',
    role: 'grantor',
    label: 'Grantors',
    countryField: 'financierCountry',
    headers: { en: 'Grantor; Donor; Donors', ru: 'Донор; Грантодатель', uz: 'Donor', zh: '捐赠方; 援助方' },
  },
  {
    field: 'contractors',
    role: 'contractor',
    label: 'Contractors',
    countryField: null,
    headers: {
      en: 'Contractor; Contractors; General contractor; EPC contractor',
      ru: 'Подрядчик; Подрядчики; Генподрядчик; Генеральный подрядчик',
      uz: 'Pudratchi; Bosh pudratchi',
      zh: '承包商; 总承包商; 承建方; 施工方',
    },
  },
  {
    field: 'suppliers',
    role: 'supplier',
    label: 'Suppliers',
    countryField: null,
    headers: {
      en: 'Supplier; Suppliers; Vendor; Equipment supplier',
      ru: 'Поставщик; Поставщики',
      uz: 'Yetkazib beruvchi',
      zh: '供应商; 供货方',
    },
  },
  {
    field: 'beneficiaries',
    role: 'beneficiary',
    label: 'Beneficiaries',
    countryField: 'recipientCountry',
    headers: {
      en: 'Beneficiary; Beneficiaries; Borrower; Borrowers; Receiving agencies; Direct receiving agencies; Recipient agency',
      ru: 'Бенефициар; Бенефициары; Получатель; Заемщик',
      uz: 'Benefitsiar; Qarz oluvchi',
      zh: '受益方; 借款方; 借款人; 受援方',
    },
  },
  {
    field: 'indirectBeneficiaries',
    role: 'beneficiary',
    label: 'Indirect beneficiaries',
    countryField: 'recipientCountry',
    headers: { en: 'Indirect receiving agencies; Indirect beneficiaries', ru: 'Косвенные получатели' },
  },
  {
    field: 'implementers',
    role: 'implementer',
    label: 'Implementers',
    countryField: null,
    headers: {
      en: 'Implementing agencies; Implementing agency; Implementer; Implementers; Executing agency; Implemented by',
      ru: 'Исполнитель; Исполнители; Исполнительное агентство; Реализующая организация',
      uz: 'Ijrochi; Amalga oshiruvchi',
      zh: '实施方; 执行机构; 实施单位',
    },
  },
  {
    field: 'guarantors',
    role: 'guarantor',
    label: 'Guarantors',
    countryField: null,
    headers: { en: 'Guarantor; Guarantors; Guaranteed by', ru: 'Гарант; Поручитель', uz: 'Kafil', zh: '担保方; 担保人' },
  },
];

/**
 * The column beside a role column that gives the type of each organization it names, member by
 * member ("Funding Agencies" and "Funding Agencies Type" in AidData's GCDF): a new organization
 * takes its kind from it (see organizationKindText.ts).
 */
export interface PartyTypeField {
  field: string;
  roleField: string;
  label: string;
  headers: HeaderNames;
}

const splitHeaders = (list: string | undefined) => (list ? list.split(';').map((header) => header.trim()) : []);

/** "<role header> Type" in each language, as files write a type column beside the role column. */
function typeHeadersOf({ en, ru, uz, zh }: HeaderNames): HeaderNames {
  return {
    en: splitHeaders(en)
      .flatMap((header) => [`${header} type`, `${header} types`, `Type of ${header}`])
      .join('; '),
    ru: splitHeaders(ru)
      .flatMap((header) => [`${header} тип`, `Тип: ${header}`])
      .join('; '),
    uz: splitHeaders(uz)
      .map((header) => `${header} turi`)
      .join('; '),
    zh: splitHeaders(zh)
      .map((header) => `${header}类型`)
      .join('; '),
  };
}

export const partyTypeFields: readonly PartyTypeField[] = partyRoleFields.map(({ field, label, headers }) => ({
  field: `${field}Types`,
  roleField: field,
  label: `${label}: type`,
  headers: typeHeadersOf(headers),
}));

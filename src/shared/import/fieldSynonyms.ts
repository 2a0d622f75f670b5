import { partyRoleFields, partyTypeFields } from './partyRoleFields';

/**
 * The fields an import can fill, per kind of record, with the column headers analysts meet for
 * them in English, Russian, Uzbek and Chinese files. Uzbek is listed in Latin only: Cyrillic Uzbek
 * headers are transliterated before matching (see normalizeHeader.ts). Headers are matched after
 * units are removed ("Сумма (млн долл.)" is "Сумма"), so units are not listed here.
 */
export interface ImportFieldDefinition {
  /** The key the mapping step fills; camelCase. */
  field: string;
  /** The header Silk Ledger itself writes in exports and templates; matching it is an exact match. */
  label: string;
  synonyms: readonly string[];
}

export const importRecordKinds = ['deals', 'organizations', 'observations', 'events'] as const;
export type ImportRecordKind = (typeof importRecordKinds)[number];

type SynonymsByLanguage = { en?: string; ru?: string; uz?: string; zh?: string };

/** Synonyms are written per language as one "a; b; c" string, which keeps this table readable. */
function defineField(field: string, label: string, synonyms: SynonymsByLanguage): ImportFieldDefinition {
  const all = [synonyms.en, synonyms.ru, synonyms.uz, synonyms.zh].flatMap((list) => (list ? list.split(';') : []));
  return { field, label, synonyms: all.map((synonym) => synonym.trim()).filter((synonym) => synonym !== '') };
}

const recordId = defineField('id', 'ID', {
  en: 'Record ID; Identifier; UUID',
  ru: 'Идентификатор; ID записи',
  uz: 'Identifikator',
  zh: '记录编号',
});

// Another system's id for the record: kept as an external id, never as our own (see externalIdScheme.ts).
const externalId = defineField('externalId', 'External ID', {
  en:
    'External IDs; AidData Record ID; Record number; Record No.; Registration number; Registration No.; Register number; ' +
    'Register No.; Registry number; Reference number; Tax ID; Taxpayer ID; TIN; INN; STIR',
  ru: 'Регистрационный номер; Реестровый номер; Номер в реестре; № в реестре; Номер записи; ИНН; Номер регистрации',
  uz: 'Roʻyxat raqami; Reyestr raqami; Roʻyxatdan oʻtish raqami; STIR; INN',
  zh: '登记号; 登记编号; 注册号; 注册编号; 统一社会信用代码',
});

const deals = [
  defineField('title', 'Title', {
    en: 'Name; Name of agreement; Agreement; Agreement title; Project; Project name; Project title; Deal; Subject',
    ru: 'Название; Наименование; Наименование проекта; Наименование соглашения; Проект; Соглашение; Предмет соглашения',
    uz: 'Nomi; Nomlanishi; Loyiha; Loyiha nomi; Kelishuv nomi',
    zh: '名称; 项目; 项目名称; 协议名称; 标题',
  }),
  defineField('kind', 'Kind', {
    en: 'Type; Deal type; Agreement type; Type of agreement; Form of cooperation',
    ru: 'Вид; Тип; Вид соглашения; Тип соглашения; Форма сотрудничества',
    uz: 'Turi; Shakli; Kelishuv turi',
    zh: '类型; 类别; 合作形式',
  }),
  defineField('status', 'Status', {
    en: 'Stage; State; Progress',
    ru: 'Статус; Состояние; Стадия; Этап',
    uz: 'Holati; Holat; Bosqich',
    zh: '状态; 进展; 阶段',
  }),
  defineField('date', 'Date', {
    en: 'Signed; Date of signing; Signing date; Signed on; Signature date; Commitment date',
    ru: 'Дата; Дата подписания; Дата заключения; Подписано',
    uz: 'Sana; Imzolangan sana; Imzolanish sanasi',
    zh: '日期; 签署日期; 签约日期; 时间',
  }),
  // Read only where a row has no full date: "Commitment Year" beside "Commitment Date (MM/DD/YYYY)".
  defineField('year', 'Year', {
    en: 'Commitment year; Year signed; Signing year; Year of signing',
    ru: 'Год; Год подписания',
    uz: 'Yil; Imzolangan yil',
    zh: '年份; 年度; 签署年份',
  }),
  // Yes/no beside the date (AidData's "Commitment Date Estimated"): yes marks the row's date approximate.
  defineField('dateEstimated', 'Date estimated', {
    en: 'Commitment date estimated; Date is estimated; Estimated date; Date is approximate; Approximate date; Date approximate',
    ru: 'Дата приблизительная; Приблизительная дата; Дата примерная; Примерная дата; Дата оценочная',
    uz: 'Taxminiy sana; Sana taxminiy',
    zh: '日期为估计; 估计日期; 日期估算',
  }),
  defineField('place', 'Place', {
    en: 'Location; Venue; City; Place of signing',
    ru: 'Место; Место подписания; Город',
    uz: 'Joy; Manzil; Shahar',
    zh: '地点; 签署地点; 城市',
  }),
  defineField('description', 'Description', {
    en: 'Details; Summary; Content; Notes; Comments',
    ru: 'Описание; Содержание; Краткое описание; Примечание; Комментарий',
    uz: 'Tavsif; Mazmuni; Izoh',
    zh: '描述; 内容; 简介; 说明; 备注',
  }),
  defineField('parties', 'Parties', {
    en: 'Party; Participants; Signatories; Sides',
    ru: 'Стороны; Участники; Подписанты',
    uz: 'Tomonlar; Ishtirokchilar',
    zh: '各方; 双方; 参与方; 签约方',
  }),
  // From a ministry's point of view "the partner" is the foreign, here Chinese, side.
  defineField('chineseParty', 'Chinese party', {
    en: 'Chinese partner; Chinese side; Chinese company; Partner; Counterparty; Foreign partner',
    ru: 'Китайская сторона; Китайский партнер; Китайская компания; Партнер; Контрагент; Иностранный партнер',
    uz: 'Xitoy tomoni; Xitoy hamkori; Xitoy kompaniyasi; Hamkor; Xorijiy hamkor',
    zh: '中方; 中方企业; 中国企业; 中方合作伙伴; 合作伙伴',
  }),
  defineField('uzbekParty', 'Uzbek party', {
    en: 'Uzbek partner; Uzbek side; Uzbek organization',
    ru: 'Узбекская сторона; Узбекский партнер; Узбекская организация',
    uz: 'Oʻzbek tomoni; Oʻzbekiston tomoni; Oʻzbek hamkori',
    zh: '乌方; 乌兹别克方; 乌方合作伙伴',
  }),
  // Columns named by the role their organizations play: "Contractor", "Инвестор", "Funding Agencies".
  ...partyRoleFields.map(({ field, label, headers }) => defineField(field, label, headers)),
  ...partyTypeFields.map(({ field, label, headers }) => defineField(field, label, headers)),
  defineField('financierCountry', 'Financier country', {
    en: 'Financier country; Lender country; Donor country; Country of financier; Investor country',
    ru: 'Страна кредитора; Страна инвестора; Страна донора',
    uz: 'Kreditor davlati; Investor davlati',
    zh: '出资国; 贷款国',
  }),
  defineField('recipientCountry', 'Recipient country', {
    en: 'Recipient; Recipient country; Borrower country; Host country; Beneficiary country',
    ru: 'Страна-получатель; Страна получателя; Страна заемщика',
    uz: 'Oluvchi davlat',
    zh: '受援国; 借款国; 东道国',
  }),
  defineField('sectors', 'Sectors', {
    en: 'Sector; Sector name; Industry; Area; Field; Sphere',
    ru: 'Отрасль; Сектор; Сфера; Направление',
    uz: 'Soha; Tarmoq; Yoʻnalish',
    zh: '行业; 领域',
  }),
  defineField('amount', 'Amount', {
    en: 'Value; Value as stated; Sum; Cost; Total; Investment; Investments; Volume',
    ru: 'Сумма; Стоимость; Объем; Объем инвестиций; Инвестиции',
    uz: 'Summa; Miqdori; Qiymati; Hajmi; Investitsiya',
    zh: '金额; 投资额; 总额; 价值; 合同金额',
  }),
  defineField('currency', 'Currency', { en: 'Original currency', ru: 'Валюта', uz: 'Valyuta', zh: '币种; 货币' }),
  // The amount's value in US dollars beside it; "Amount, USD" alone is the amount itself (see usdColumnProposal.ts).
  defineField('valueUsd', 'Value (USD)', {
    en: 'Amount (Nominal USD); Nominal USD; Value in USD; USD amount; USD equivalent; Equivalent in USD; Amount in US dollars',
    ru: 'Сумма, долл. США; Сумма в долларах США; Сумма в долларах; Эквивалент в долларах США',
    uz: 'Dollardagi summa; AQSh dollarida',
    zh: '美元金额; 折合美元',
  }),
  defineField('amountQualifier', 'Amount qualifier', {
    en: 'Qualifier; Amount precision; Amount estimated; Estimated',
    ru: 'Точность суммы; Оценка',
    uz: 'Taxminiy',
    zh: '估算',
  }),
  defineField('outputs', 'Outputs', { en: 'Output; Deliverables', ru: 'Результаты', uz: 'Natijalar', zh: '成果' }),
  defineField('sources', 'Sources', {
    en: 'Source; Citation; Citations; Reference; References',
    ru: 'Источник; Источники',
    uz: 'Manba; Manbalar',
    zh: '来源; 出处',
  }),
  // Paired lists, member i of each describing source i: see sourceCitations.ts.
  defineField('sourceUrls', 'Source URLs', {
    en: 'Source URL; URLs; URL; Link; Links',
    ru: 'Ссылка; Ссылки; Ссылки на источники',
    uz: 'Havola; Havolalar',
    zh: '链接; 来源链接',
  }),
  defineField('sourceTitles', 'Source titles', {
    en: 'Source title; Titles of sources',
    ru: 'Название источника; Названия источников',
    uz: 'Manba nomi',
    zh: '来源标题',
  }),
  defineField('sourcePublishers', 'Source publishers', {
    en: 'Source publisher; Publisher; Publishers',
    ru: 'Издатель; Издатели; Издание',
    uz: 'Nashriyot',
    zh: '发布者; 出版方',
  }),
  defineField('sourceKinds', 'Source kinds', {
    en: 'Source resource types; Source type; Source types; Source kind',
    ru: 'Тип источника; Типы источников',
    uz: 'Manba turi',
    zh: '来源类型',
  }),
  recordId,
  externalId,
];

const organizations = [
  defineField('name', 'Name', {
    en: 'Organization; Organisation; Organization name; Company; Company name; Entity',
    ru: 'Название; Наименование; Наименование организации; Организация; Компания',
    uz: 'Nomi; Tashkilot; Tashkilot nomi; Kompaniya',
    zh: '名称; 公司; 公司名称; 企业; 企业名称; 机构',
  }),
  defineField('country', 'Country', {
    en: 'Country of origin; Nationality',
    ru: 'Страна; Государство; Страна происхождения',
    uz: 'Davlat; Mamlakat',
    zh: '国家; 国别',
  }),
  defineField('kind', 'Kind', {
    en: 'Type; Organization type; Category; Legal form',
    ru: 'Тип; Вид; Категория; Тип организации',
    uz: 'Turi; Toifa',
    zh: '类型; 类别; 性质',
  }),
  defineField('aliases', 'Aliases', {
    en: 'Alias; Also known as; AKA; Other names; Former names; Brand; Trade name',
    ru: 'Синонимы; Другие названия; Также известна как; Бренд',
    uz: 'Boshqa nomlari',
    zh: '别名; 又名; 简称',
  }),
  defineField('notes', 'Notes', {
    en: 'Note; Comments; Remarks; Description',
    ru: 'Примечание; Примечания; Комментарий; Описание',
    uz: 'Izoh; Izohlar',
    zh: '备注; 说明; 描述',
  }),
  // In a list of organizations the status that matters is the IT Park residency.
  defineField('itParkStatus', 'IT Park status', {
    en: 'IT Park; IT Park resident; Residency; Resident status; Status',
    ru: 'Статус; Статус резидента; Резидент IT Park',
    uz: 'Holati; IT Park rezidenti; Rezidentlik',
    zh: '状态; IT园区状态',
  }),
  defineField('itParkSince', 'IT Park since', {
    en: 'Resident since; Residency date; Date of residency; Registered in IT Park',
    ru: 'Дата регистрации в IT Park; Резидент с; Дата получения статуса; Дата резидентства; Дата получения статуса резидента',
    uz: 'Rezident boʻlgan sana; Rezidentlik sanasi',
    zh: '入驻日期',
  }),
  recordId,
  externalId,
];

const observations = [
  defineField('indicator', 'Indicator', {
    en: 'Indicator name; Measure; Metric; Series; Name',
    ru: 'Показатель; Наименование показателя; Индикатор',
    uz: 'Koʻrsatkich; Koʻrsatkich nomi',
    zh: '指标; 指标名称',
  }),
  defineField('period', 'Period', {
    en: 'Year; Date; Quarter; Month; As of; Reporting period',
    ru: 'Период; Год; Дата; Квартал; Месяц; Отчетный период',
    uz: 'Davr; Yil; Sana; Chorak; Oy',
    zh: '期间; 时期; 年份; 日期',
  }),
  defineField('value', 'Value', {
    en: 'Amount; Figure; Count; Number; Total',
    ru: 'Значение; Величина; Сумма; Количество',
    uz: 'Qiymat; Qiymati; Soni; Miqdori',
    zh: '数值; 值; 金额; 数量',
  }),
  defineField('unit', 'Unit', {
    en: 'Units; Unit of measure; Measure unit; UoM',
    ru: 'Единица; Единицы; Единица измерения; Единицы измерения; Ед. изм.; Ед.',
    uz: 'Oʻlchov birligi; Birlik',
    zh: '单位; 计量单位',
  }),
  defineField('basis', 'Basis', {
    en: 'Period or cumulative; Cumulative; Type of value',
    ru: 'Основа; Нарастающим итогом',
    uz: 'Asos',
    zh: '口径; 累计',
  }),
  defineField('notes', 'Notes', { en: 'Note; Comments; Remarks', ru: 'Примечание; Комментарий', uz: 'Izoh', zh: '备注; 说明' }),
];

const events = [
  defineField('name', 'Name', {
    en: 'Event; Event name; Title',
    ru: 'Название; Наименование; Мероприятие; Название мероприятия; Событие',
    uz: 'Nomi; Tadbir; Tadbir nomi',
    zh: '名称; 活动; 活动名称; 会议; 会议名称',
  }),
  defineField('date', 'Date', {
    en: 'Dates; Start date; When',
    ru: 'Дата; Дата проведения',
    uz: 'Sana; Oʻtkazilgan sana',
    zh: '日期; 时间; 举办时间',
  }),
  defineField('place', 'Place', {
    en: 'Location; Venue; City',
    ru: 'Место; Место проведения; Город',
    uz: 'Joy; Manzil; Oʻtkazilgan joy',
    zh: '地点; 举办地点; 城市',
  }),
  defineField('organizer', 'Organizer', {
    en: 'Organiser; Organizers; Host; Hosted by',
    ru: 'Организатор; Организаторы',
    uz: 'Tashkilotchi',
    zh: '主办方; 主办单位; 组织者',
  }),
  defineField('participants', 'Participants', {
    en: 'Attendees; Delegation; Speakers',
    ru: 'Участники; Делегация',
    uz: 'Ishtirokchilar',
    zh: '参与者; 参会人员; 出席者; 代表团',
  }),
  defineField('description', 'Description', {
    en: 'Details; Summary; Outcome; Results; Notes',
    ru: 'Описание; Итоги; Результаты',
    uz: 'Tavsif; Natijalar',
    zh: '描述; 内容; 成果; 备注',
  }),
];

export const importFields: Readonly<Record<ImportRecordKind, readonly ImportFieldDefinition[]>> = {
  deals,
  organizations,
  observations,
  events,
};

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
    en: 'Chinese partner; Chinese side; Chinese company; Partner; Counterparty; Foreign partner; Investor; Financier; Funding agencies',
    ru: 'Китайская сторона; Китайский партнер; Китайская компания; Партнер; Контрагент; Иностранный партнер; Инвестор',
    uz: 'Xitoy tomoni; Xitoy hamkori; Xitoy kompaniyasi; Hamkor; Xorijiy hamkor; Investor',
    zh: '中方; 中方企业; 中国企业; 中方合作伙伴; 合作伙伴; 投资方',
  }),
  defineField('uzbekParty', 'Uzbek party', {
    en: 'Uzbek partner; Uzbek side; Uzbek organization; Receiving agencies; Direct receiving agencies',
    ru: 'Узбекская сторона; Узбекский партнер; Узбекская организация',
    uz: 'Oʻzbek tomoni; Oʻzbekiston tomoni; Oʻzbek hamkori',
    zh: '乌方; 乌兹别克方; 乌方合作伙伴',
  }),
  defineField('sectors', 'Sectors', {
    en: 'Sector; Sector name; Industry; Area; Field; Sphere',
    ru: 'Отрасль; Сектор; Сфера; Направление',
    uz: 'Soha; Tarmoq; Yoʻnalish',
    zh: '行业; 领域',
  }),
  defineField('amount', 'Amount', {
    en: 'Value; Sum; Cost; Total; Investment; Investments; Volume',
    ru: 'Сумма; Стоимость; Объем; Объем инвестиций; Инвестиции',
    uz: 'Summa; Miqdori; Qiymati; Hajmi; Investitsiya',
    zh: '金额; 投资额; 总额; 价值; 合同金额',
  }),
  defineField('currency', 'Currency', { en: 'Original currency', ru: 'Валюта', uz: 'Valyuta', zh: '币种; 货币' }),
  defineField('amountQualifier', 'Amount qualifier', {
    en: 'Qualifier; Amount precision; Amount estimated; Estimated',
    ru: 'Точность суммы; Оценка',
    uz: 'Taxminiy',
    zh: '估算',
  }),
  defineField('sources', 'Sources', {
    en: 'Source; Source URL; Source URLs; Citation; Citations; Reference; References; Link; URL',
    ru: 'Источник; Источники; Ссылка',
    uz: 'Manba; Manbalar; Havola',
    zh: '来源; 出处; 链接',
  }),
  recordId,
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

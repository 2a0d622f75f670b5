import { dealKinds, dealStatuses } from '../model/deal';
import { observationBases } from '../model/indicator';
import { labelOf } from '../model/labels';
import { itParkStatuses, organizationKinds } from '../model/organization';
import { moneyQualifiers } from '../values/money.schema';
import { normalizeHeaderText } from './normalizeHeader';

/** The codes a column may hold, with the words analysts write for them besides the code and its label. */
export interface EnumChoices {
  /** What one value is called in messages: "deal kind". */
  name: string;
  values: readonly string[];
  /** Extra names per code, as one "a; b; c" string in any language. */
  synonyms: Readonly<Partial<Record<string, string>>>;
}

/**
 * Words that could mean several codes are left out on purpose: "Соглашение", "Kelishuv" and "协议"
 * (agreement) fit four deal kinds, so such a cell is refused and the analyst picks the kind.
 */
export const dealKindChoices: EnumChoices = {
  name: 'deal kind',
  values: dealKinds,
  synonyms: {
    'intergovernmental-agreement':
      'Intergovernmental; Government agreement; Межправительственное соглашение; Межгосударственное соглашение; Hukumatlararo kelishuv; Hukumatlararo bitim; 政府间协议; 政府间协定',
    'ministerial-agreement':
      'Ministerial; Interministerial agreement; Inter-agency agreement; Межведомственное соглашение; Соглашение между министерствами; Vazirliklararo kelishuv; Idoralararo kelishuv; 部门间协议; 部委间协议',
    'inter-operator-agreement':
      'Interoperator agreement; Operator agreement; Межоператорское соглашение; Operatorlararo kelishuv; 运营商间协议',
    'commercial-contract':
      'Contract; Commercial agreement; Контракт; Договор; Коммерческий контракт; Shartnoma; Tijorat shartnomasi; 合同; 商业合同',
    'joint-venture': 'JV; Joint enterprise; Совместное предприятие; СП; Qo‘shma korxona; 合资企业; 合资公司',
    'investment-programme': 'Investment program; Инвестиционная программа; Investitsiya dasturi; 投资计划',
    loan:
      'Credit; Loan agreement; Кредит; Заём; Займ; Кредитное соглашение; Kredit; Qarz; 贷款; 贷款协议; ' +
      "Export buyer's credit; Export seller's credit; Supplier's credit/export seller's credit; Supplier's credit; Buyer's credit; Preferential buyer's credit; Concessional loan; Interest-free loan; Credit line; Line of credit; Syndicated loan",
    residency: 'IT Park residency; Резидентство; Rezidentlik; 入驻',
    memorandum:
      'MoU; Memorandum of understanding; Меморандум; Меморандум о взаимопонимании; O‘zaro anglashuv memorandumi; 谅解备忘录; 备忘录',
    // AidData's grants and technical assistance pay for a given project (a building, equipment, training).
    project:
      'Проект; Loyiha; 项目; Grant; In-kind grant; Technical assistance; Free-standing technical assistance; Scholarships/training in the donor country',
    talks: 'Negotiations; Переговоры; Muzokaralar; 会谈; 谈判',
    other: 'Другое; Прочее; Boshqa; 其他; Debt forgiveness; Debt rescheduling; Vague (Official Finance); Vague TBD',
  },
};

export const dealStatusChoices: EnumChoices = {
  name: 'deal status',
  values: dealStatuses,
  synonyms: {
    'under-discussion':
      'Under negotiation; Negotiating; Обсуждается; На стадии обсуждения; Muhokama qilinmoqda; 洽谈中; 商谈中; 磋商中',
    declared: 'Announced; Объявлено; Заявлено; Анонсировано; E‘lon qilingan; 已宣布; 宣布; Pipeline: Pledge; Pledged',
    // AidData's "Suspended": committed, and neither under way nor ended, so the commitment is what stands.
    signed: 'Подписано; Подписан; Подписана; Imzolangan; 已签署; 已签约; 签署; Pipeline: Commitment; Committed; Suspended',
    'in-progress':
      'Ongoing; Underway; Under way; In implementation; Under implementation; Реализуется; В процессе реализации; Выполняется; Amalga oshirilmoqda; Jarayonda; 实施中; 进行中; 在建; Implementation',
    completed:
      'Done; Finished; Complete; Implemented; Завершено; Завершен; Выполнено; Реализовано; Yakunlangan; Bajarilgan; 已完成; 完成; 竣工; Completion',
    granted: 'Предоставлено; Выдано; Berilgan; 已授予',
    terminated: 'Cancelled; Canceled; Расторгнуто; Прекращено; Отменено; Bekor qilingan; 已终止; 终止; 取消',
    unknown: 'Неизвестно; Нет данных; Noma‘lum; 未知; 不详',
  },
};

/** Besides words, a GCDF-style "Amount estimated" column holds yes/no: estimated means approximately. */
export const moneyQualifierChoices: EnumChoices = {
  name: 'amount qualifier',
  values: moneyQualifiers,
  synonyms: {
    exact: 'Precise; No; False; Нет; Точно; Yo‘q; 否; 精确; =',
    approximately:
      'Approximate; Approx; Estimated; Estimate; About; Yes; True; Да; Примерно; Около; Оценка; Ha; Taxminan; 是; 约; 估算; ~; ≈',
    'at-least': 'Minimum; Не менее; Kamida; 至少; ≥; >=',
    'more-than': 'Over; Above; Более; Свыше; Ortiq; 超过; >',
    'at-most': 'Up to; Maximum; Не более; До; 最多; ≤; <=',
    'less-than': 'Under; Below; Менее; 少于; <',
  },
};

/** A yes/no column saying whether the row's date is estimated, as AidData's "Commitment Date Estimated" does. */
export const dateEstimateChoices: EnumChoices = {
  name: 'date estimate (yes or no)',
  values: ['approximate', 'exact'],
  synonyms: {
    approximate:
      'Yes; Y; True; 1; Estimated; Estimate; Approx; Approximately; Circa; About; Да; Примерно; Приблизительно; Около; Оценка; Ha; Taxminan; Taxminiy; 是; 约; 估算; 估计; ~; ≈',
    exact: 'No; N; False; 0; Precise; Actual; Нет; Точно; Точная; Yo‘q; Aniq; 否; 精确; 确切; =',
  },
};

export const organizationKindChoices: EnumChoices = {
  name: 'organization kind',
  values: organizationKinds,
  synonyms: {
    government: 'Правительство; Hukumat; 政府',
    ministry: 'Министерство; Vazirlik; 部委',
    agency: 'Агентство; Ведомство; Agentlik; 机构',
    'state-owned-company': 'SOE; State company; State enterprise; Государственная компания; Davlat kompaniyasi; 国有企业; 国企',
    'private-company': 'Private; Private enterprise; Частная компания; Xususiy kompaniya; 私营企业; 民营企业',
    operator: 'Telecom operator; Mobile operator; Оператор; Оператор связи; 运营商',
    'financial-institution': 'Bank; Fund; Банк; Фонд; Jamg‘arma; 银行; 基金',
    'technology-park': 'Technopark; Tech park; IT park; Технопарк; Texnopark; 科技园',
    'research-institute': 'University; Institute; Университет; Институт; НИИ; Universitet; Institut; 大学; 研究院; 研究所',
    'international-organization': 'International organisation; Международная организация; Xalqaro tashkilot; 国际组织',
  },
};

export const itParkStatusChoices: EnumChoices = {
  name: 'IT Park status',
  values: itParkStatuses,
  synonyms: {
    resident: 'Yes; True; Да; Резидент; Rezident; Ha; 是; 入驻',
    applicant: 'Applied; Заявитель; Подана заявка; Ariza bergan; 申请中',
    'former-resident': 'Former; Бывший резидент; Sobiq rezident',
  },
};

export const observationBasisChoices: EnumChoices = {
  name: 'basis',
  values: observationBases,
  synonyms: {
    // The long forms are how reports write the basis (report/reportSheets.ts).
    period: 'For the period; During the period; За период; Davr uchun; 当期',
    cumulative: 'Running total; Running total at the end of the period; Нарастающим итогом; С начала года; Kumulyativ; 累计',
  },
};

interface ChoiceIndex {
  /** Symbols, which have no letters for a normalized key: "≈", ">=". */
  symbols: Map<string, string>;
  /** normalizeHeaderText keys: case, punctuation, apostrophes and Cyrillic/Latin script do not matter. */
  normalized: Map<string, string>;
}

const indexes = new WeakMap<EnumChoices, ChoiceIndex>();

/** The code a cell names, or null when it names none (or a word two codes share). */
export function matchEnumChoice(choices: EnumChoices, text: string): string | null {
  const index = indexes.get(choices) ?? indexChoices(choices);
  const trimmed = text.trim();
  return index.symbols.get(trimmed) ?? index.normalized.get(normalizeHeaderText(trimmed)) ?? null;
}

/** "one of Intergovernmental agreement, …, Other": what a message offers the analyst. */
export function describeChoices(choices: EnumChoices): string {
  return `a ${choices.name}: one of ${choices.values.map(labelOf).join(', ')}`;
}

/** Keys two codes share are dropped rather than given to either (see enumChoices.test.ts, which expects none). */
export function findSharedKeys(choices: EnumChoices): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [key, code] of namesOf(choices)) {
    const normalized = normalizeHeaderText(key);
    if (normalized === '') continue;
    owners.set(normalized, (owners.get(normalized) ?? new Set()).add(code));
  }
  return [...owners].filter(([, codes]) => codes.size > 1).map(([key]) => key);
}

function namesOf(choices: EnumChoices): [string, string][] {
  return choices.values.flatMap((code) => {
    const extra = (choices.synonyms[code] ?? '').split(';').map((name) => name.trim());
    return [code, labelOf(code), ...extra].filter((name) => name !== '').map((name): [string, string] => [name, code]);
  });
}

function indexChoices(choices: EnumChoices): ChoiceIndex {
  const index: ChoiceIndex = { symbols: new Map(), normalized: new Map() };
  const shared = new Set(findSharedKeys(choices));
  for (const [name, code] of namesOf(choices)) {
    const normalized = normalizeHeaderText(name);
    if (normalized === '') index.symbols.set(name, code);
    else if (!shared.has(normalized)) index.normalized.set(normalized, code);
  }
  indexes.set(choices, index);
  return index;
}

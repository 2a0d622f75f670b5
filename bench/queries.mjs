/**
 * The 50 queries typed into the global search and into the deals table's filter: words from the
 * generated titles, descriptions and parties in Latin, Cyrillic and Chinese, place names and
 * record numbers, from broad ("cloud") to narrow ("#4711").
 */
const words = [
  'fibre',
  'cloud',
  'smart city',
  'data centre',
  '5G',
  'e-government',
  'магистральная',
  'облачный',
  'умный город',
  'обработки данных',
  'развёртывание',
  'электронного',
  '光纤',
  '云区域',
  '智慧城市',
  '数据中心',
  '部署',
  '电子政务',
  'karakalpakstan',
  'fergana',
  'bukhara',
  'khorezm',
  'andijan',
  'namangan',
  'navoi',
  'surkhandarya',
  'cloud fergana',
  'fibre bukhara',
  'data centre navoi',
  'облачный andijan',
  '光纤 khorezm',
];
const numbers = [
  '#1',
  '#47',
  '#123',
  '#999',
  '#4711',
  '№2',
  '№58',
  '№777',
  '第3号',
  '第88号',
  '第5000号',
  '#31337',
  '№12345',
  '#70001',
  '第99999号',
  '#100',
  '№1000',
  '#2024',
  '第42号',
];

export const searchQueries = [...words, ...numbers].slice(0, 50);
export const filterQueries = searchQueries;

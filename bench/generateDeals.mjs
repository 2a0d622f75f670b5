import * as XLSX from 'xlsx';

/**
 * A deals workbook as an analyst might receive it: 20 columns, text in Latin, Cyrillic and
 * Chinese, signing dates as Excel serials and as text, amounts with qualifiers, and parties named
 * as the default dataset names its organizations (sometimes with a legal form the matcher ignores).
 * Deterministic: the same row count gives the same bytes' content.
 */
const headers = [
  'Title',
  'Type',
  'Status',
  'Signed',
  'Place',
  'Description',
  'Chinese partner',
  'Uzbek partner',
  'Sector',
  'Amount, USD',
  'Source URL',
  'Reported on',
  'Ref. no.',
  'Analyst',
  'Регион',
  '负责人',
  'Priority',
  'Checked',
  'Internal code',
  'Batch',
];

const chineseParties = ['Huawei', 'China Telecom', 'China Unicom Co. Ltd', 'Tencent', 'H3C Technologies Co. LTD', 'ZTE China'];
const uzbekParties = ['JSC Uzbektelecom', 'Uzbektelecom', 'UZINFOCOM', 'Beeline', 'Mobiuz', 'Ucell', 'IT Park'];
const kinds = [
  'Commercial contract',
  'Joint venture',
  'Контракт',
  '合同',
  'Memorandum of understanding',
  'Investment programme',
  'Проект',
];
const statuses = ['Signed', 'Completed', 'Реализуется', '已签署', 'Under negotiation', 'Announced'];
const places = ['Tashkent', 'Ташкент', '北京', 'Samarkand', 'Самарканд', 'Shenzhen', 'Nukus'];
const sectors = ['telecommunications', 'data centres', 'information technology', 'mobile communications', 'e-government'];
const subjects = [
  ['Fibre backbone', 'Магистральная сеть', '光纤骨干网'],
  ['Cloud region', 'Облачный регион', '云区域'],
  ['Smart city pilot', 'Пилот «Умный город»', '智慧城市试点'],
  ['Data centre', 'Центр обработки данных', '数据中心'],
  ['5G rollout', 'Развёртывание 5G', '5G部署'],
  ['E-government platform', 'Платформа электронного правительства', '电子政务平台'],
];
const regions = ['Karakalpakstan', 'Fergana', 'Bukhara', 'Khorezm', 'Andijan', 'Namangan', 'Navoi', 'Surkhandarya'];

/** Excel's serial day number for a UTC date (1900 system). */
function excelSerial(year, month, day) {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function amountText(i) {
  const units = (i % 97) + 1;
  switch (i % 5) {
    case 0:
      return `approx. USD ${(units / 10).toFixed(1)} bn`;
    case 1:
      return `USD ${units * 10} million`;
    case 2:
      return `${units * 7} млн долларов`;
    case 3:
      return units * 125_000;
    default:
      return `about $${units},500,000`;
  }
}

function signedCell(i, year, month, day) {
  if (i % 3 === 0) return { t: 'n', v: excelSerial(year, month, day), z: 'yyyy-mm-dd' };
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return { t: 's', v: i % 3 === 1 ? `${dd}.${mm}.${year}` : `${year}-${mm}-${dd}` };
}

/** Row i (0-based) of the sheet, as cell objects in header order. */
export function dealRow(i) {
  const [en, ru, zh] = subjects[i % subjects.length];
  const region = regions[i % regions.length];
  const year = 2005 + (i % 20);
  const month = (i % 12) + 1;
  const day = (i % 28) + 1;
  const language = i % 3;
  const title = [`${en} ${region} #${i + 1}`, `${ru} ${region} №${i + 1}`, `${zh} ${region} 第${i + 1}号`][language];
  const text = (value) => ({ t: 's', v: value });
  return [
    text(title),
    text(kinds[i % kinds.length]),
    text(statuses[i % statuses.length]),
    signedCell(i, year, month, day),
    text(places[i % places.length]),
    text(`${en} / ${ru} / ${zh}: phase ${(i % 4) + 1} in ${region}, reported by the ministry.`),
    text(chineseParties[i % chineseParties.length]),
    text(uzbekParties[i % uzbekParties.length]),
    text(sectors[i % sectors.length]),
    typeof amountText(i) === 'number' ? { t: 'n', v: amountText(i) } : text(amountText(i)),
    text(`https://example.org/deals/${i + 1}`),
    text(i % 2 ? `Q${(i % 4) + 1} ${year}` : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`),
    text(`UZ-${String(i + 1).padStart(6, '0')}`),
    text(['A. Karimova', 'Б. Юсупов', '王伟'][i % 3]),
    text(region),
    text(['李娜', 'Иванов', 'Tursunov'][i % 3]),
    { t: 'n', v: (i % 5) + 1 },
    { t: 'b', v: i % 2 === 0 },
    text(`C${(i * 7919) % 100_000}`),
    { t: 'n', v: Math.floor(i / 1000) + 1 },
  ];
}

/** The xlsx bytes of an `rows`-row deals sheet with a header row. */
export function buildDealsWorkbook(rows) {
  const sheet = {};
  headers.forEach((header, column) => (sheet[XLSX.utils.encode_cell({ r: 0, c: column })] = { t: 's', v: header }));
  for (let i = 0; i < rows; i++) {
    dealRow(i).forEach((cell, column) => (sheet[XLSX.utils.encode_cell({ r: i + 1, c: column })] = cell));
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows, c: headers.length - 1 } });
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Deals');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true });
}

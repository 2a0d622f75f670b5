import { describe, expect, it } from 'vitest';
import type { MoneyQualifier } from './money.schema';
import { moneySchema } from './money.schema';
import { parseMoney } from './money';

type Case = [text: string, amount: number, currency: string, qualifier: MoneyQualifier];

function expectMoney(text: string, amount: number, currency: string, qualifier: MoneyQualifier, defaultCurrency?: string) {
  const result = parseMoney(text, { defaultCurrency });
  expect(result, text).toMatchObject({ ok: true, value: { amount, currency, qualifier } });
  if (result.ok) expect(moneySchema.safeParse(result.value).success).toBe(true);
}

describe('parseMoney in English', () => {
  it.each<Case>([
    ['approximately USD 700 million', 700e6, 'USD', 'approximately'],
    ['approx. USD 700 million', 700e6, 'USD', 'approximately'],
    ['about $700m', 700e6, 'USD', 'approximately'],
    ['~$700M', 700e6, 'USD', 'approximately'],
    ['≈ $700M', 700e6, 'USD', 'approximately'],
    ['around USD 700 mn', 700e6, 'USD', 'approximately'],
    ['some $12 million', 12e6, 'USD', 'approximately'],
    ['c. $3bn', 3e9, 'USD', 'approximately'],
    ['USD 58.4 million', 58.4e6, 'USD', 'exact'],
    ['$58.4 mln', 58.4e6, 'USD', 'exact'],
    ['US$ 1.2 bn', 1.2e9, 'USD', 'exact'],
    ['USD 1.2 bn', 1.2e9, 'USD', 'exact'],
    ['1.2 billion USD', 1.2e9, 'USD', 'exact'],
    ['exceeding USD 500 million', 500e6, 'USD', 'more-than'],
    ['over USD 500 million', 500e6, 'USD', 'more-than'],
    ['more than $500M', 500e6, 'USD', 'more-than'],
    ['in excess of $500M', 500e6, 'USD', 'more-than'],
    ['> $500M', 500e6, 'USD', 'more-than'],
    ['at least 3 million USD', 3e6, 'USD', 'at-least'],
    ['no less than $3M', 3e6, 'USD', 'at-least'],
    ['$3M or more', 3e6, 'USD', 'at-least'],
    ['$500M+', 500e6, 'USD', 'at-least'],
    ['up to USD 10 million', 10e6, 'USD', 'at-most'],
    ['no more than $10M', 10e6, 'USD', 'at-most'],
    ['<= $10M', 10e6, 'USD', 'at-most'],
    ['less than $1M', 1e6, 'USD', 'less-than'],
    ['under $1M', 1e6, 'USD', 'less-than'],
    ['below $1M', 1e6, 'USD', 'less-than'],
    ['$455,400', 455400, 'USD', 'exact'],
    ['USD 7.4 million', 7.4e6, 'USD', 'exact'],
    ['USD 4.1 million', 4.1e6, 'USD', 'exact'],
    ['$1,200,000', 1.2e6, 'USD', 'exact'],
    ['USD 250 thousand', 250e3, 'USD', 'exact'],
    ['$25k', 25e3, 'USD', 'exact'],
    ['$2b', 2e9, 'USD', 'exact'],
    ['US$1.5 trillion', 1.5e12, 'USD', 'exact'],
    ['12 million US dollars', 12e6, 'USD', 'exact'],
    ['€5.5m', 5.5e6, 'EUR', 'exact'],
    ['EUR 20 million', 20e6, 'EUR', 'exact'],
    ['20 million euros', 20e6, 'EUR', 'exact'],
    ['£2bn', 2e9, 'GBP', 'exact'],
    ['JPY 3 billion', 3e9, 'JPY', 'exact'],
    ['KZT 100 million', 100e6, 'KZT', 'exact'],
    ['RMB 100 million', 100e6, 'CNY', 'exact'],
    ['100 million yuan', 100e6, 'CNY', 'exact'],
    ['UZS 5 billion', 5e9, 'UZS', 'exact'],
    ['5 billion soum', 5e9, 'UZS', 'exact'],
    ['  USD 7.4 million.  ', 7.4e6, 'USD', 'exact'],
    ['USD\u00a01\u00a0234\u00a0567', 1234567, 'USD', 'exact'],
  ])('reads %j', (text, amount, currency, qualifier) => expectMoney(text, amount, currency, qualifier));
});

describe('parseMoney in Russian and Uzbek', () => {
  it.each<Case>([
    ['700 млн долларов', 700e6, 'USD', 'exact'],
    ['700 млн $', 700e6, 'USD', 'exact'],
    ['1,2 млрд долл. США', 1.2e9, 'USD', 'exact'],
    ['1,2 млрд. долларов США', 1.2e9, 'USD', 'exact'],
    ['около 700 млн долларов', 700e6, 'USD', 'approximately'],
    ['порядка 700 млн долл.', 700e6, 'USD', 'approximately'],
    ['более 500 млн долларов', 500e6, 'USD', 'more-than'],
    ['не менее 3 млн долларов', 3e6, 'USD', 'at-least'],
    ['менее 3 млн долларов', 3e6, 'USD', 'less-than'],
    ['не более 10 млн евро', 10e6, 'EUR', 'at-most'],
    ['до 10 млн евро', 10e6, 'EUR', 'at-most'],
    ['500 млн долларов и более', 500e6, 'USD', 'at-least'],
    ['5 млрд сум', 5e9, 'UZS', 'exact'],
    ['5 трлн сумов', 5e12, 'UZS', 'exact'],
    ['100 тыс. руб.', 100e3, 'RUB', 'exact'],
    ['100 тыс.руб.', 100e3, 'RUB', 'exact'],
    ['3 миллиона рублей', 3e6, 'RUB', 'exact'],
    ['₽100 млн', 100e6, 'RUB', 'exact'],
    ['200 млн юаней', 200e6, 'CNY', 'exact'],
    ['700 mln dollar', 700e6, 'USD', 'exact'],
    ['qariyb 700 million AQSh dollari', 700e6, 'USD', 'approximately'],
    ['taxminan 1,5 mlrd dollar', 1.5e9, 'USD', 'approximately'],
    ["5 mlrd so'm", 5e9, 'UZS', 'exact'],
    ['5 mlrd so‘m', 5e9, 'UZS', 'exact'],
    ['5 mlrd soʻm', 5e9, 'UZS', 'exact'],
    ['5 млрд сўм', 5e9, 'UZS', 'exact'],
    ['500 mln dollardan ortiq', 500e6, 'USD', 'more-than'],
    ['kamida 3 mln dollar', 3e6, 'USD', 'at-least'],
    ['20 ming dollar', 20e3, 'USD', 'exact'],
  ])('reads %j', (text, amount, currency, qualifier) => expectMoney(text, amount, currency, qualifier));
});

describe('parseMoney in Chinese and with symbols', () => {
  it.each<Case>([
    ['7亿美元', 7e8, 'USD', 'exact'],
    ['100万元', 1e6, 'CNY', 'exact'],
    ['约7亿美元', 7e8, 'USD', 'approximately'],
    ['超过5亿美元', 5e8, 'USD', 'more-than'],
    ['人民币100万元', 1e6, 'CNY', 'exact'],
    ['¥100万', 1e6, 'CNY', 'exact'],
    ['￥100万', 1e6, 'CNY', 'exact'],
    ['１００万元', 1e6, 'CNY', 'exact'],
    ['1.5万亿元', 1.5e12, 'CNY', 'exact'],
    ['3千万美元', 3e7, 'USD', 'exact'],
    ['7亿美元以上', 7e8, 'USD', 'at-least'],
    ['7亿美元左右', 7e8, 'USD', 'approximately'],
    ['至少3亿元', 3e8, 'CNY', 'at-least'],
    ['不超过10亿元', 1e9, 'CNY', 'at-most'],
  ])('reads %j', (text, amount, currency, qualifier) => expectMoney(text, amount, currency, qualifier));
});

describe('parseMoney with options', () => {
  it.each<Case>([
    ['455400', 455400, 'USD', 'exact'],
    ['свыше 500 млн', 500e6, 'USD', 'more-than'],
    ['более 500 млн', 500e6, 'USD', 'more-than'],
    ['не менее 3 млн', 3e6, 'USD', 'at-least'],
    ['≥ 3M', 3e6, 'USD', 'at-least'],
    ['7,4 млн', 7.4e6, 'USD', 'exact'],
    ['1 234 567,89', 1234567.89, 'USD', 'exact'],
  ])('reads %j with default currency USD', (text, amount, currency, qualifier) =>
    expectMoney(text, amount, currency, qualifier, 'USD'),
  );

  it('uses the stated currency over the default', () => expectMoney('5 млрд сум', 5e9, 'UZS', 'exact', 'USD'));
  it('accepts a lower-case default currency', () => expectMoney('100', 100, 'EUR', 'exact', 'eur'));

  it('follows an explicit decimal separator', () => {
    expect(parseMoney('USD 1,234', { decimalSeparator: ',' })).toMatchObject({ ok: true, value: { amount: 1.234 } });
    expect(parseMoney('USD 1.234', { decimalSeparator: ',' })).toMatchObject({ ok: true, value: { amount: 1234 } });
    expect(parseMoney('USD 1,234')).toMatchObject({ ok: true, value: { amount: 1234 } });
  });

  it('gives US dollars their own USD value and leaves other currencies unconverted', () => {
    expect(parseMoney('USD 58.4 million')).toEqual({
      ok: true,
      value: {
        amount: 58.4e6,
        currency: 'USD',
        qualifier: 'exact',
        usd: { amount: 58.4e6, rate: 1, rateDate: null, rateSource: null },
      },
    });
    expect(parseMoney('5 млрд сум')).toMatchObject({ ok: true, value: { usd: null } });
  });
});

describe('parseMoney errors', () => {
  it.each([
    ['455400', /no currency: write USD, \$, сум, 元/],
    ['свыше 500 млн', /no currency: write USD, \$, сум, 元/],
    ['12.5%', /percentage, not an amount of money/],
    ['', /the text is empty/],
    ['USD', /no amount written in digits/],
    ['about a million dollars', /no amount written in digits/],
    ['USD 1.2.3,4,5 million', /appears more than once/],
    ['-$5M', /cannot be negative/],
    ['USD -5M', /cannot be negative/],
    ['USD 500–700 million', /range of amounts/],
    ['USD 100 сум', /two currencies, USD and UZS/],
    ['zirka USD 5', /“zirka USD” before the amount/],
    ['USD zirka 5', /“zirka” before the amount/],
    ['USD 5 million in 2024', /“in 2024” after the amount/],
    ['5 zillion USD', /“zillion USD” after the amount/],
    ['over $5M or less', /two different qualifiers/],
  ])('rejects %j', (text, message) => {
    const result = parseMoney(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`“${text}”`);
    expect(result.message).toMatch(message);
  });

  it('rejects a default currency that is not an ISO code', () => {
    const result = parseMoney('100', { defaultCurrency: 'dollars' });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('“dollars” is not a three-letter ISO code');
  });
});

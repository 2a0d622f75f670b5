import { describe, expect, it } from 'vitest';
import type { MoneyQualifier } from './money.schema';
import { formatQuantity, parseQuantity } from './quantity';
import type { Quantity } from './quantity.schema';
import { quantitySchema } from './quantity.schema';

describe('parseQuantity', () => {
  it.each<[string, number, string, MoneyQualifier?, string?]>([
    ['over 27,000 base stations', 27000, 'base stations', 'more-than'],
    ['more than 3 million subscriber ports', 3e6, 'subscriber ports', 'more-than'],
    ['40 Tbps', 40, 'Tbps'],
    ['11.2 PB', 11.2, 'PB'],
    ['24 companies', 24, 'companies'],
    ['approximately 1,500 km', 1500, 'km', 'approximately'],
    ['about 2.5 million users', 2.5e6, 'users', 'approximately'],
    ['at least 100 engineers', 100, 'engineers', 'at-least'],
    ['27,000+ base stations', 27000, 'base stations', 'at-least'],
    ['27k base stations', 27000, 'base stations'],
    ['3M users', 3e6, 'users'],
    ['500m cable', 500, 'm cable'],
    ['500 m', 500, 'm'],
    ['up to 10 Gbps', 10, 'Gbps', 'at-most'],
    ['less than 5 ms', 5, 'ms', 'less-than'],
    ['более 3 млн абонентов', 3e6, 'абонентов', 'more-than'],
    ['1,5 млн абонентов', 1.5e6, 'абонентов'],
    ['超过1万个基站', 1e4, '个基站', 'more-than'],
    ['2 000 base stations', 2000, 'base stations'],
    ['-3.5 °C', -3.5, '°C'],
    ['5,000 base stations or more', 5000, 'base stations', 'at-least'],
    ['40 Tbps (international bandwidth)', 40, 'Tbps', 'exact', 'international bandwidth'],
    ['  12\u00a0data centres  ', 12, 'data centres'],
  ])('reads %j', (text, value, unit, qualifier = 'exact', description = '') => {
    const result = parseQuantity(text);
    expect(result).toEqual({ ok: true, value: { value, unit, qualifier, description } });
    if (result.ok) expect(quantitySchema.safeParse(result.value).success).toBe(true);
  });

  it('follows an explicit decimal separator', () => {
    expect(parseQuantity('1,234 km', { decimalSeparator: ',' })).toMatchObject({ ok: true, value: { value: 1.234 } });
    expect(parseQuantity('1,234 km')).toMatchObject({ ok: true, value: { value: 1234 } });
  });

  it.each([
    ['', /the text is empty/],
    ['base stations', /must start with a number/],
    ['many base stations', /must start with a number/],
    ['27,000', /no unit/],
    ['over 3 million', /no unit/],
    ['1,23,456 ports', /three digits/],
    ['over 5+ ports', /both a qualifier and a "\+"/],
    ['over 5 ports or less', /two different qualifiers/],
  ])('rejects %j, quoting it', (text, message) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`“${text}”`);
    expect(result.message).toMatch(message);
  });
});

describe('formatQuantity', () => {
  const quantity = (value: number, unit: string, qualifier: MoneyQualifier = 'exact', description = ''): Quantity => ({
    value,
    unit,
    qualifier,
    description,
  });

  it.each<[Quantity, string]>([
    [quantity(27000, 'base stations', 'more-than'), '> 27,000 base stations'],
    [quantity(3e6, 'subscriber ports', 'more-than'), '> 3 million subscriber ports'],
    [quantity(40, 'Tbps'), '40 Tbps'],
    [quantity(11.2, 'PB'), '11.2 PB'],
    [quantity(2.5e6, 'users', 'approximately'), '≈ 2.5 million users'],
    [quantity(1234567, 'users', 'at-least'), '≥ 1,234,567 users'],
    [quantity(0.125, 'ms', 'less-than'), '< 0.125 ms'],
    [quantity(10, 'Gbps', 'at-most'), '≤ 10 Gbps'],
    [quantity(40, 'Tbps', 'exact', 'international bandwidth'), '40 Tbps (international bandwidth)'],
  ])('writes %o as %j', (value, expected) => {
    expect(formatQuantity(value)).toBe(expected);
  });

  it.each([
    quantity(27000, 'base stations', 'more-than'),
    quantity(3e6, 'subscriber ports', 'more-than'),
    quantity(11.2, 'PB'),
    quantity(1234567.25, 'users', 'at-least'),
    quantity(-3.5, '°C'),
    quantity(40, 'Tbps', 'approximately', 'international bandwidth'),
  ])('reads its own output back: %o', (value) => {
    expect(parseQuantity(formatQuantity(value))).toEqual({ ok: true, value });
  });
});

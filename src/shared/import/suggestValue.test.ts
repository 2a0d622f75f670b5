import { describe, expect, it } from 'vitest';
import { fieldTypeOf, type ImportFieldType } from './importFieldTypes';
import { similarity, suggestValue } from './suggestValue';

const typeOf = (kind: 'deals' | 'organizations', field: string): ImportFieldType => {
  const type = fieldTypeOf(kind, field);
  if (!type) throw new Error(`no field ${field}`);
  return type;
};

describe('suggestValue', () => {
  it('suggests the status a misspelt or longer word means', () => {
    const status = typeOf('deals', 'status');
    expect(suggestValue('Completion stage', status)).toBe('completed');
    expect(suggestValue('Implementation phase', status)).toBe('in-progress');
    expect(suggestValue('Finnished', status)).toBe('completed');
    expect(suggestValue('Cancellation', status)).toBe('terminated');
    expect(suggestValue('Singed', status)).toBe('signed');
    expect(suggestValue('Granted by decree', status)).toBe('granted');
  });

  it('suggests nothing when no value is close', () => {
    expect(suggestValue('Donation', typeOf('deals', 'kind'))).toBeNull();
    expect(suggestValue('Pipeline', typeOf('deals', 'status'))).toBeNull();
    expect(suggestValue('', typeOf('deals', 'status'))).toBeNull();
  });

  it('suggests a country named inside a longer name, or spelt nearly right', () => {
    const country = typeOf('organizations', 'country');
    expect(suggestValue('Mainland China', country)).toBe('CN');
    expect(suggestValue('Republic of China (PRC)', country)).toBe('CN');
    expect(suggestValue('Uzbekistn', country)).toBe('UZ');
    expect(suggestValue('Malaysia', country)).toBeNull();
    // Two countries named: the analyst decides.
    expect(suggestValue('China / Uzbekistan', country)).toBeNull();
  });

  it('suggests a currency named inside the cell', () => {
    const currency = typeOf('deals', 'currency');
    expect(suggestValue('юани КНР', currency)).toBe('CNY');
    expect(suggestValue('Chinese yuan', currency)).toBe('CNY');
    expect(suggestValue('Malaysian ringgit', currency)).toBeNull();
  });

  it('suggests an organization kind a phrase names', () => {
    expect(suggestValue('Policy bank', typeOf('organizations', 'kind'))).toBe('financial-institution');
  });

  it('never suggests for text or dates, which have no list of values', () => {
    expect(suggestValue('Completion', typeOf('deals', 'title'))).toBeNull();
    expect(suggestValue('Completion', typeOf('deals', 'date'))).toBeNull();
  });
});

describe('similarity', () => {
  it('is 1 for the same text and falls with the edits needed', () => {
    expect(similarity('china', 'china')).toBe(1);
    expect(similarity('chine', 'china')).toBeCloseTo(0.8);
    expect(similarity('completion', 'complete')).toBeCloseTo(14 / 18);
    expect(similarity('grant', 'other')).toBeLessThan(0.6);
    expect(similarity('', 'china')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Organization } from '../model/organization';
import { buildOrganizationMatcher, organizationKey } from './matchOrganizations';

function organization(id: string, name: string, aliases: string[] = []): Organization {
  const stamp = '2025-01-01T00:00:00.000Z';
  return {
    id,
    name,
    country: null,
    kind: 'operator',
    aliases,
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: '',
    citations: [],
    externalIds: [],
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  };
}

describe('organizationKey', () => {
  it('ignores case, quotes, punctuation, spacing and legal forms wherever they stand', () => {
    for (const name of [
      'JSC Uzbektelecom',
      'Uzbektelecom',
      'UZBEKTELECOM JSC',
      '“Uzbektelecom” AJ',
      ' «Uzbektelecom»  LLC ',
      'Uzbektelecom Co., Ltd.',
    ]) {
      expect(organizationKey(name)).toBe('uzbektelecom');
    }
    expect(organizationKey('OOO "Huawei Tech Investment Tashkent"')).toBe('huawei tech investment tashkent');
    expect(organizationKey("O'zbekiston Pochtasi AJ")).toBe(organizationKey('Oʻzbekiston pochtasi'));
  });

  it('removes Russian, Uzbek and Chinese legal forms without transliterating', () => {
    expect(organizationKey('АО «Узбектелеком»')).toBe('узбектелеком');
    expect(organizationKey('АО «Узбектелеком»')).not.toBe(organizationKey('Uzbektelecom'));
    expect(organizationKey('ООО Ucell MChJ')).toBe('ucell');
    expect(organizationKey('华为技术有限公司')).toBe(organizationKey('华为技术'));
    expect(organizationKey('中兴通讯股份有限公司')).toBe('中兴通讯');
    expect(organizationKey('中国电信集团有限公司')).toBe('中国电信');
  });

  it('tells different organizations apart and keeps a name that is only a legal form', () => {
    expect(organizationKey('China Telecom')).not.toBe(organizationKey('China Unicom'));
    expect(organizationKey('JSC')).toBe('jsc');
    expect(organizationKey('  ')).toBe('');
  });
});

describe('buildOrganizationMatcher', () => {
  const beeline = organization('b', 'Beeline', ['Unitel']);
  const uzbektelecom = organization('u', 'JSC Uzbektelecom', ['АО «Узбектелеком»']);

  it('finds organizations by name or alias, whatever the legal form', () => {
    const matcher = buildOrganizationMatcher([beeline, uzbektelecom]);
    expect(matcher.match('Unitel LLC')).toBe(beeline);
    expect(matcher.match('Uzbektelecom AJ')).toBe(uzbektelecom);
    expect(matcher.match('Узбектелеком')).toBe(uzbektelecom);
    expect(matcher.match('China Unicom')).toBeUndefined();
    expect(matcher.match('')).toBeUndefined();
  });

  it('reports a key two organizations share as ambiguous and matches neither', () => {
    const unitel = organization('x', 'Unitel LLC');
    const matcher = buildOrganizationMatcher([beeline, unitel]);
    expect(matcher.match('Unitel')).toBeUndefined();
    expect(matcher.lookupKey(organizationKey('Unitel'))).toEqual({ found: 'several', organizations: [beeline, unitel] });
    expect(matcher.lookupKey('beeline')).toEqual({ found: 'one', organization: beeline });
  });
});

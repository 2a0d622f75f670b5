import { describe, expect, it } from 'vitest';
import { guessOrganizationKind, organizationKindOf } from './organizationKindText';

describe('the kind of a new organization from its name', () => {
  it('takes embassies, consulates and governments, national or local, for governments', () => {
    for (const name of [
      'Embassy of China in Malaysia',
      'Посольство КНР в Узбекистане',
      '中华人民共和国驻乌兹别克斯坦共和国大使馆',
      'Consulate General of China in Almaty',
      'Government of Malaysia',
      'Sarawak State Government',
      'Правительство Республики Узбекистан',
      'Oʻzbekiston Respublikasi Hukumati',
      'Tashkent City Hokimiyat',
      '马来西亚政府',
    ]) {
      expect(guessOrganizationKind(name), name).toBe('government');
    }
  });

  it('keeps a ministry a ministry, though governments name their ministries', () => {
    expect(guessOrganizationKind('Ministry of Finance of the Government of Uzbekistan')).toBe('ministry');
    expect(guessOrganizationKind('Министерство инвестиций')).toBe('ministry');
  });

  it('takes development banks and export–import banks for financial institutions', () => {
    expect(guessOrganizationKind('Asian Development Bank')).toBe('financial-institution');
    expect(guessOrganizationKind('China Eximbank')).toBe('financial-institution');
    expect(guessOrganizationKind('China Exim')).toBe('financial-institution');
    expect(guessOrganizationKind('Export-Import Bank of China')).toBe('financial-institution');
  });

  it('takes a name it cannot place for a private company, and words inside other words for nothing', () => {
    expect(guessOrganizationKind('Almalyk MMC')).toBe('private-company');
    expect(guessOrganizationKind('Governmentality Consulting')).toBe('private-company');
    expect(guessOrganizationKind('Eximius Trading')).toBe('private-company');
  });
});

describe('the kind of a new organization from the type a file gives it', () => {
  const kindOf = (typeText: string | null, name = 'Almalyk MMC') => organizationKindOf(name, typeText);

  it('reads GCDF’s types', () => {
    expect(kindOf('State-owned Policy Bank')).toEqual({ kind: 'financial-institution', byType: true });
    expect(kindOf('State-owned Commercial Bank')).toEqual({ kind: 'financial-institution', byType: true });
    expect(kindOf('State-owned Company')).toEqual({ kind: 'state-owned-company', byType: true });
    expect(kindOf('Private Sector')).toEqual({ kind: 'private-company', byType: true });
    expect(kindOf('Government Agency')).toEqual({ kind: 'agency', byType: true });
    expect(kindOf('Intergovernmental Organization')).toEqual({ kind: 'international-organization', byType: true });
    expect(kindOf('Other Public Sector')).toEqual({ kind: 'agency', byType: true });
  });

  it('takes an embassy for the government it represents, whatever its name', () => {
    expect(kindOf('Embassy', 'Chinese Mission in Kuala Lumpur')).toEqual({ kind: 'government', byType: true });
    expect(kindOf('Посольство')).toMatchObject({ kind: 'government' });
    expect(kindOf('大使馆')).toMatchObject({ kind: 'government' });
  });

  it('reads Russian, Uzbek and Chinese register words', () => {
    expect(kindOf('Государственный банк')).toMatchObject({ kind: 'financial-institution' });
    expect(kindOf('Министерство')).toMatchObject({ kind: 'ministry' });
    expect(kindOf('ООО')).toMatchObject({ kind: 'private-company' });
    expect(kindOf('Государственное предприятие')).toMatchObject({ kind: 'state-owned-company' });
    expect(kindOf('davlat korxonasi')).toMatchObject({ kind: 'state-owned-company' });
    expect(kindOf('MChJ')).toMatchObject({ kind: 'private-company' });
    expect(kindOf('国有企业')).toMatchObject({ kind: 'state-owned-company' });
    expect(kindOf('政府机构')).toMatchObject({ kind: 'agency' });
    expect(kindOf('金融机构')).toMatchObject({ kind: 'financial-institution' });
  });

  it('lets the name narrow a broad type: a ministry or a government is a “Government Agency” too', () => {
    expect(kindOf('Government Agency', 'Ministry of Finance of Uzbekistan')).toEqual({ kind: 'ministry', byType: true });
    expect(kindOf('Government Agency', 'Government of Malaysia')).toEqual({ kind: 'government', byType: true });
    expect(kindOf('State-owned Company', 'Uztelecom')).toEqual({ kind: 'operator', byType: true });
    expect(kindOf('Other Public Sector', 'Tashkent University of Information Technologies')).toEqual({
      kind: 'research-institute',
      byType: true,
    });
    // A narrow type is not narrowed: the file says a bank, whatever the name suggests.
    expect(kindOf('State-owned Policy Bank', 'Ministry of Finance')).toEqual({ kind: 'financial-institution', byType: true });
  });

  it('leaves the name’s guess where the type is blank or names no kind Silk Ledger has', () => {
    expect(kindOf(null, 'Embassy of China in Malaysia')).toEqual({ kind: 'government', byType: false });
    expect(kindOf('  ')).toEqual({ kind: 'private-company', byType: false });
    expect(kindOf('NGO/CSO/Foundation/Social Enterprise')).toEqual({ kind: 'private-company', byType: false });
    expect(kindOf('Special Purpose Vehicle/Joint Venture', 'China Eximbank')).toEqual({
      kind: 'financial-institution',
      byType: false,
    });
  });
});

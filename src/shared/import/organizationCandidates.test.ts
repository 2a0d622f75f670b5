import { describe, expect, it } from 'vitest';
import dataset from '../../../resources/default-dataset.json';
import type { Organization } from '../model/organization';
import { storedOrganization } from './importPlan.testHelpers';
import { bracketedNames, organizationSoundKey } from './matchOrganizations';
import { organizationCandidateFinder } from './organizationCandidates';
import { proposedSimilarity } from './organizationReconciliation';

// The organizations a new store opens on, as analysts curated them.
const defaultOrganizations = dataset.organizations as unknown as Organization[];

/** The closest stored organizations to a name, as [name, reason, certain]. */
function candidatesOf(name: string, organizations: readonly Organization[] = defaultOrganizations) {
  return organizationCandidateFinder(organizations)
    .candidatesFor(name, 3)
    .map(({ organization, reason, certain }) => [organization.name, reason, certain]);
}

describe('organizationSoundKey', () => {
  it('gives a name the same key in Cyrillic and Latin script and in either romanisation', () => {
    expect(organizationSoundKey('АО «Узбектелеком»')).toBe(organizationSoundKey('Uzbektelecom'));
    expect(organizationSoundKey('Хуавей')).toBe(organizationSoundKey('Huawei'));
    expect(organizationSoundKey('ООО «Узинфоком»')).toBe(organizationSoundKey('LLC “UZINFOCOM”'));
    expect(organizationSoundKey('Uzbek Telecom')).toBe(organizationSoundKey('Uzbektelecom'));
  });

  it('keeps different names apart', () => {
    expect(organizationSoundKey('China Telecom')).not.toBe(organizationSoundKey('China Unicom'));
    expect(organizationSoundKey('UZTELECOM JSC')).not.toBe(organizationSoundKey('Uzbektelecom'));
  });
});

describe('bracketedNames', () => {
  it('splits a bracketed alias from the name, in Latin or Chinese brackets', () => {
    expect(bracketedNames('Beeline (Unitel)')).toEqual(['Beeline', 'Unitel']);
    expect(bracketedNames('华为（Huawei）')).toEqual(['华为', 'Huawei']);
    expect(bracketedNames('Beeline')).toBeNull();
    expect(bracketedNames('(Unitel)')).toBeNull();
  });
});

describe('candidates for a name the store does not know', () => {
  it('links a Cyrillic spelling with its legal form in guillemets to the stored organization, certainly', () => {
    expect(candidatesOf('АО «Узбектелеком»')[0]).toEqual(['Uzbektelecom', 'same name in Latin script', true]);
  });

  it('links a name with a bracketed alias when both parts name the same organization', () => {
    expect(candidatesOf('Beeline (Unitel)')).toEqual([['Beeline', 'name Beeline, alias Unitel', true]]);
  });

  it('proposes, without linking, a transliterated name close to a stored alias', () => {
    const [huawei] = organizationCandidateFinder(defaultOrganizations).candidatesFor('ООО "Хуавей Текнолоджиз"', 3);
    expect(huawei.organization.name).toBe('Huawei');
    expect(huawei.reason).toMatch(/^similar to alias Huawei Technologies: 0\.\d\d$/);
    expect(huawei.score).toBeGreaterThanOrEqual(0.75);
    expect(huawei.certain).toBe(false);
  });

  it('proposes a stored organization for an abbreviation, without linking', () => {
    const [closest] = candidatesOf('UZTELECOM JSC');
    expect(closest).toEqual(['Uzbektelecom', expect.stringMatching(/^similar: 0\.\d\d$/), false]);
  });

  it('finds a Chinese name through a Chinese alias', () => {
    const huawei = storedOrganization('Huawei', { aliases: ['华为'] });
    const organizations = [huawei, storedOrganization('ZTE', { aliases: ['中兴通讯'] })];
    expect(candidatesOf('华为技术有限公司', organizations)).toEqual([['Huawei', 'similar to alias 华为: 0.90', false]]);
    expect(candidatesOf('华为（Huawei）', organizations)).toEqual([['Huawei', 'alias 华为, name Huawei', true]]);
  });

  it('links nothing when two stored organizations answer to the name', () => {
    const organizations = [storedOrganization('Uzbektelecom'), storedOrganization('Uzbek Telecom Service')];
    const twins = [...organizations, storedOrganization('Узбектелеком')];
    expect(candidatesOf('Uzbek Telecom', twins).map(([, , certain]) => certain)).not.toContain(true);
    expect(candidatesOf('Beeline (Ucell)')).toEqual([
      ['Beeline', 'name Beeline', false],
      ['Ucell', 'name Ucell', false],
    ]);
  });

  it('shows a stored organization whose name the name begins, without proposing it', () => {
    const organizations = [...defaultOrganizations, storedOrganization('Hikvision Central Asia')];
    expect(candidatesOf('Hikvision', organizations)).toEqual([
      ['Hikvision Central Asia', 'name Hikvision Central Asia begins the same', false],
    ]);
    const [closest] = organizationCandidateFinder(organizations).candidatesFor('Hikvision', 1);
    expect(closest.score).toBeLessThan(proposedSimilarity);
    expect(candidatesOf('Hik', [storedOrganization('Hik Vision Central Asia')])).toEqual([]);
  });

  it('offers nothing for names unlike any stored one', () => {
    expect(candidatesOf('Government of Malaysia')).toEqual([]);
    expect(candidatesOf('Hikvision')).toEqual([]);
  });
});

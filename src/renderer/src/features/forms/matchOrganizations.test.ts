import { describe, expect, it } from 'vitest';
import type { Organization } from '@shared/model/organization';
import { emptyRecordInputs } from './formValues';
import { matchOrganizations } from './matchOrganizations';

let nextId = 0;
function organization(name: string, aliases: string[] = []): Organization {
  const stamp = '2025-01-01T00:00:00.000Z';
  const id = `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;
  return { ...emptyRecordInputs.organizations, name, aliases, id, createdAt: stamp, updatedAt: stamp, deletedAt: null };
}

const beeline = organization('Beeline', ['Unitel LLC']);
const unitelSoft = organization('Unitel Soft');
const ministry = organization('Ministry of Digital Technologies', ['MinDigital']);
const uzbektelecom = organization('O‘zbektelekom', ['Uzbektelecom']);
const coscom = organization('Coscom', ['Ucell']);
const telekomPartner = organization('Telekom Partner');
const all = [beeline, unitelSoft, ministry, uzbektelecom, coscom, telekomPartner];

const names = (query: string) => matchOrganizations(query, all).map((match) => match.organization.name);

describe('matchOrganizations', () => {
  it('finds an organization by an alias, after organizations whose name matches', () => {
    expect(names('unitel')).toEqual(['Unitel Soft', 'Beeline']);
    expect(matchOrganizations('Unitel', all)[1].alias).toBe('Unitel LLC');
  });

  it('ranks names that start with the query before names that merely contain it', () => {
    expect(names('tel')).toEqual(['Telekom Partner', 'O‘zbektelekom', 'Unitel Soft', 'Beeline']);
  });

  it('ignores case, accents and apostrophes', () => {
    expect(names('OZBEKTELEKOM')).toEqual(['O‘zbektelekom']);
    expect(names('ministry of dígital')).toEqual(['Ministry of Digital Technologies']);
    expect(names('ucell')).toEqual(['Coscom']);
  });

  it('offers every organization, alphabetically, for an empty query', () => {
    expect(names(' ')).toEqual([
      'Beeline',
      'Coscom',
      'Ministry of Digital Technologies',
      'O‘zbektelekom',
      'Telekom Partner',
      'Unitel Soft',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partyRoles } from '../model/deal';
import { moneyQualifiers } from '../values/money.schema';
import { formatCitations, parseCitations } from './citationText';
import { formatOutputs, parseOutputs } from './outputsText';
import { formatPartyWithRole, readPartyRole } from './partyRoleText';

// Text as analysts write it: quotes, brackets, dashes, semicolons and line breaks included.
const phrase = fc
  .array(
    fc.constantFrom(
      'Uzbektelecom',
      'Huawei (China)',
      '“On Cooperation”',
      'line 4',
      '—',
      ';',
      '(a)',
      '2016–2025',
      '\n',
      'дата',
      '华为',
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((words) => words.join(' ').trim())
  .filter((text) => text !== '');
const oneLine = phrase.map((text) => text.replace(/\n/g, ' ').replace(/\s+/g, ' ').trim()).filter((text) => text !== '');

describe('parties written with their roles', () => {
  it('reads back each role from the bracket a report writes', () => {
    for (const role of partyRoles)
      expect(readPartyRole(formatPartyWithRole('Uzbektelecom', role))).toEqual({ name: 'Uzbektelecom', role });
    expect(readPartyRole('Huawei (Supplier)')).toEqual({ name: 'Huawei', role: 'supplier' });
  });

  it('leaves a bracket that is not a role in the name: an alias or a remark', () => {
    expect(readPartyRole('Beeline (Unitel)')).toEqual({ name: 'Beeline (Unitel)', role: null });
    expect(readPartyRole('Chinese financial institutions (unnamed)')).toEqual({
      name: 'Chinese financial institutions (unnamed)',
      role: null,
    });
    expect(readPartyRole('Chinese financial institutions (unnamed) (financier)')).toEqual({
      name: 'Chinese financial institutions (unnamed)',
      role: 'financier',
    });
  });
});

describe('citations as a report writes them', () => {
  // A title holding " — “" would be read as ending there: the one form a title cannot take.
  const title = oneLine.filter((text) => !text.includes(' — “'));
  const citation = fc.record({ sourceTitle: title, excerpt: phrase, location: fc.oneof(fc.constant(''), oneLine) });

  it('come back whole, one per line, whatever their excerpts hold', () => {
    fc.assert(
      fc.property(fc.array(citation, { minLength: 1, maxLength: 4 }), (citations) => {
        const expected = citations.map((cited) => ({ ...cited, sourceTitle: cited.sourceTitle.trim() }));
        expect(parseCitations(formatCitations(citations))).toEqual(expected);
      }),
    );
  });

  it('splits only between citations: an excerpt spans lines, and a location may quote a title', () => {
    const citations = [
      { sourceTitle: 'Uzbektelecom', excerpt: 'Uzbektelecom \n Uzbektelecom', location: 'Uzbektelecom — “On Cooperation”' },
      { sourceTitle: 'Uzbektelecom', excerpt: 'Uzbektelecom', location: '' },
    ];
    expect(parseCitations(formatCitations(citations))).toEqual(citations);
    expect(parseCitations('A — “one”\nB — “two” (p. 3)')).toEqual([
      { sourceTitle: 'A', excerpt: 'one', location: '' },
      { sourceTitle: 'B', excerpt: 'two', location: 'p. 3' },
    ]);
  });

  it('reads the default dataset’s form and refuses text that is not a citation', () => {
    expect(parseCitations('Uzbekistan–China cooperation — “signed on November 8, 1999;” (line 4)')).toEqual([
      { sourceTitle: 'Uzbekistan–China cooperation', excerpt: 'signed on November 8, 1999;', location: 'line 4' },
    ]);
    expect(parseCitations('https://example.org/news/1')).toBeNull();
    expect(parseCitations('Press release')).toBeNull();
    expect(parseCitations('Source — “quoted” and then some words')).toBeNull();
  });
});

describe('outputs as a report writes them', () => {
  const output = fc.record({
    value: fc.integer({ min: 0, max: 10_000_000 }).map((tenths) => tenths / 10),
    unit: fc.constantFrom('base stations', 'Tbps', 'PB', 'subscriber ports', 'портов', '个基站'),
    qualifier: fc.constantFrom(...moneyQualifiers),
    description: fc.oneof(
      fc.constant(''),
      oneLine.map((text) => text.replace(/[;]/g, ',')),
    ),
  });

  it('come back whole, with qualifiers and notes that hold brackets of their own', () => {
    fc.assert(
      fc.property(fc.array(output, { maxLength: 4 }), (outputs) => {
        expect(parseOutputs(formatOutputs(outputs))).toEqual({ ok: true, value: outputs });
      }),
    );
  });

  it('reads outputs separated by semicolons, and says which one it cannot read', () => {
    expect(parseOutputs('> 27,000 base stations; 40 Tbps (capacity (planned))')).toEqual({
      ok: true,
      value: [
        { value: 27_000, unit: 'base stations', qualifier: 'more-than', description: '' },
        { value: 40, unit: 'Tbps', qualifier: 'exact', description: 'capacity (planned)' },
      ],
    });
    expect(parseOutputs('40 Tbps\nmany base stations')).toMatchObject({
      ok: false,
      message: expect.stringContaining('many base stations'),
    });
  });
});

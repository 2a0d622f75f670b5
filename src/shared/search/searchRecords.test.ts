import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalizeSearchText';
import { activeOnly, deal, sampleStore, searchable } from './searchFixtures.testHelpers';
import { buildSearchIndex } from './searchIndex';
import { matchScores, searchRecords, type SearchHit, type SearchOptions } from './searchRecords';

const store = sampleStore();
const index = buildSearchIndex(activeOnly(store.records));

function search(query: string, options?: SearchOptions): SearchHit[] {
  return searchRecords(index, query, options);
}
const titles = (hits: SearchHit[]) => hits.map((hit) => hit.title);
const hitFor = (hits: SearchHit[], id: string) => hits.find((hit) => hit.id === id);

describe('searchRecords: what a record is found by', () => {
  it('finds an organization by its alias, and the deals it is a party to through that alias', () => {
    const hits = search('Unitel');
    expect(hitFor(hits, store.beeline.id)).toMatchObject({
      table: 'organizations',
      title: 'Beeline',
      matchedText: 'also known as Unitel',
      score: matchScores.alias,
    });
    expect(hitFor(hits, store.roaming.id)).toMatchObject({
      table: 'deals',
      matchedText: 'signatory: Beeline, also known as Unitel',
      score: matchScores.otherText,
    });
  });

  it('finds an annotation by its note and tags, and surfaces the record it is written on', () => {
    const byNote = search('double-check the amount');
    expect(hitFor(byNote, store.checkAmount.id)).toMatchObject({ table: 'annotations', title: 'double-check the amount' });
    expect(hitFor(byNote, store.fibre.id)).toMatchObject({
      table: 'deals',
      matchedText: 'annotation: double-check the amount',
    });
    const byTag = search('needs-source');
    expect(hitFor(byTag, store.checkAmount.id)?.matchedText).toBe('tag: needs-source');
    expect(hitFor(byTag, store.fibre.id)?.matchedText).toBe('annotation tag: needs-source');
  });

  it('finds an event by a participant’s name and role', () => {
    for (const query of ['J. Pak', 'pak', 'general manager']) {
      expect(hitFor(search(query), store.summit.id)?.matchedText, query).toBe(
        'participant: J. Pak, IT Park General Manager, IT Park Uzbekistan, Presentation on Uzbekistan’s IT industry',
      );
    }
  });

  it('finds records by kind and status labels, party roles, place words, sectors and citation excerpts', () => {
    expect(hitFor(search('supplier huawei'), store.fibre.id)?.matchedText).toBe('supplier: 华为, also known as Huawei');
    expect(hitFor(search('inter-operator'), store.roaming.id)?.matchedText).toBe('kind: Inter-operator agreement');
    expect(hitFor(search('state-owned'), store.uzbektelecom.id)?.matchedText).toBe('kind: State-owned company');
    expect(hitFor(search('chongqing'), store.summit.id)?.matchedText).toBe('place: Chongqing');
    expect(titles(search('telecommunications'))).toEqual(['Fibre-optic backbone', 'Unitel 4G network expansion']);
    expect(hitFor(search('contract backbone'), store.fibre.id)?.matchedText).toBe(
      'cited: JSC “Uzbektelecom” and Huawei signed a contract for a fibre-optic backbone;',
    );
  });

  it('finds a deal by words from different fields, showing the one the title lacks', () => {
    expect(search('2019 china')).toEqual([
      {
        table: 'deals',
        id: store.roaming.id,
        title: 'Roaming agreement with China Mobile',
        subtitle: '2019 · $5M · Signed',
        matchedText: 'date: 2019',
        score: matchScores.otherText,
      },
    ]);
    expect(hitFor(search('beeline'), store.beeline.id)?.subtitle).toBe('Uzbekistan · Operator · also Unitel');
  });
});

describe('searchRecords: how words match', () => {
  it('needs every query word, in any order', () => {
    expect(titles(search('huawei fibre'))).toEqual(['Fibre-optic backbone']);
    expect(titles(search('fibre huawei'))).toEqual(['Fibre-optic backbone']);
    expect(search('huawei tencent')).toEqual([]);
  });

  it('matches each word by its beginning, not its middle', () => {
    expect(titles(search('uzbekt'))).toEqual(['Uzbektelecom', 'Fibre-optic backbone', 'Соглашение о сотрудничестве']);
    expect(search('telecom').map((hit) => hit.id)).not.toContain(store.uzbektelecom.id);
  });

  it('ignores case, diacritics and the way an Uzbek apostrophe is typed', () => {
    expect(titles(search('HOTEL tashkent'))).toEqual(['Fibre-optic backbone']);
    for (const query of [
      'o‘zbekiston',
      "o'zbekiston",
      'oʻzbekiston',
      'o’zbekiston',
      'o`zbekiston',
      'ozbekiston',
      'OʻZBEKISTON',
    ]) {
      expect(titles(search(query)), query).toEqual([store.memorandum.title]);
    }
  });

  it('ignores quotes and dashes around words', () => {
    expect(titles(search('“Uzbektelecom” fibre–optic'))).toEqual(['Fibre-optic backbone']);
    expect(titles(search('"fibre-optic"'))).toEqual(['Fibre-optic backbone']);
  });

  it('matches Cyrillic by word beginnings, with ё and е alike', () => {
    expect(titles(search('соглашение'))).toEqual(['Соглашение о сотрудничестве']);
    expect(titles(search('СОТРУД ташкент'))).toEqual(['Соглашение о сотрудничестве']);
    expect(titles(search('еще'))).toEqual(['Соглашение о сотрудничестве']);
  });

  it('matches Chinese anywhere inside a run of characters', () => {
    expect(search('华为')[0]).toMatchObject({ title: '华为', score: matchScores.exactTitle });
    expect(titles(search('为'))).toContain('华为');
    expect(hitFor(search('技术'), store.memorandum.id)?.matchedText).toBe('与华为技术有限公司签署的谅解备忘录');
  });

  it('finds nothing for a query with no words', () => {
    expect(search('')).toEqual([]);
    expect(search('  “ – ” ')).toEqual([]);
  });
});

describe('searchRecords: order, limit and tables', () => {
  it('ranks an exact title, then title prefixes, aliases, words in a title, and other text; shorter titles first', () => {
    expect(search('unitel').map((hit) => [hit.title, hit.score])).toEqual([
      ['Unitel 4G network expansion', matchScores.titlePrefix],
      ['Beeline', matchScores.alias],
      ['Roaming agreement with China Mobile', matchScores.otherText],
    ]);
    expect(search('tencent').map((hit) => [hit.title, hit.score])).toEqual([
      ['Tencent', matchScores.exactTitle],
      ['Tencent cloud services', matchScores.titlePrefix],
      ['Game studio', matchScores.otherText],
      ['Cloud games', matchScores.otherText],
      ['WeChat Pay pilot', matchScores.otherText],
    ]);
    expect(search('cloud').map((hit) => [hit.title, hit.score])).toEqual([
      ['Cloud games', matchScores.titlePrefix],
      ['Tencent cloud services', matchScores.wordsInTitle],
      ['Huawei Cloud Go Global Summit 2025', matchScores.wordsInTitle],
    ]);
  });

  it('ranks titles by their words as the title text itself says, for every kind of query', () => {
    const dealTitles = [
      'Cloud',
      'cloud',
      'Cloud region',
      'Cloudy region',
      'Region cloud',
      'Cloud cloud',
      'Data centre',
      'Data centre Navoi',
      'Data centres',
      'Centre for data',
      'The data centre',
      '云区域',
      '云区域 Tashkent',
      '新云区域',
      'Облачный регион',
      'Регион облачный',
    ];
    const deals = dealTitles.map((title) => deal({ title, description: 'cloud region data centre 云区域 облачный регион' }));
    const titleIndex = buildSearchIndex(searchable({ deals }));
    // The ranks from the title's text alone, as `matchScores` describes them.
    const expectedScore = (title: string, query: string) => {
      const titleKey = ` ${normalizeSearchText(title)}`;
      const words = normalizeSearchText(query).split(' ');
      const whole = ` ${words.join(' ')}`;
      if (titleKey === whole) return matchScores.exactTitle;
      if (titleKey.startsWith(whole)) return matchScores.titlePrefix;
      if (words.every((word) => (/\p{Script=Han}/u.test(word) ? titleKey.includes(word) : titleKey.includes(` ${word}`))))
        return matchScores.wordsInTitle;
      return matchScores.otherText;
    };
    for (const query of [
      'cloud',
      'clo',
      'cloud region',
      'region',
      'data centre',
      'data',
      'centre data',
      '云区域',
      '区域',
      'облачный',
      'регион о',
    ]) {
      const hits = searchRecords(titleIndex, query, { limit: Infinity });
      expect(hits, query).toHaveLength(dealTitles.length);
      for (const hit of hits) expect([query, hit.title, hit.score]).toEqual([query, hit.title, expectedScore(hit.title, query)]);
    }
  });

  it('returns at most `limit` hits, the best ones', () => {
    expect(titles(search('tencent', { limit: 2 }))).toEqual(['Tencent', 'Tencent cloud services']);
    expect(search('tencent', { limit: 0 })).toEqual([]);
  });

  it('keeps to the tables asked for', () => {
    expect(titles(search('unitel', { tables: ['organizations'] }))).toEqual(['Beeline']);
    expect(titles(search('double-check', { tables: ['annotations'] }))).toEqual(['double-check the amount']);
  });

  it('finds soft-deleted records only when they are given', () => {
    expect(titles(search('data centre'))).toEqual([]);
    const withDeleted = buildSearchIndex(store.records);
    expect(titles(searchRecords(withDeleted, 'data centre'))).toEqual(['Tencent data centre']);
  });

  it('shows a window of long text around the match', () => {
    const [hit] = search('international capacity');
    expect(hit.matchedText).toBe('Signed at the Hôtel Uzbekistan in Tashkent; the backbone doubles international capacity.');
    const longIndex = buildSearchIndex({
      ...store.records,
      deals: [
        {
          ...store.fibre,
          description: `${'An early clause that says little. '.repeat(8)}Capacity doubles. ${'More. '.repeat(30)}`,
        },
      ],
    });
    const [longHit] = searchRecords(longIndex, 'capacity doubles');
    expect(longHit.matchedText).toMatch(/^….*Capacity doubles\. More\..*…$/);
    expect(longHit.matchedText.length).toBeLessThan(130);
  });

  it('gives a long title whole when its match is in view, and a window when it is far in', () => {
    const note = `Amount double-checked against the ministry's release. ${'Nothing further to add here. '.repeat(6)}Ask about phase two.`;
    const noteIndex = buildSearchIndex({ ...store.records, annotations: [{ ...store.checkAmount, note }] });
    expect(searchRecords(noteIndex, 'ministry', { tables: ['annotations'] })[0].matchedText).toBe(note);
    expect(searchRecords(noteIndex, 'phase two', { tables: ['annotations'] })[0].matchedText).toMatch(
      /^….*Ask about phase two\.$/,
    );
  });
});

describe('searchRecords: external ids', () => {
  it('finds a deal by another system’s id for it, with or without its scheme', () => {
    const tunnel = deal({ title: 'Pap–Angren railway tunnel', externalIds: [{ scheme: 'AidData GCDF 3.0', value: '96082' }] });
    const records = searchable({ ...store.records, deals: [...store.records.deals, tunnel] });
    const withTunnel = buildSearchIndex(activeOnly(records));
    for (const query of ['96082', 'GCDF 96082'])
      expect(hitFor(searchRecords(withTunnel, query), tunnel.id)?.matchedText, query).toBe(
        'external id: AidData GCDF 3.0: 96082',
      );
  });
});

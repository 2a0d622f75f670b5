import { describe, expect, it } from 'vitest';
import { highlightSearchMatches } from './highlightMatches';

const marked = (text: string, query: string) =>
  highlightSearchMatches(text, query)
    .map((segment) => (segment.matched ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightSearchMatches', () => {
  it('marks the beginnings of words the query words match, in the original spelling', () => {
    expect(marked('Uzbektelecom and Huawei sign', 'huawei uzbekt')).toBe('[Uzbekt]elecom and [Huawei] sign');
  });

  it('leaves matches inside a word alone, as the search does', () => {
    expect(marked('JSC Uzbektelecom', 'telecom')).toBe('JSC Uzbektelecom');
  });

  it('maps folded matches back over diacritics, apostrophes and case', () => {
    expect(marked('Hôtel Uzbekistan', 'hot')).toBe('[Hôt]el Uzbekistan');
    expect(marked('O‘zbekiston Respublikasi', "o'zb")).toBe('[O‘zb]ekiston Respublikasi');
    expect(marked('Ещё два', 'еще')).toBe('[Ещё] два');
  });

  it('marks Chinese wherever it occurs', () => {
    expect(marked('与华为技术有限公司签署', '技术')).toBe('与华为[技术]有限公司签署');
  });

  it('merges overlapping matches and returns plain text when nothing matches', () => {
    expect(marked('Beeline', 'bee beel')).toBe('[Beel]ine');
    expect(highlightSearchMatches('Beeline', 'tencent')).toEqual([{ text: 'Beeline', matched: false }]);
    expect(highlightSearchMatches('', 'tencent')).toEqual([{ text: '', matched: false }]);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '@shared/search/searchRecords';
import { optionHeight, SearchResultOption } from './SearchResultOption';

const hit: SearchHit = {
  table: 'organizations',
  id: 'beeline',
  title: 'Beeline <b>Uzbekistan</b>',
  subtitle: 'Uzbekistan · Operator · also Unitel',
  matchedText: 'also known as Unitel',
  score: 3,
};

function render(overrides: Partial<SearchHit> = {}, selected = false) {
  const noop = () => undefined;
  return renderToStaticMarkup(
    <SearchResultOption
      id="option-0"
      hit={{ ...hit, ...overrides }}
      query="unitel"
      selected={selected}
      position={2}
      count={50}
      top={120}
      onOpen={noop}
      onPoint={noop}
    />,
  );
}

describe('SearchResultOption', () => {
  it('labels the result with its kind and shows the title, subtitle and matched words', () => {
    const markup = render();
    expect(markup).toContain('role="option"');
    expect(markup).toContain('<span class="global-search-kind">Organization</span>');
    expect(markup).toContain('Uzbekistan · Operator · also Unitel');
    expect(markup).toContain('also known as <mark class="global-search-match">Unitel</mark>');
  });

  it('renders record text as text, never as markup', () => {
    expect(render()).toContain('Beeline &lt;b&gt;Uzbekistan&lt;/b&gt;');
  });

  it('marks the highlighted result as selected', () => {
    expect(render({}, true)).toContain('aria-selected="true"');
    expect(render({}, false)).toContain('aria-selected="false"');
  });

  it('leaves out the matched words when they are the title itself', () => {
    expect(render({ title: 'Unitel 4G network', matchedText: 'Unitel 4G network' })).not.toContain('global-search-snippet');
  });

  it('tells its place among all the results, which are not all rendered', () => {
    const markup = render();
    expect(markup).toContain('aria-posinset="3"');
    expect(markup).toContain('aria-setsize="50"');
    expect(markup).toContain('transform:translateY(120px)');
  });

  it('is as high as the lines it shows', () => {
    const threeLines = optionHeight(hit);
    const twoLines = optionHeight({ ...hit, matchedText: hit.title });
    const oneLine = optionHeight({ ...hit, subtitle: '', matchedText: '' });
    expect([oneLine, twoLines, threeLines]).toEqual([34, 52, 70]);
    expect(render()).toContain(`height:${threeLines}px`);
  });
});

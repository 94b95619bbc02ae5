import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article';
import { SharedSearch, type SavedSearch } from '../src/answers/search';

const articles = [
  'Russia will not stop selling arms to Syria, the foreign minister said on Monday.',
  'Residents of Hama held a general strike on the anniversary of the 1982 massacre.',
  'The United Nations said more than 5,400 people have been killed in the uprising.',
].map((text, i) => buildArticle({ id: `a${i}`, file: `a${i}.txt`, format: 'txt', text }));

describe('a saved article search index', () => {
  it('reads back for the articles it was made from, answering as the index it was saved from', () => {
    const view = SharedSearch.build(articles);
    const back = SharedSearch.load(view.shared.save(view), articles);
    expect(back).not.toBeNull();
    expect(view.search('general strike Hama').map((h) => h.article)).toContain('a1');
    expect(back!.search('general strike Hama').map((h) => h.article)).toEqual(
      view.search('general strike Hama').map((h) => h.article),
    );
  });

  it('is refused at start, not at the first search, when a part is not of the type it was saved as', () => {
    const view = SharedSearch.build(articles);
    const saved = view.shared.save(view);
    const damaged: SavedSearch[] = [
      { ...saved, postFreqs: [...saved.postFreqs] as unknown as Uint8Array },
      { ...saved, terms: saved.terms.map((t, i) => (i === 0 ? 7 : t)) as unknown as string[] },
      { ...saved, offsets: undefined as unknown as Uint32Array },
    ];
    for (const d of damaged) expect(SharedSearch.load(d, articles)).toBeNull();
  });
});

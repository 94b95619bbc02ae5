// Wire credits, photo credits and copy families, on lines as news pages write them.
import { describe, expect, it } from 'vitest';
import { articleCredits, copyFamilies } from '../src/extract/provenance';
import { buildArticle } from '../src/corpus/article';
import type { Article } from '../src/corpus/schema';

const credits = (paragraphs: string[], clutter: string[] = [], outlet: string | null = null) =>
  articleCredits({ paragraphs, clutter, outlet });
const body =
  'The council met on Monday to discuss the proposal, officials said, and a vote is expected later this week.';

describe('wire credits', () => {
  it('a credit line', () => {
    expect(credits([body], ['(AP, Reuters)'])).toEqual({ wire: ['AP', 'Reuters'], photo: [] });
    expect(credits([body], ['(Reuters)'])).toEqual({ wire: ['Reuters'], photo: [] });
  });
  it('a contribution line', () => {
    expect(credits([body], ['The Associated Press and Reuters contributed to this report.']).wire).toEqual([
      'AP',
      'Reuters',
    ]);
    expect(credits([body, 'Material from Agence France-Presse was used in this report.']).wire).toEqual(['AFP']);
  });
  it('a byline', () => {
    expect(credits([body], ['Associated Press']).wire).toEqual(['AP']);
    expect(credits([body], ['By The Associated Press']).wire).toEqual(['AP']);
    expect(credits([body], ['By JOHN SMITH, Associated Press Writer']).wire).toEqual(['AP']);
  });
  it('a dateline', () => {
    expect(credits(['BEIRUT (AP) — ' + body]).wire).toEqual(['AP']);
    expect(credits(['LONDON, March 3 (Reuters) - ' + body]).wire).toEqual(['Reuters']);
  });
  it('a wire named in reporting is no credit', () => {
    expect(
      credits([
        'The Associated Press reported on Monday that the council met.',
        'He told Reuters the vote would pass.',
      ]),
    ).toEqual({ wire: [], photo: [] });
  });
  it("a piece published by a wire service is that wire's", () => {
    expect(credits([body], [], 'Reuters').wire).toEqual(['Reuters']);
    expect(credits([body], [], 'The Hill').wire).toEqual([]);
  });
});

describe('photo credits are kept apart', () => {
  it('"Str / AP", "Misha Japaridze/AP/File", "Credit: Reuters", a caption\'s "(Seth Wenig / AP)"', () => {
    expect(credits([body], ['Str  /  AP'])).toEqual({ wire: [], photo: ['AP'] });
    expect(credits([body], ['Misha Japaridze/AP/File'])).toEqual({ wire: [], photo: ['AP'] });
    expect(credits([body], ['Soldiers on an armored vehicle near Homs, January 31, 2012. Credit: Reuters'])).toEqual({
      wire: [],
      photo: ['Reuters'],
    });
    expect(
      credits(
        [body],
        ['A delegate speaks at the United Nations on Tuesday. (Seth Wenig / AP) Back to slideshow navigation'],
      ),
    ).toEqual({ wire: [], photo: ['AP'] });
  });
  it("a bare agency under an image label is the image's", () => {
    expect(credits([body], ['Image: Soldiers seen among demonstrators in Idlib', 'Reuters'])).toEqual({
      wire: [],
      photo: ['Reuters'],
    });
  });
});

// Articles from text, through the same cleaning and splitting as a corpus folder.
function article(id: string, text: string, published: string, outlet: string): Article {
  return buildArticle({
    id,
    file: id + '.txt',
    format: 'txt',
    text,
    manifest: { file: id + '.txt', published, outlet },
  });
}
const wire = [
  'The city council voted on Tuesday to close three public libraries by the end of the year, citing a budget shortfall of nearly two million dollars.',
  'Mayor Ellen Ward said the decision was painful but necessary, and that the remaining branches would extend their opening hours to compensate.',
  'Library workers protested outside city hall before the vote, holding signs that read "Books not budgets" and chanting for more than an hour.',
  'The union representing the workers said it would challenge the closures in court, arguing that the council had failed to consult residents.',
  'Two of the libraries have served their neighbourhoods for more than a century, and one houses the city archive of historic photographs.',
];
const footer =
  'Sign up for our daily newsletter to get the latest headlines delivered to your inbox every single morning.';

describe('copy families', () => {
  it('a reprint of the wire text is a copy of the earliest; a rewrite of the story is not', () => {
    const a = article('a', wire.join('\n\n'), '2020-05-01', 'Paper A');
    const b = article(
      'b',
      [
        ...wire.slice(0, 4),
        'Readers can share their views in the comments below, which are moderated before they appear.',
      ].join('\n\n'),
      '2020-05-02',
      'Paper B',
    );
    const c = article(
      'c',
      [
        'Three libraries will shut this year after a council vote on Tuesday, as the city tries to close a gap of almost two million dollars in its budget.',
        'Ward called the move painful. Workers, who protested before the vote, plan a court challenge over what they call a lack of consultation.',
        'Among the branches to close is one that holds a century of historic photographs from the city archive, and another opened in 1905.',
      ].join('\n\n'),
      '2020-05-01',
      'Paper C',
    );
    const f = copyFamilies([a, b, c]);
    expect(f.families).toEqual([{ original: 'a', copies: [{ id: 'b', shared: expect.any(Number) }] }]);
    expect(f.families[0].copies[0].shared).toBeGreaterThan(0.7);
    expect(f.memberOf.get('c')).toBeUndefined();
  });

  it('boilerplate shared across an outlet is no evidence of copying', () => {
    const stories = Array.from({ length: 6 }, (_, i) =>
      article(
        `s${i}`,
        [
          `Story number ${i} is about a different topic altogether, with its own reporting on event ${i * 7} in the region.`,
          `A second paragraph of story ${i} adds details that belong to it alone, and quotes a witness number ${i}.`,
          footer,
        ].join('\n\n'),
        '2020-05-0' + (i + 1),
        'Same Outlet',
      ),
    );
    expect(copyFamilies(stories).families).toEqual([]);
  });
});

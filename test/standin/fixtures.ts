// Hand-built answers for the Discord tests: ordinary ones, huge ones and hostile ones, served by a Coverage
// stand-in so the rendering is tested whatever the domain modules currently return.
import type { Coverage } from '../../src/answers/coverage';
import type {
  ArticlesAnswer,
  QuoteAnswer,
  QuoteEntry,
  SourceMatch,
  SourcesAnswer,
  SpeakerSummary,
  TollAnswer,
  Estimate,
} from '../../src/answers/types';

export interface FakeAnswers {
  quote?: (q: string, o: { outlet?: string }) => QuoteAnswer;
  speakers?: (prefix?: string) => SpeakerSummary[];
  toll?: () => TollAnswer;
  sources?: (claim: string) => SourcesAnswer;
  articles?: () => ArticlesAnswer;
  outlets?: string[];
}

export function fakeCoverage(a: FakeAnswers): Coverage {
  const outlets = a.outlets ?? ['Haaretz', 'msnbc.com'];
  return {
    corpus: {
      dir: 'fake',
      warnings: [],
      articles: outlets.map((o, i) => ({ id: `a${i}`, outlet: o, title: `T${i}`, published: '2012-02-02' })),
    },
    search: {},
    articles: a.articles ?? (() => ({ articles: [], warnings: [] })),
    quote: a.quote ?? ((q: string) => ({ query: q, total: 0, quotes: [] })),
    speakers: a.speakers ?? (() => []),
    toll: a.toll ?? (() => ({ estimates: [], changes: [] })),
    sources: a.sources ?? ((claim: string) => ({ claim, matches: [], closest: [], origin: null })),
    export: () => ({ articles: [], quotes: [], estimates: [] }),
  } as unknown as Coverage;
}

export const HOSTILE = [
  '@everyone @here <@123456789012345678> <@&123456789012345678> <#123456789012345678>',
  '**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block``` > quote # Heading - list 1. item [link](https://evil.example/) \\',
  '\ud83d lone surrogate \ude00 and 😀 pairs and e\u0301 combining and \u202e right-to-left \u0000 nul',
  '',
  '   ',
];

export function article(i: number, over: Partial<QuoteEntry['articles'][number]> = {}): QuoteEntry['articles'][number] {
  return {
    id: `article-${i}`,
    published: `2012-02-${String((i % 28) + 1).padStart(2, '0')}`,
    outlet: `Outlet ${i}`,
    title: `Headline ${i}`,
    url: `https://news.example/${i}`,
    wording: 'We are not going to stop.',
    sentence: '"We are not going to stop," Antonov said.',
    ...over,
  };
}

export const ANTONOV: QuoteEntry = {
  speaker: 'Anatoly Antonov',
  role: 'Deputy Defense Minister',
  text: 'Russia will continue to fulfil its obligations',
  articles: [
    article(1, {
      outlet: 'Haaretz',
      title: 'Russia official says Moscow will not stop sale of weapons',
      wording: 'Russia will continue to fulfil its obligations',
    }),
    article(2, {
      outlet: 'msnbc.com',
      title: 'Russia will not stop selling arms to Syria',
      url: null,
      wording: 'Russia will continue to fulfill its obligations, and will go on',
    }),
  ],
};

export function manyQuotes(n: number, textLength = 400): QuoteAnswer {
  const quotes: QuoteEntry[] = Array.from({ length: n }, (_, i) => ({
    speaker: `Speaker ${i}`,
    role: 'Spokesman',
    text: `Quote ${i}: ` + 'lorem ipsum dolor sit amet '.repeat(Math.ceil(textLength / 27)).slice(0, textLength),
    articles: Array.from({ length: 1 + (i % 40) }, (_, j) =>
      article(j, { wording: `different wording ${j} `.repeat(20) }),
    ),
  }));
  return { query: 'x', total: n, quotes };
}

export function estimate(i: number, over: Partial<Estimate> = {}): Estimate {
  return {
    metric: 'killed',
    low: 5400 + i,
    high: null,
    display: `more than ${5400 + i}`,
    estimator: 'the U.N.',
    asOf: `2012-02-${String((i % 28) + 1).padStart(2, '0')}`,
    history: false,
    articles: [
      {
        id: `a${i}`,
        published: '2012-02-02',
        outlet: 'Haaretz',
        title: 'Headline',
        url: 'https://news.example/x',
        sentence: 's',
      },
    ],
    ...over,
  };
}

export function match(i: number, over: Partial<SourceMatch> = {}): SourceMatch {
  return {
    id: `m${i}`,
    published: `2012-02-${String((i % 28) + 1).padStart(2, '0')}`,
    outlet: `Outlet ${i}`,
    title: `Headline ${i}`,
    url: `https://news.example/${i}`,
    text: 'Russia signed a $550 million deal for combat jets, reportedly.',
    score: 1 - i / 1000,
    attribution: 'reportedly',
    credits: { wire: ['AP'], photo: [] },
    copyOf: null,
    ...over,
  };
}

// Property tests (fast-check) over every option and every answer field: any string, any length, any Unicode
// (lone surrogates included). Never a crash, never a payload Discord would refuse, never a mention.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCoverage, type Coverage } from '../src/answers/coverage';
import {
  METRICS,
  type ArticlesAnswer,
  type QuoteAnswer,
  type SourcesAnswer,
  type TollAnswer,
} from '../src/answers/types';
import { loadCorpus } from '../src/corpus/load';
import { handle, runDeferred, type BotRequest } from '../src/discord/handler';
import { callbackBody } from '../src/discord/http';
import { truncate } from '../src/discord/limits';
import { decodeCustomId, encodeCustomId } from '../src/discord/pagination';
import type { BotResult } from '../src/discord/payload';
import { fakeCoverage } from './standin/fixtures';
import { callbackProblems, webhookEditProblems } from './standin/validate';

const ALICE = '300000000000000001';
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

/** Any UTF-16 string: well-formed text, emoji, combining marks, control characters and lone surrogates. */
const anyText = (maxLength = 300) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength }),
    fc.constantFrom(
      '@everyone',
      '@here',
      '<@123456789012345678>',
      '<@&123456789012345678>',
      '**x**',
      '```',
      '[a](https://x.example)',
      '# h',
      '> q',
      '',
      ' ',
      '\\',
    ),
    fc.string({ unit: 'grapheme', maxLength: 7000 }),
  );
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const date = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  anyText(20),
);
const url = maybe(
  fc.oneof(
    fc.webUrl(),
    anyText(100),
    fc.constant('javascript:alert(1)'),
    fc.webUrl().map((u) => u + '/' + 'x'.repeat(3000)),
  ),
);
/** The fields by which every answer names an article. */
const articleRef = {
  id: anyText(60),
  published: date,
  outlet: maybe(anyText()),
  title: maybe(anyText()),
  url,
};

const quoteAnswer: fc.Arbitrary<QuoteAnswer> = fc.record({
  query: anyText(),
  total: fc.nat(100000),
  quotes: fc.array(
    fc.record({
      speaker: maybe(anyText()),
      role: maybe(anyText()),
      reportedBy: maybe(anyText()),
      text: anyText(5000),
      articles: fc.array(
        fc.record({
          ...articleRef,
          wording: anyText(2000),
          sentence: anyText(100),
        }),
        { maxLength: 30 },
      ),
    }),
    { maxLength: 40 },
  ),
});

const tollAnswer: fc.Arbitrary<TollAnswer> = fc.record({
  estimates: fc.array(
    fc.record({
      metric: fc.constantFrom(...METRICS),
      low: maybe(fc.double()),
      high: maybe(fc.double()),
      display: anyText(),
      estimator: maybe(anyText()),
      asOf: anyText(20),
      history: fc.boolean(),
      articles: fc.array(
        fc.record({
          ...articleRef,
          sentence: anyText(100),
        }),
        { maxLength: 25 },
      ),
    }),
    { maxLength: 60 },
  ),
  changes: fc.array(anyText(2000), { maxLength: 40 }),
});

const sourcesAnswer: fc.Arbitrary<SourcesAnswer> = fc.record({
  claim: anyText(),
  matches: fc.array(
    fc.record({
      ...articleRef,
      text: anyText(5000),
      score: fc.double(),
      attribution: maybe(anyText()),
      credits: fc.record({
        wire: fc.array(anyText(100), { maxLength: 5 }),
        photo: fc.array(anyText(100), { maxLength: 5 }),
      }),
      copyOf: maybe(anyText(60)),
    }),
    { maxLength: 40 },
  ),
  closest: fc.array(
    fc.record({
      ...articleRef,
      text: anyText(3000),
      score: fc.double(),
    }),
    { maxLength: 20 },
  ),
  origin: maybe(fc.record({ id: anyText(60), published: date, attribution: maybe(anyText()), wire: maybe(anyText()) })),
});

const articlesAnswer: fc.Arbitrary<ArticlesAnswer> = fc.record({
  articles: fc.array(
    fc.record({
      id: anyText(60),
      title: maybe(anyText()),
      outlet: maybe(anyText()),
      published: date,
      url,
      file: anyText(60),
      paragraphs: fc.nat(),
      sentences: fc.nat(),
      credits: fc.option(
        fc.record({ wire: fc.array(anyText(50), { maxLength: 3 }), photo: fc.array(anyText(50), { maxLength: 3 }) }),
        { nil: undefined },
      ),
      family: fc.option(maybe(anyText(60)), { nil: undefined }),
    }),
    { maxLength: 80 },
  ),
  warnings: fc.array(
    fc.record({
      file: anyText(100),
      message: anyText(500),
      entry: fc.option(fc.nat(), { nil: undefined }),
      field: fc.option(anyText(50), { nil: undefined }),
    }),
    { maxLength: 50 },
  ),
  families: fc.option(
    fc.array(
      fc.record({
        original: anyText(60),
        copies: fc.array(fc.record({ id: anyText(60), shared: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 30,
        }),
      }),
      { maxLength: 10 },
    ),
    { nil: undefined },
  ),
});

/** Everything the transport would send for this request: the callback, and for deferred work the edit. */
async function problems(coverage: Coverage, req: BotRequest): Promise<string[]> {
  const result: BotResult = await handle({ coverage, chart: async () => Buffer.from('png') }, req);
  const out = callbackProblems(callbackBody(result));
  if (result.type === 'deferred') {
    const done = await runDeferred(result);
    out.push(
      ...webhookEditProblems({
        content: done.message.content ?? null,
        embeds: done.message.embeds ?? [],
        components: done.message.components ?? [],
        allowed_mentions: done.message.allowed_mentions,
      }),
    );
  }
  return out;
}

const OPTIONS: Record<string, string[]> = {
  quote: ['speaker', 'words', 'outlet'],
  toll: ['metric', 'from', 'to'],
  sources: ['claim'],
  articles: [],
  help: [],
};

describe('any option value', () => {
  let seeds: Coverage;
  beforeAll(async () => {
    seeds = buildCoverage(await loadCorpus('data'));
  });

  it('commands over the seed corpus: no crash, no refused payload, no mention', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(OPTIONS)),
        fc.array(anyText(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        async (name, values, present) => {
          const options: Record<string, string> = {};
          OPTIONS[name].forEach((o, i) => {
            if (present[i]) options[o] = values[i];
          });
          expect(await problems(seeds, { kind: 'command', name, options, userId: ALICE })).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('autocomplete with anything typed and any speaker list: at most 25 valid choices', async () => {
    const speaker = fc.record({
      name: anyText(),
      role: maybe(anyText()),
      aliases: fc.constant([] as string[]),
      count: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        anyText(),
        fc.array(speaker, { maxLength: 60 }),
        fc.array(anyText(), { maxLength: 40 }),
        fc.constantFrom('speaker', 'outlet'),
        async (typed, speakers, outlets, focused) => {
          const req: BotRequest = {
            kind: 'autocomplete',
            name: 'quote',
            options: { [focused]: typed },
            focused: { name: focused, value: typed },
            userId: ALICE,
          };
          // Made-up speakers and outlets, and the seeds' own.
          expect(await problems(fakeCoverage({ speakers: () => speakers, outlets }), req)).toEqual([]);
          expect(await problems(seeds, req)).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('any custom_id pressed by anyone: an answer Discord accepts', async () => {
    const id = fc.oneof(
      anyText(100),
      fc
        .tuple(fc.constantFrom('q', 't', 's', 'a', 'h', 'z'), fc.nat(10000), fc.array(anyText(40), { maxLength: 4 }))
        .map(([c, p, a]) => encodeCustomId(c, p, a)),
    );
    await fc.assert(
      fc.asyncProperty(
        id,
        fc.constantFrom(ALICE, '2'),
        fc.constantFrom(ALICE, null),
        async (customId, userId, ownerId) => {
          expect(await problems(seeds, { kind: 'button', customId, userId, ownerId, embeds: [] })).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});

describe('any answer the domain could give', () => {
  const cases: [string, fc.Arbitrary<unknown>, (a: any) => Coverage, Record<string, string>][] = [
    ['quote', quoteAnswer, (a: QuoteAnswer) => fakeCoverage({ quote: () => a }), { speaker: 'x' }],
    ['toll', tollAnswer, (a: TollAnswer) => fakeCoverage({ toll: () => a }), {}],
    ['sources', sourcesAnswer, (a: SourcesAnswer) => fakeCoverage({ sources: () => a }), { claim: 'a claim' }],
    ['articles', articlesAnswer, (a: ArticlesAnswer) => fakeCoverage({ articles: () => a }), {}],
  ];
  for (const [name, arb, cov, options] of cases) {
    it(`/${name}: every page within Discord's limits, no mention`, async () => {
      await fc.assert(
        fc.asyncProperty(arb, fc.nat(50), async (answer, page) => {
          const coverage = cov(answer);
          expect(await problems(coverage, { kind: 'command', name, options, userId: ALICE })).toEqual([]);
          const code = name[0];
          const args =
            name === 'quote' ? ['x', '', ''] : name === 'sources' ? ['a claim'] : name === 'toll' ? ['', '', ''] : [];
          expect(
            await problems(coverage, {
              kind: 'button',
              customId: encodeCustomId(code, page, args),
              userId: ALICE,
              ownerId: ALICE,
              embeds: [],
            }),
          ).toEqual([]);
        }),
        { numRuns: Math.ceil(Number(process.env.PROPERTY_RUNS ?? 150) / 2.5) },
      );
    });
  }
});

describe('helpers', () => {
  it('truncate: never longer than asked, never a lone surrogate', () => {
    fc.assert(
      fc.property(anyText(3000), fc.nat(3000), (text, max) => {
        const t = truncate(text, max);
        expect(t.length).toBeLessThanOrEqual(max);
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('custom_ids: at most 100 characters, and arguments come back as given (or as a hash)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('q', 't', 's', 'a'),
        fc.nat(1_000_000),
        fc.array(anyText(80), { minLength: 1, maxLength: 3 }),
        (code, page, args) => {
          const id = encodeCustomId(code, page, args);
          expect(id.length).toBeLessThanOrEqual(100);
          const back = decodeCustomId(id)!;
          expect(back.page).toBe(page);
          if (back.args) expect(back.args).toEqual(args);
          else expect(back.hash).toMatch(/^[\w-]{12}$/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

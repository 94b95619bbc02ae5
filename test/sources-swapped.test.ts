// /sources: a capitalised word swapped for another (issue 9, round 8). A claim may leave a detail out, or word it
// otherwise; but where the report writes one capitalised word and the claim another beside the same words (a day, a
// title, a people's adjective, a name), the claim speaks of some day, someone or somewhere else, even when the word
// stands in a detail a report may leave out (an opening phrase, an appositive, a modifier).
// Made-up articles, loaded as the bot loads any corpus; each expectation is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  'post-2022-03-07-votes.txt': `Council delays budget votes

In light of Saturday's agreement, the votes on the harbour budget will likely be put off until the autumn.

The council's chairman said the agreement gave both parties time to study the figures.
`,
  'wire-2022-06-14-strategy.txt': `Senator faults war plan

"So far the ministry has not laid out a strategy for the border," said Halvorsen, a former Navy officer and prisoner of war.

He spoke after a closed briefing on Tuesday.
`,
  'daily-2022-09-20-tariffs.txt': `Tariff talks

Trade Secretary Wilma Rossiter said on Thursday that any first-stage agreement would cover only soybeans and natural gas.

Negotiators meet again next week.
`,
  'wire-2022-07-01-authority.txt': `Envoys seek UN role

France and Russia advocated a stronger U.N. role to give a U.S.-backed transitional authority in the province international legitimacy.

The envoys met in Geneva on Friday.
`,
};

const { ids } = sourcesCorpus(ARTICLES);

describe('a day in the opening phrase', () => {
  it('the same day, or none, lists the article', () => {
    expect(
      ids("In light of Saturday's agreement, the votes on the harbour budget will likely be put off until the autumn."),
    ).toEqual(['post-2022-03-07-votes']);
  });
  it('a name where the report has the day lists nothing', () => {
    expect(
      ids("In light of Bethel's agreement, the votes on the harbour budget will likely be put off until the autumn."),
    ).toEqual([]);
  });
});

describe('a word of an appositive', () => {
  it('as the report writes it lists the article', () => {
    expect(
      ids(
        'So far the ministry has not laid out a strategy for the border, said Halvorsen, a former Navy officer and prisoner of war.',
      ),
    ).toEqual(['wire-2022-06-14-strategy']);
  });
  it('a people\'s adjective where the report has "Navy" lists nothing', () => {
    expect(
      ids(
        'So far the ministry has not laid out a strategy for the border, said Halvorsen, a former Nigerian officer and prisoner of war.',
      ),
    ).toEqual([]);
  });
});

describe('a title', () => {
  it('another capitalised word in the place of "Secretary" lists nothing', () => {
    expect(
      ids('Trade Secretary Wilma Rossiter said any first-stage agreement would cover only soybeans and natural gas.'),
    ).toEqual(['daily-2022-09-20-tariffs']);
    expect(
      ids('Trade Steven Wilma Rossiter said any first-stage agreement would cover only soybeans and natural gas.'),
    ).toEqual([]);
  });
});

describe('a word written otherwise is no swap', () => {
  it('a hyphenated word differing in its common part ("U.S.-chosen" / "U.S.-backed") lists the article', () => {
    expect(
      ids(
        'France and Russia advocated a stronger U.N. role to give a U.S.-chosen transitional authority in the province international legitimacy.',
      ),
    ).toEqual(['wire-2022-07-01-authority']);
  });
  it('but another name in that place lists nothing', () => {
    expect(
      ids(
        'France and Russia advocated a stronger U.N. role to give a Turkish-backed transitional authority in the province international legitimacy.',
      ),
    ).toEqual([]);
  });
});

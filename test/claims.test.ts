// The sentence-level comparison that decides whether a sentence carries a claim.
import { describe, expect, it } from 'vitest';
import { analyze, carries, compare, idfWeigher, stem, canon } from '../src/extract/claims';
import { sentenceAttribution, attributionOf } from '../src/extract/attribution';

// Flat weights: what a tiny corpus gives, the hardest case for telling words apart.
const flat = idfWeigher(() => 1, 10);
const cmp = (claim: string, sentence: string, context?: string) =>
  compare(analyze(claim), analyze(sentence), flat, context ? analyze(context) : undefined);
const yes = (claim: string, sentence: string, context?: string) =>
  expect(carries(cmp(claim, sentence, context)), `${claim} / ${sentence}`).toBe(true);
const no = (claim: string, sentence: string) =>
  expect(carries(cmp(claim, sentence)), `${claim} / ${sentence}`).toBe(false);

describe('stemming and paraphrase classes', () => {
  it('verb and plural endings meet', () => {
    expect(stem('signed')).toBe(stem('signs'));
    expect(stem('stopping')).toBe(stem('stop'));
    expect(stem('rated')).toBe(stem('rate'));
    expect(canon('pullout')).toBe(canon('withdrawal'));
    expect(canon('curtailing')).toBe(canon('halt'));
    expect(canon('died')).toBe(canon('killed'));
  });
});

describe('the same claim, reworded', () => {
  it('paraphrased nouns and verbs', () => {
    yes(
      'a unilateral withdrawal of government forces is unrealistic',
      'A unilateral pullout of government forces would be absolutely unrealistic.',
    );
    yes('the factory will halt production', 'The factory is to stop production next month, the company said.');
  });
  it('active and passive', () => {
    yes('The mayor signed the budget', 'The budget was signed by the mayor on Friday.');
  });
  it('"will not stop" is "will continue"', () => {
    yes(
      'Russia will continue selling arms',
      'Russia will not stop selling arms to Syria, a top defense official said.',
    );
    yes('the company has no plans to curtail hiring', 'The company will continue hiring, its chief executive said.');
  });
  it('a name referred to by pronoun is found in the paragraph', () => {
    yes(
      'Lavrov said a ceasefire is needed',
      'A ceasefire is needed, he said.',
      'Foreign Minister Sergei Lavrov spoke on Tuesday. A ceasefire is needed, he said.',
    );
  });
  it('figures written differently are the same figure', () => {
    yes('a $550 million deal', 'Russia reportedly signed a $550-million deal.');
    yes('5,400 people were killed', 'More than 5,400 people have been killed in the crackdown.');
    yes('two people were injured', 'The blast injured 2 people.');
  });
});

describe('a different claim', () => {
  it('a different number', () => {
    no('5,400 killed', 'The U.N. says over 7,500 people have been killed.');
    no('a $550 million deal', 'a $500 million deal was signed');
  });
  it('a negation', () => {
    no('Russia sold arms to Syria', 'Russia did not sell arms to Syria.');
    no('the council approved the plan', 'The council has not approved the plan.');
    no('Russia will stop selling arms', 'Russia will not stop selling arms to Syria.');
  });
  it('a negation reaches into a partial quotation, and stops at the end of its clause', () => {
    yes('Trump said he did not want anything', 'Trump responded that he didn’t “want” anything.');
    yes('the city cannot be defeated, a spokesman said', '"The city can\'t be defeated," said a spokesman.');
  });
  it('"not only" is no negation', () => {
    yes(
      'the senator donated money to the foundation',
      'Not only did the senator donate money to the foundation, he also sat on its board.',
    );
  });
  it('a different name', () => {
    no('the mayor of Boston resigned', 'The mayor of Denver resigned on Monday.');
  });
  it('the names without what happened to them', () => {
    no('he toured Arlington National Cemetery', 'Obama spoke at Arlington National Cemetery on Monday.');
  });
  it('a possibility is not a report that it happened', () => {
    no(
      'the vice president cast the deciding vote',
      'The vice president could cast the deciding vote in case of a tie.',
    );
    yes('the vice president cast the deciding vote', 'The vice president cast the deciding vote on Tuesday.');
  });
  it('words scattered over a long table say nothing together', () => {
    const table =
      'Candidate Polls Donors Qualified Joe Biden 16 yes yes Pete Buttigieg 12 yes yes Kamala Harris 9 yes no Cory Booker 4 no yes Amy Klobuchar 3 yes no Beto Rourke 2 no no Julian Castro 1 no no Tom Steyer 1 yes no Elizabeth Warren 15 yes yes Bernie Sanders 14 yes yes';
    no('the top candidates are Joe Biden, Bernie Sanders and Elizabeth Warren', table);
  });
  it('the event word missing', () => {
    no('Russia will stop selling weapons to Syria', 'Russia is selling weapons to Syria.');
  });
});

describe('attribution', () => {
  it('reporting clauses, source phrases and hedges', () => {
    expect(
      sentenceAttribution(
        'Russia will not stop selling arms to Syria, a top defense official said Thursday, as Moscow stands by its ally.',
      )?.text,
    ).toBe('a top defense official said');
    expect(
      sentenceAttribution('Despite the crackdown, during which the U.N. says over 7,500 people have been killed.')
        ?.text,
    ).toBe('the U.N. says');
    expect(sentenceAttribution('"We see no reason to reconsider it," Antonov told reporters.')?.text).toBe(
      'Antonov told reporters',
    );
    expect(sentenceAttribution('"It is part of our obligations," said Mr. Antonov.')?.text).toBe('said Mr. Antonov');
    expect(sentenceAttribution('Last month, Russia reportedly signed a deal.')?.text).toBe('reportedly');
    expect(sentenceAttribution('A ship allegedly carrying munitions made a dash for the port.')?.text).toBe(
      'allegedly',
    );
    expect(
      sentenceAttribution(
        '"There are no restrictions," he told journalists in Russia, according to the country\'s state news agencies.',
      )?.text,
    ).toBe("he told journalists in Russia, according to the country's state news agencies");
    expect(sentenceAttribution('The port is the only naval base Russia has abroad.')).toBeNull();
  });
  it('a quotation attributed by the next sentence of its paragraph, and a pronoun resolved', () => {
    const sentences = [
      { index: 0, paragraph: 0, start: 0, end: 0, text: 'Lavrov said Assad would not agree to withdraw his forces.' },
      { index: 1, paragraph: 1, start: 0, end: 0, text: '"A unilateral pullout would be unrealistic.' },
      { index: 2, paragraph: 1, start: 0, end: 0, text: 'The government will not do that," he said.' },
    ];
    expect(attributionOf({ sentences }, 1)?.text).toBe('he said (Lavrov)');
  });
});

// The English lexicon: inflections come from one line per verb, behaviour flags select the sets the extractors use.
import { describe, expect, it } from 'vitest';
import {
  BASE_FORMS,
  CLAIM_FORMS,
  ESTIMATE_FORMS,
  fold,
  INVERTIBLE_FORMS,
  lexicon,
  PARTICIPLE_FORMS,
  parseNumberWords,
  reportingForms,
  SPEECH_VERBS,
  verbForms,
  WEAK_FORMS,
} from '../src/extract/lexicon';

describe('lexicon: reporting verbs', () => {
  it('inflects regular verbs and keeps irregular ones as written', () => {
    const v = (lemma: string) => lexicon.reportingVerbs.find((x) => x.lemma === lemma)!;
    expect(verbForms(v('testify'))).toMatchObject({ s: 'testifies', past: 'testified', ing: 'testifying' });
    expect(verbForms(v('argue'))).toMatchObject({ s: 'argues', past: 'argued', ing: 'arguing' });
    expect(verbForms(v('say'))).toMatchObject({ past: 'said', ing: 'saying' });
    expect(verbForms(v('admit'))).toMatchObject({ past: 'admitted', ing: 'admitting' });
    expect(reportingForms(v('write'))).toEqual(['write', 'writes', 'wrote', 'written']);
    // "states" is the noun of "the United States": left out of the forms that report.
    expect(reportingForms(v('state'))).toEqual(['stated']);
  });
  it('builds the sets each rule needs from behaviour flags', () => {
    expect(SPEECH_VERBS.has('said') && SPEECH_VERBS.has('told') && SPEECH_VERBS.has('quipped')).toBe(true);
    expect(SPEECH_VERBS.has('estimated')).toBe(false); // a count's source, never a quotation's speaker
    expect(INVERTIBLE_FORMS.has('said') && INVERTIBLE_FORMS.has('says')).toBe(true);
    expect(INVERTIBLE_FORMS.has('told')).toBe(false); // "..., told reporters" takes an object
    expect(WEAK_FORMS.has('called') && !WEAK_FORMS.has('said')).toBe(true);
    expect(PARTICIPLE_FORMS.has('adding') && PARTICIPLE_FORMS.has('saying')).toBe(true);
    expect(BASE_FORMS.has('say') && !BASE_FORMS.has('put')).toBe(true);
    expect(CLAIM_FORMS.has('alleged') && CLAIM_FORMS.has('estimated')).toBe(true);
    expect(ESTIMATE_FORMS.has('estimates') && ESTIMATE_FORMS.has('tallied') && ESTIMATE_FORMS.has('puts')).toBe(true);
    // a body that registered a count gives it ("France registered 509 deaths"), and never speaks a quotation
    expect(ESTIMATE_FORMS.has('registered') && !SPEECH_VERBS.has('registered')).toBe(true);
  });
  it('adding a verb is one line: its forms follow', () => {
    const before = SPEECH_VERBS.size;
    const extra = { ...lexicon, reportingVerbs: [...lexicon.reportingVerbs, { lemma: 'grumble', invertible: true }] };
    const added = extra.reportingVerbs
      .filter((v) => !v.notSpeech && !v.particle)
      .flatMap((v) => reportingForms(v, extra));
    expect(new Set(added).size).toBe(before + 3);
    expect(added).toEqual(expect.arrayContaining(['grumble', 'grumbles', 'grumbled']));
  });
});

describe('lexicon: numbers and folding', () => {
  it('reads number words and digits with scale words', () => {
    expect(parseNumberWords('twenty-five')).toBe(25);
    expect(parseNumberWords('three hundred and five')).toBe(305);
    expect(parseNumberWords('1.2 million')).toBe(1_200_000);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumberWords('fiftieth')).toBe(50);
    expect(parseNumberWords('several')).toBeNull();
  });
  it('folds accents, curly apostrophes and case', () => {
    expect(fold('Zoë O’Brien')).toBe("zoe o'brien");
    expect(fold('Erdoğan')).toBe(fold('Erdogan'));
  });
});

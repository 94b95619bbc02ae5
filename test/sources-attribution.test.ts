// /sources: whose statement a claim is, however the claim and the article write the attribution (issue 9, round 5).
// A reader may name the speaker after the statement ("…, Brack said", "…, according to Brack"); an article may
// attribute it by pronoun ("He said …", resolved to the last person named who fits); words that name no one
// ("Officials said") make no named speaker; a place the claim names may stand in the article's dateline only; a
// middle initial may be written or left out. Made-up articles, loaded as the bot loads any corpus; each expectation
// is what a user of /sources would see listed.
import { describe, expect, it } from 'vitest';
import { sourcesCorpus } from './helpers/sources-corpus';

const ARTICLES: Record<string, string> = {
  'city-2021-04-06-bridge.txt': `Council votes to close river bridge

The Harlow Street bridge will close for repairs in June, Mayor Ellen Varga said on Tuesday.

"The steel is older than any of us," she said. Inspectors found cracks in two of the main girders last month.

The bridge carries about 9,000 cars a day into downtown Denver.

The closure was opposed by Councilman Tom Brack, who represents the east bank. He said shops along the river would lose thousands of customers while the bridge is shut.
`,
  'valley-2021-04-07-bridge.txt': `Valley bridge to shut for the summer

BOISE — The Carver Street bridge will close for repairs in July, the transport department said on Wednesday.

Engineers said the deck had worn thin after forty winters of salt and snow ploughs.
`,
  'school-2022-01-10-teachers.txt': `District to hire teachers

Superintendent Maria L. Ocampo said on Monday that the district will hire 40 new teachers before the autumn term.

Principal David Kerr said the new teachers would cut class sizes at the two largest schools by a third.
`,
  'court-2022-03-02-permit.txt': `Judge delays ruling on dam permit

Judge Walter Okafor said on Friday that he plans to hear more witnesses and will not decide the permit's fate for several more weeks.

"We warned them about the turbines twice," said lawyer Ron Pettibone, who represents the fishing cooperative.
`,
};

const { ids } = sourcesCorpus(ARTICLES);
const COURT = ['court-2022-03-02-permit'];
const BRIDGE = ['city-2021-04-06-bridge'];
const SCHOOL = ['school-2022-01-10-teachers'];

describe('a speaker named after the statement', () => {
  it('"…, Brack said" is read as "Brack said …": his statement is listed', () => {
    expect(ids('Shops along the river would lose thousands of customers while the bridge is shut, Brack said')).toEqual(
      BRIDGE,
    );
    expect(
      ids('Shops along the river would lose thousands of customers while the bridge is shut, said Tom Brack'),
    ).toEqual(BRIDGE);
    expect(
      ids('Shops along the river would lose thousands of customers while the bridge is shut, according to Tom Brack'),
    ).toEqual(BRIDGE);
  });
  it('another speaker named after the statement lists nothing', () => {
    expect(ids('Shops along the river would lose thousands of customers while the bridge is shut, Varga said')).toEqual(
      [],
    );
    expect(ids('The Harlow Street bridge will close for repairs in June, Brack said')).toEqual([]);
  });
});

describe('a statement attributed by pronoun in the article', () => {
  it('"He said …" is the statement of the last man named before it', () => {
    expect(ids('Brack said shops along the river would lose thousands of customers while the bridge is shut')).toEqual(
      BRIDGE,
    );
  });
  it('and not of the mayor quoted before him', () => {
    expect(ids('Varga said shops along the river would lose thousands of customers while the bridge is shut')).toEqual(
      [],
    );
  });
});

describe('a place the claim names, given by the article elsewhere', () => {
  it('a place in the dateline stands for the passage ("The Harlow Street bridge in Denver …")', () => {
    expect(ids('The Harlow Street bridge in Denver will close for repairs in June')).toEqual(BRIDGE);
  });
  it('a place the article never names lists nothing', () => {
    expect(ids('The Harlow Street bridge in Chicago will close for repairs in June')).toEqual([]);
  });
});

describe('words that name no speaker', () => {
  it('"Officials said …" is met by anyone\'s statement', () => {
    expect(ids('Officials said the Harlow Street bridge will close for repairs in June')).toEqual(BRIDGE);
    expect(ids('City officials said the Harlow Street bridge will close for repairs in June')).toEqual(BRIDGE);
  });
  it('a named speaker is still required to be the one quoted', () => {
    expect(ids('Kerr said the Harlow Street bridge will close for repairs in June')).toEqual([]);
  });
});

describe('a middle initial', () => {
  it('left out by the claim: "Maria Ocampo said …" is Maria L. Ocampo\'s statement', () => {
    expect(ids('Maria Ocampo said the district will hire 40 new teachers before the autumn term')).toEqual(SCHOOL);
  });
  it('added by the claim: "David J. Kerr said …" is David Kerr\'s', () => {
    expect(ids('David J. Kerr said the new teachers would cut class sizes at the two largest schools')).toEqual(SCHOOL);
  });
  it('in a name the claim speaks of, not a speaker ("Superintendent Maria Ocampo will hire …")', () => {
    expect(ids('Superintendent Maria Ocampo will hire 40 new teachers before the autumn term')).toEqual(SCHOOL);
  });
  it('another first name is another person', () => {
    expect(ids('Rosa Ocampo said the district will hire 40 new teachers before the autumn term')).toEqual([]);
  });
  it('the figure stays: "… will hire 45 new teachers" lists nothing', () => {
    expect(ids('Maria Ocampo said the district will hire 45 new teachers before the autumn term')).toEqual([]);
  });
});

describe('how a reader writes the speaker', () => {
  it('with an honorific the article leaves out ("Mr. Okafor also said …")', () => {
    expect(
      ids(
        "Mr. Okafor also said he plans to hear more witnesses and will not decide the permit's fate for several more weeks",
      ),
    ).toEqual(COURT);
  });
  it('with the full first name and an initial for the short form the article gives ("Ronald J. Pettibone", "Ron Pettibone")', () => {
    expect(ids('"We warned them about the turbines twice," said Ronald J. Pettibone, a lawyer')).toEqual(COURT);
    expect(ids('"We warned them about the turbines twice," said Donald Pettibone, a lawyer')).toEqual([]);
  });
  it('"She said …" names no one: anyone\'s statement', () => {
    expect(ids('She said the district will hire 40 new teachers before the autumn term')).toEqual(SCHOOL);
  });
  it('where it was said is no part of the claim ("…, he told reporters in Denver")', () => {
    expect(ids('"We warned them about the turbines twice," he told reporters in Denver')).toEqual(COURT);
  });
});

describe('a light verb and its object', () => {
  it('"will not make a determination" is "will not decide"', () => {
    expect(
      ids(
        'Okafor said he plans to hear more witnesses and will not make a determination on the permit for several more weeks',
      ),
    ).toEqual(COURT);
  });
  it('and still not "will decide"', () => {
    expect(
      ids(
        'Okafor said he plans to hear more witnesses and will make a determination on the permit within several weeks',
      ),
    ).toEqual([]);
  });
});

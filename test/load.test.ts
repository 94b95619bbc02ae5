import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, rm, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, CorpusError } from '../src/corpus/load';
import { inferOutlet, inferPublished } from '../src/corpus/infer';
import { fixMojibake } from '../src/corpus/text';

let dir: string;
const para = (s: string) =>
  `${s} ${'The officials said the talks would go on through the week and into the next one.'}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  await writeFile(
    join(dir, 'plain.txt'),
    [
      'Skip to: Content',
      '',
      'Big Storm Hits the Coast Overnight',
      '',
      'updated 3/14/2012 9:26:05 AM ET',
      '',
      para('The storm reached the coast on Tuesday, officials said.'),
      '',
      para('"We are ready," the mayor said.'),
      '',
      '© 2012 Coastal Daily News. All rights reserved.',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'page.md'),
    [
      '# Ministers Meet in Geneva',
      '',
      '[www.example-news.com](http://www.example-news.com)',
      '',
      'March 13, 2012',
      '',
      para('The ministers met in [Geneva](http://example.com/geneva) on Monday.'),
      '',
      para('**Talks** ended without a deal.'),
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'saved.html'),
    `<!doctype html><html><head><title>Flood waters rise | River Post</title>
    <meta property="og:site_name" content="River Post"><meta property="article:published_time" content="2013-05-06T10:00:00Z">
    <meta property="og:url" content="https://river.example/flood"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Flood waters rise</h1>
    <p>${para('Flood waters rose across the valley on Sunday, and thousands of residents left their homes.')}</p>
    <p>${para('"The river has never been this high," a farmer said, standing on his porch.')}</p>
    <p>${para('Engineers worked through the night to reinforce the levees along the southern bank.')}</p></article>
    <footer>Subscribe today and save 40%</footer></body></html>`,
  );
  await writeFile(
    join(dir, 'undated.txt'),
    para('A report published on March 3, 2012 said the fighting had grown worse.'),
  );
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
  await writeFile(join(dir, 'notes.csv'), 'a,b,c');
  await writeFile(
    join(dir, 'corpus.json'),
    JSON.stringify({
      articles: [
        { file: 'plain.txt', outlet: 'Manifest Outlet', url: 'https://example.com/storm' },
        { file: 'page.md', published: '2012-13-45', title: 'Ministers Meet' },
        { file: 'missing.txt', outlet: 'Nobody' },
        { outlet: 'No file field' },
      ],
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads .txt, .md and .html files and nothing else, with ids from file names', async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['page', 'plain', 'saved', 'undated']);
    const html = corpus.articles.find((a) => a.id === 'saved')!;
    expect(html.paragraphs.join(' ')).toContain('"The river has never been this high," a farmer said');
    expect(html.paragraphs.join(' ')).not.toMatch(/Subscribe|Home/);
    expect(html).toMatchObject({ outlet: 'River Post', published: '2013-05-06', url: 'https://river.example/flood' });
  });

  it('lets the manifest win over the text, and infers what it does not give', async () => {
    const corpus = await loadCorpus(dir);
    const plain = corpus.articles.find((a) => a.id === 'plain')!;
    expect(plain).toMatchObject({
      outlet: 'Manifest Outlet',
      published: '2012-03-14',
      title: 'Big Storm Hits the Coast Overnight',
      url: 'https://example.com/storm',
    });
    expect(plain.provenance).toEqual({ title: 'text', outlet: 'manifest', published: 'text' });
    const md = corpus.articles.find((a) => a.id === 'page')!;
    // The entry's bad date is reported and dropped, its good title kept; the date then comes from the text.
    expect(md).toMatchObject({ title: 'Ministers Meet', published: '2012-03-13', outlet: 'example-news.com' });
    expect(md.paragraphs[0]).toMatch(/^The ministers met in Geneva on Monday/);
    expect(md.paragraphs[1]).toMatch(/^Talks ended/);
  });

  it('never guesses a date from a sentence: no dateline, no date', async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.find((a) => a.id === 'undated')!.published).toBeNull();
  });

  it('reports bad files and bad manifest entries by name, entry and field, and loads the rest', async () => {
    const { warnings } = await loadCorpus(dir);
    const text = warnings.map((w) => `${w.file}|${w.entry ?? ''}|${w.field ?? ''}|${w.message}`);
    expect(text).toContainEqual(expect.stringMatching(/^empty\.txt\|\|\|skipped: the file is empty/));
    expect(text).toContainEqual(expect.stringMatching(/^binary\.txt\|\|\|skipped: binary/));
    expect(text).toContainEqual(expect.stringMatching(/^corpus\.json\|1\|published\|/));
    expect(text).toContainEqual(expect.stringMatching(/^corpus\.json\|3\|file\|/));
    expect(text).toContainEqual(
      expect.stringMatching(/^corpus\.json\|\|\|lists "missing\.txt", which is not in the folder/),
    );
  });

  it('survives a manifest that is not JSON', async () => {
    const d = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(d, 'a.txt'), para('Something happened today, witnesses said.'));
    await writeFile(join(d, 'corpus.json'), '{"articles": [');
    const corpus = await loadCorpus(d);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.warnings[0]).toMatchObject({ file: 'corpus.json' });
    expect(corpus.warnings[0].message).toMatch(/not valid JSON/);
    await rm(d, { recursive: true });
  });

  it('fails with a message naming the folder when nothing can be loaded', async () => {
    await expect(loadCorpus(join(dir, 'nope'))).rejects.toThrow(CorpusError);
    const d = await mkdtemp(join(tmpdir(), 'corpus-'));
    await mkdir(join(d, 'sub'));
    await writeFile(join(d, 'x.txt'), '');
    await expect(loadCorpus(d)).rejects.toThrow(/no article could be loaded: x\.txt: skipped: the file is empty/);
    await rm(d, { recursive: true });
  });

  it('loads the default corpus with its manifest and no warnings', async () => {
    const corpus = await loadCorpus(join(__dirname, '../data'));
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles).toHaveLength(5);
    for (const a of corpus.articles) expect(a.published).toMatch(/^2012-0[23]-\d\d$/);
  });
});

describe('a corpus folder with folders inside', () => {
  it('loads every page beside them and names a folder holding pages, whatever links or depth it holds', async () => {
    const root = await mkdtemp(join(tmpdir(), 'nested-'));
    try {
      await writeFile(join(root, 'top.txt'), para('The council met on Monday, the clerk said.'));
      await writeFile(join(root, 'next.md'), para('The river rose overnight, residents said.'));
      const news = join(root, 'news');
      await mkdir(news);
      await writeFile(join(news, 'a.txt'), para('The port reopened on Friday, officials said.'));
      await symlink(join(root, 'nowhere.txt'), join(news, 'gone.txt'));
      await symlink(root, join(news, 'loop'));
      const deep = join(news, ...Array<string>(300).fill('d'));
      await mkdir(deep, { recursive: true });
      await writeFile(join(deep, 'bottom.html'), `<p>${para('The bridge closed for repairs, the city said.')}</p>`);
      await mkdir(join(root, 'images'));
      await writeFile(join(root, 'images', 'map.png'), 'not a page');
      await mkdir(join(root, '.state'));
      await writeFile(join(root, '.state', 'saved.txt'), "the bot's own");

      const corpus = await loadCorpus(root);
      expect(corpus.articles.map((a) => a.file).sort()).toEqual(['next.md', 'top.txt']);
      expect(corpus.warnings).toEqual([
        {
          file: 'news',
          message:
            'skipped: a folder with 2 pages in it (subfolders are not read: move the pages into the corpus folder to load them)',
        },
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('inference from the page itself', () => {
  it('takes dates from datelines only', () => {
    expect(inferPublished(['msnbc.com news services', 'updated 2/2/2012 9:26:05 AM ET 2012-02-02T14:26:05'])).toBe(
      '2012-02-02',
    );
    expect(inferPublished(['By Correspondent / March 13, 2012'])).toBe('2012-03-13');
    expect(inferPublished(['3/14/2012'])).toBe('2012-03-14');
    expect(inferPublished(['Soldiers near Homs, January 31, 2012. Credit: Reuters'])).toBeNull();
    expect(inferPublished(['2/30/2012'])).toBeNull();
  });

  it('takes the outlet from a copyright line, a site address or a prompt naming it', () => {
    expect(inferOutlet(['© 2020 The Daily Planet. All rights reserved.'])).toBe('The Daily Planet');
    expect(inferOutlet(['www.example.org'])).toBe('example.org');
    expect(inferOutlet(['someone@gmail.com', 'msnbc.com news services'])).toBe('msnbc.com');
    expect(inferOutlet(['Support The Evening Herald!'])).toBe('The Evening Herald');
    expect(inferOutlet(['Nothing here says where it is from.'])).toBeNull();
  });

  it('repairs double-encoded UTF-8', () => {
    expect(fixMojibake('He said â€œhelloâ€\x9d')).toBe('He said “hello”');
    expect(fixMojibake('Ã¢â‚¬Å“quotedÃ¢â‚¬Â')).toContain('“quoted');
    expect(fixMojibake('café “fine”')).toBe('café “fine”');
  });
});

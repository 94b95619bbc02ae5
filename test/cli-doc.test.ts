// docs/cli.md, the command line's public contract, against the zod schemas the answers are built from: every field the
// page documents exists in its command's schema, and every field it promises as "always" present is not optional.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as types from '../src/answers/types';

const DOC = readFileSync(join(__dirname, '../docs/cli.md'), 'utf8');

// `export` has no schema of its own: it is the three lists of the other answers.
const ExportSchema = z.object({
  articles: types.ArticlesAnswerSchema.shape.articles,
  quotes: types.QuoteAnswerSchema.shape.quotes,
  estimates: types.TollAnswerSchema.shape.estimates,
});

interface Section {
  command: string;
  schema: string;
  fields: { path: string; always: boolean }[];
}

/** Each "### `command`" section of the page: its "Schema: `Name`" line and its table of fields. */
function sections(doc: string): Section[] {
  return doc
    .split(/^### /m)
    .slice(1)
    .map((part) => {
      const command = /^`([^`]+)`/.exec(part)![1].split(' ')[0];
      const schema = /^Schema: `(\w+)`/m.exec(part)?.[1] ?? '';
      const fields = [...part.matchAll(/^\| `([\w.[\]]+)` \| (always|added) \|/gm)].map((m) => ({
        path: m[1],
        always: m[2] === 'always',
      }));
      return { command, schema, fields };
    });
}

type Found = { schema: z.ZodType; optional: boolean } | null;

/** Follows a documented path ("quotes[].articles[].id") through a schema; null when a step is not there. */
function follow(schema: z.ZodType, path: string): Found {
  let current: z.ZodType = schema;
  let optional = false;
  const unwrap = () => {
    for (;;) {
      const def = (current as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
      if (def.type === 'optional') optional = true;
      if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType)
        current = def.innerType;
      else return;
    }
  };
  for (const step of path.split('.')) {
    const [, key, arrays] = /^(\w+)((?:\[\])*)$/.exec(step) ?? [];
    if (!key) return null;
    unwrap();
    if (!(current instanceof z.ZodObject)) return null;
    const next = (current.shape as Record<string, z.ZodType>)[key];
    if (!next) return null;
    current = next;
    optional = false;
    for (let i = 0; i < arrays.length / 2; i++) {
      unwrap();
      if (!(current instanceof z.ZodArray)) return null;
      current = current.element as z.ZodType;
    }
  }
  unwrap();
  return { schema: current, optional };
}

const documented = sections(DOC);

describe('docs/cli.md', () => {
  it('documents every command of the command line, each with its schema and fields', () => {
    expect(documented.map((s) => s.command)).toEqual(['articles', 'quote', 'toll', 'sources', 'ingest', 'export']);
    for (const s of documented) {
      expect(s.schema === 'export' || s.schema in types, `${s.command}: schema ${s.schema}`).toBe(true);
      expect(s.fields.length, s.command).toBeGreaterThan(0);
    }
  });

  describe.each(documented)('$command', ({ schema: name, fields }) => {
    const schema = name === 'export' ? ExportSchema : ((types as Record<string, unknown>)[name] as z.ZodType);

    it.each(fields)('$path is in the schema', ({ path, always }) => {
      const found = follow(schema, path);
      expect(found, `${path} is documented but not in ${name}`).not.toBeNull();
      if (always)
        expect(found!.optional, `${path} is documented as always present but optional in ${name}`).toBe(false);
    });
  });

  it('catches a field the schema does not have', () => {
    expect(follow(types.QuoteAnswerSchema, 'quotes[].articles[].wording')).not.toBeNull();
    expect(follow(types.QuoteAnswerSchema, 'quotes[].articles[].nonesuch')).toBeNull();
    expect(follow(types.QuoteAnswerSchema, 'quotes.text')).toBeNull();
    expect(follow(types.QuoteAnswerSchema, 'quotes[].role')!.optional).toBe(true);
  });
});

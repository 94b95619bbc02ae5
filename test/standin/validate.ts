// Validates what the bot sends against Discord's own API description (test/fixtures/discord-api-spec/openapi.json, MIT)
// with ajv, plus the rules the description cannot express (6,000 characters over all embeds, no mentions).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

export const SPEC_PATH = resolve(import.meta.dirname, '../fixtures/discord-api-spec/openapi.json');

type Route = 'callback' | 'webhookEdit' | 'webhookPost' | 'commandsPut';

let cache: Record<Route, ValidateFunction> | null = null;

function validators(): Record<Route, ValidateFunction> {
  if (cache) return cache;
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'snowflake', 'double', 'float']) ajv.addFormat(f, true);
  ajv.addSchema({ $id: 'discord', components: spec.components });
  const body = (path: string, method: string) => {
    const schema = spec.paths[path][method].requestBody.content['application/json'].schema;
    // The request schemas refer to "#/components/...": point them at the registered document.
    return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"discord#/components/')));
  };
  cache = {
    callback: body('/interactions/{interaction_id}/{interaction_token}/callback', 'post'),
    webhookEdit: body('/webhooks/{webhook_id}/{webhook_token}/messages/@original', 'patch'),
    webhookPost: body('/webhooks/{webhook_id}/{webhook_token}', 'post'),
    commandsPut: body('/applications/{application_id}/commands', 'put'),
  };
  return cache;
}

export interface Embedish {
  title?: string | null;
  description?: string | null;
  footer?: { text?: string | null } | null;
  author?: { name?: string | null } | null;
  fields?: { name: string; value: string }[] | null;
}

export function embedsTotal(embeds: Embedish[] | null | undefined): number {
  let n = 0;
  for (const e of embeds ?? []) {
    n +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.author?.name?.length ?? 0);
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/** Problems Discord would refuse a message body for (or that would ping someone); empty when none. */
export function messageProblems(data: Record<string, unknown> | null | undefined): string[] {
  if (!data) return [];
  const problems: string[] = [];
  const embeds = data.embeds as Embedish[] | undefined;
  const total = embedsTotal(embeds);
  if (total > 6000) problems.push(`embeds total ${total} characters (> 6000)`);
  for (const e of embeds ?? []) {
    for (const f of e.fields ?? [])
      if (f.name.trim() === '' || f.value.trim() === '') problems.push('an embed field with an empty name or value');
    if (e.description !== undefined && e.description !== null && e.description.trim() === '')
      problems.push('an empty embed description');
  }
  const am = data.allowed_mentions as { parse?: unknown[]; users?: unknown[]; roles?: unknown[] } | undefined;
  if (!am || !Array.isArray(am.parse) || am.parse.length || am.users?.length || am.roles?.length)
    problems.push(`allowed_mentions is ${JSON.stringify(am)}, not {parse: []}`);
  const hasContent = typeof data.content === 'string' && data.content.trim() !== '';
  if (!hasContent && !embeds?.length && !(data.attachments as unknown[] | undefined)?.length && !data.files)
    problems.push('an empty message');
  const text = JSON.stringify(data);
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text))
    problems.push('a lone surrogate');
  const ids = new Set<string>();
  for (const row of (data.components as { components?: { custom_id?: string }[] }[] | undefined) ?? []) {
    for (const c of row.components ?? []) {
      if (c.custom_id && ids.has(c.custom_id)) problems.push(`duplicate custom_id ${c.custom_id}`);
      if (c.custom_id) ids.add(c.custom_id);
    }
  }
  return problems;
}

function errorsText(v: ValidateFunction): string[] {
  return (v.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Every problem with an interaction callback body (type 4, 5, 7, 8), by the spec and by the extra rules. */
export function callbackProblems(body: unknown): string[] {
  const v = validators().callback;
  const problems = v(body) ? [] : errorsText(v);
  const b = body as { type?: number; data?: Record<string, unknown> & { choices?: { name: string; value: string }[] } };
  if (b?.type === 8) {
    const choices = b.data?.choices ?? [];
    if (choices.length > 25) problems.push('more than 25 choices');
    for (const c of choices)
      if (c.value.length > 100 || c.name.length > 100 || c.name.length < 1)
        problems.push(`choice out of limits: ${JSON.stringify(c).slice(0, 80)}`);
  } else if (b?.type === 4 || b?.type === 7) {
    problems.push(...messageProblems(b.data));
  }
  return problems;
}

export function webhookEditProblems(body: unknown): string[] {
  const v = validators().webhookEdit;
  return [...(v(body) ? [] : errorsText(v)), ...messageProblems(body as Record<string, unknown>)];
}

export function webhookPostProblems(body: unknown): string[] {
  const v = validators().webhookPost;
  return [...(v(body) ? [] : errorsText(v)), ...messageProblems(body as Record<string, unknown>)];
}

export function commandsPutProblems(body: unknown): string[] {
  const v = validators().commandsPut;
  return v(body) ? [] : errorsText(v);
}

// Pagination that survives a restart: each button's custom_id carries the command, the arguments and the page
// it leads to, so any process (a restarted bot, another HTTP replica) can answer it from the corpus alone.
// Arguments too long for the 100 characters of a custom_id are replaced by a short hash, and recovered from the
// message's own footer (which shows the question), checked against that hash.
import { createHash } from 'node:crypto';
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { LIMITS, wellFormed } from './limits';
import { embedLength } from './payload';

/** What a button does: turn a page, export the whole answer as files, or post an answer shown privately in public. */
export type ButtonAction = 'pg' | 'ex' | 'pb';

export interface PageRef {
  action: ButtonAction;
  code: string;
  page: number;
  /** The arguments, or null when only their hash travelled (see `hash`). */
  args: string[] | null;
  hash: string | null;
}

// "\" and "|" are escaped, and "#" too so that an argument can never pass for the hash marker.
function escapeArg(v: string): string {
  return v.replace(/[\\|#]/g, (c) => '\\' + c);
}

export function argsHash(args: string[]): string {
  return createHash('sha256').update(JSON.stringify(args)).digest('base64url').slice(0, 12);
}

/** `pg|q|2|Antonov|weapons|` (each argument after a "|"), or `pg|s|2#<hash>` when the arguments do not fit. */
export function encodeCustomId(code: string, page: number, args: string[], action: ButtonAction = 'pg'): string {
  const head = `${action}|${code}|${page}`;
  const full = head + args.map((a) => '|' + escapeArg(a)).join('');
  if (full.length <= LIMITS.customId && full === wellFormed(full)) return full;
  return `${head}#${argsHash(args)}`;
}

export function decodeCustomId(id: string): PageRef | null {
  const m = /^(pg|ex|pb)\|([a-z])\|(\d{1,9})(?=$|[|#])/.exec(id);
  if (!m) return null;
  const action = m[1] as ButtonAction;
  const code = m[2];
  const rest = id.slice(m[0].length);
  const page = Number(m[3]);
  if (rest.startsWith('#')) return { action, code, page, args: null, hash: rest.slice(1) };
  if (rest === '') return { action, code, page, args: [], hash: null };
  const args: string[] = [];
  let cur = '';
  for (let i = 1; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\' && i + 1 < rest.length) cur += rest[++i];
    else if (c === '|') {
      args.push(cur);
      cur = '';
    } else cur += c;
  }
  args.push(cur);
  return { action, code, page, args, hash: null };
}

/** `Page 2 of 5 · /quote speaker: "Antonov" words: "arms"` (values as JSON strings, so it can be read back). */
export function pageFooter(command: string, names: string[], args: string[], page: number, pages: number): string {
  const shown = names.map((n, i) => (args[i] ? ` ${n}: ${JSON.stringify(args[i])}` : '')).join('');
  return `${pages > 1 ? `Page ${page + 1} of ${pages} · ` : ''}/${command}${shown}`;
}

/** The arguments written by pageFooter, read back from a message's embeds; null when none is there intact. */
export function argsFromEmbeds(embeds: APIEmbed[], command: string, names: string[], hash: string): string[] | null {
  for (const e of embeds) {
    const text = e.footer?.text;
    if (!text) continue;
    const at = text.indexOf(`/${command}`);
    if (at < 0) continue;
    const rest = text.slice(at + command.length + 1);
    const args = names.map(() => '');
    const re = / ([a-z_]+): ("(?:[^"\\]|\\.)*")/gy;
    let m: RegExpExecArray | null;
    let ok = true;
    while ((m = re.exec(rest))) {
      const i = names.indexOf(m[1]);
      if (i < 0) {
        ok = false;
        break;
      }
      try {
        args[i] = JSON.parse(m[2]) as string;
      } catch {
        ok = false;
        break;
      }
    }
    if (ok && argsHash(args) === hash) return args;
  }
  return null;
}

export function navRow(
  code: string,
  args: string[],
  page: number,
  pages: number,
): APIActionRowComponent<APIButtonComponent>[] {
  // With two pages or more, the two buttons lead to different pages, so their custom_ids differ (Discord requires it).
  if (pages <= 1) return [];
  const prev = Math.max(0, page - 1);
  const next = Math.min(pages - 1, page + 1);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: '◀ Previous',
          custom_id: encodeCustomId(code, prev, args),
          disabled: page === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Next ▶',
          custom_id: encodeCustomId(code, next, args),
          disabled: page >= pages - 1,
        },
      ],
    },
  ];
}

/** Splits item embeds into pages of at most `perPage`, each page's total within `budget` characters. */
export function packEmbeds(items: APIEmbed[], perPage: number, budget: number): APIEmbed[][] {
  const pages: APIEmbed[][] = [];
  let cur: APIEmbed[] = [];
  let used = 0;
  for (const item of items) {
    const n = embedLength(item);
    if (cur.length && (cur.length >= perPage || used + n > budget)) {
      pages.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(item);
    used += n;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

/** Splits fields into pages of at most `perPage` fields and `budget` characters. */
export function packFields(fields: APIEmbedField[], perPage: number, budget: number): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [];
  let cur: APIEmbedField[] = [];
  let used = 0;
  for (const f of fields) {
    const n = f.name.length + f.value.length;
    if (cur.length && (cur.length >= perPage || used + n > budget)) {
      pages.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(f);
    used += n;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

/**
 * The row under an answer: "Export" (the whole answer as CSV and JSON, to the presser alone) for commands that can,
 * and "Post publicly" under an answer only its asker can see.
 */
export function actionRow(
  code: string,
  args: string[],
  options: { exportable: boolean; publishable: boolean },
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  if (options.exportable)
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Export CSV + JSON',
      custom_id: encodeCustomId(code, 0, args, 'ex'),
    });
  if (options.publishable)
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'Post publicly',
      custom_id: encodeCustomId(code, 0, args, 'pb'),
    });
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

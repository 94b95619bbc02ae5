// The local console: `npm start` without a token at a terminal. Type `/quote Antonov` and read the answer as
// text, through the same command definitions and argument checks as in Discord.
import { createInterface } from 'node:readline';
import { BY_NAME, COMMANDS, type CommandContext } from './commands/index';
import type { RawOptions } from './commands/types';
import { helpText } from './commands/help';
import { speakerChoices } from './choices';
import { answerQuote } from './commands/quote';
import { terminalSafe } from '../render/safe';
import { reason } from '../util/reason';

export const BANNER = `Local console: no DISCORD_TOKEN is set, so nothing is connected to Discord.
Type a command as you would in Discord:  /quote <speaker or words>   /quote speaker:<name> words:<words>
  /toll metric:killed from:YYYY-MM-DD   /sources <a claim in your own words>   /articles   /help
Options go as name:value; text without a name goes to the first option. "exit" or Ctrl-D leaves.
To connect to Discord: put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see .env.example),
run \`npm run deploy-commands\` once, then \`npm start\`.`;

/** Splits `/quote Antonov words:arms` into the command and its options. */
export function parseLine(line: string): { name: string; options: RawOptions } | null {
  const m = /^\s*\/?([a-z]+)\b\s*(.*)$/is.exec(line);
  if (!m) return null;
  const name = m[1].toLowerCase();
  const cmd = BY_NAME.get(name);
  const rest = m[2].trim();
  const options: RawOptions = {};
  if (!cmd || !rest) return { name, options };
  const names = cmd.options;
  const parts = names.length ? rest.split(new RegExp(`(?:^|\\s+)(${names.join('|')}):`, 'i')) : [rest];
  const head = parts[0].trim();
  if (head && names.length) options[names[0]] = head;
  for (let i = 1; i + 1 < parts.length; i += 2) options[parts[i].toLowerCase()] = parts[i + 1].trim();
  return { name, options };
}

export async function answerLine(live: CommandContext, line: string): Promise<string> {
  const ctx: CommandContext = live.current ? { ...live, coverage: live.current() } : live;
  const trimmed = line.trim();
  if (!trimmed) return '';
  const parsed = parseLine(trimmed);
  const cmd = parsed ? BY_NAME.get(parsed.name) : undefined;
  if (!parsed || !cmd)
    return `Unknown command. Commands: ${COMMANDS.map((c) => '/' + c.name).join(', ')}\n\n${helpText()}`;
  const args = cmd.parse(parsed.options);
  if ('error' in args) return args.error;
  const text = await cmd.text(ctx, args.args);
  if (cmd.name === 'quote' && answerQuote(ctx, args.args).quotes.length === 0) {
    // Nothing found: show what autocomplete would have offered.
    const names = speakerChoices(ctx.coverage, args.args[0])
      .map((c) => c.value)
      .filter((v) => v !== args.args[0]);
    if (names.length) return `${text}\n\nSpeakers like that: ${names.slice(0, 10).join(', ')}`;
  }
  return text;
}

export async function runConsole(
  ctx: CommandContext,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  output.write(BANNER + '\n\n');
  const rl = createInterface({ input, output, prompt: '> ', terminal: (input as { isTTY?: boolean }).isTTY === true });
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(exit|quit|\.exit)\s*$/i.test(line)) break;
    try {
      const answer = await answerLine(ctx, line);
      if (answer) output.write(terminalSafe(answer) + '\n');
    } catch (err) {
      output.write(terminalSafe(`error: ${reason(err)}`) + '\n');
    }
    rl.prompt();
  }
  rl.close();
}

// Every command, defined once: deploy-commands registers these definitions, and every transport dispatches here.
import { articles } from './articles';
import { follow, unfollow } from './follow';
import { help } from './help';
import { quote } from './quote';
import { sources } from './sources';
import { toll } from './toll';
import type { Command } from './types';

export const COMMANDS: Command[] = [quote, toll, sources, articles, follow, unfollow, help];
export const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));
export const BY_CODE = new Map(COMMANDS.map((c) => [c.code, c]));
export const DEFINITIONS = COMMANDS.map((c) => c.definition);
export type { Command, CommandContext } from './types';

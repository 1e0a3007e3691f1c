/**
 * Every command: its summary, usage, options with their help, and its code loaded lazily. This
 * file imports nothing heavy, so `parallax --help` and `parallax <command> --help` answer at once
 * (`parallax stories` never pays for the HTML parser either).
 */
import type { CommandSpec } from './command.js';
import { DB_OPTION, DOSSIER_OPTIONS, JSON_OPTION, PUBLISHED_OPTION } from './options.js';
import { SUBCOMMANDS } from './eval.js';

/** Twenty hits fill a terminal screen. */
export const DEFAULT_SEARCH_LIMIT = 20;

const INPUTS = 'Inputs: .txt .md .html .json .jsonl files, folders (recursive, with an optional parallax.meta.json), - for standard input.';

export const COMMANDS: Record<string, CommandSpec> = {
  brief: {
    name: 'brief',
    summary: 'read articles and print the story dossier (nothing is stored)',
    usage: 'parallax brief <file|folder|-> ... [options]',
    options: { ...DOSSIER_OPTIONS, ...PUBLISHED_OPTION },
    details: `${INPUTS}\nOn a terminal a progress bar shows on standard error while a long run is analysed.`,
    load: () => import('./brief.js'),
  },
  add: {
    name: 'add',
    summary: 'add articles to the embedded store (idempotent) and update its stories',
    usage: 'parallax add <file|folder|-> ... [options]',
    options: { ...DB_OPTION, ...PUBLISHED_OPTION, json: { type: 'boolean', description: 'print the summary as JSON: added, revised, unchanged, duplicates, failures, stories' } },
    details: `${INPUTS}\nOn a terminal a progress bar shows on standard error while a long run is analysed.`,
    load: () => import('./add.js'),
  },
  stories: {
    name: 'stories',
    summary: 'list the stories in the embedded store',
    usage: 'parallax stories [options]',
    options: { ...DB_OPTION, ...JSON_OPTION },
    load: () => import('./stories.js'),
  },
  story: {
    name: 'story',
    summary: 'print the dossier of one stored story (the options of brief)',
    usage: 'parallax story <id> [options]',
    options: { ...DB_OPTION, ...DOSSIER_OPTIONS },
    load: () => import('./story.js'),
  },
  search: {
    name: 'search',
    summary: 'full-text search (PostgreSQL websearch syntax: words, "a phrase", -not, or)',
    usage: 'parallax search <words…> [options]',
    options: { ...DB_OPTION, limit: { type: 'string', value: 'N', description: `at most N hits (default ${DEFAULT_SEARCH_LIMIT})` }, ...JSON_OPTION },
    load: () => import('./search.js'),
  },
  eval: {
    name: 'eval',
    summary: 'score a component on a gold file',
    usage: Object.entries(SUBCOMMANDS).map(([n, s]) => `parallax eval ${n} ${s.args}`).join('\n       '),
    options: {
      ...JSON_OPTION,
      errors: { type: 'string', value: 'N', description: 'quotes: N examples of each speaker error; dossier: up to N wrong items per measure' },
      all: { type: 'boolean', description: 'quotes --errors: of all attributions, not only direct quotes' },
    },
    details: `What to score:\n${Object.entries(SUBCOMMANDS).map(([n, s]) => `  ${n.padEnd(10)}${s.summary}`).join('\n')}`,
    load: () => import('./eval.js'),
  },
};

/** Options every command takes. */
export const COMMON_OPTIONS: CommandSpec['options'] = {
  config: { type: 'string', value: 'FILE', description: 'settings file (default: parallax.config.json here or in the nearest folder above; PARALLAX_CONFIG)' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

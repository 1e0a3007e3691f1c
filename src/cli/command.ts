/**
 * The shape of the CLI's commands. A command is a spec (usage, options with their help, details)
 * that loads nothing heavy, so `--help` is instant, and a `run` in its own file, loaded only to
 * run. Commands never print or exit: they return their output.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Config, ConfigOrigins } from '../config.js';
import type { BriefNotice, InputFailure } from '../types.js';
import { failureReason } from '../brief/renderers/shared.js';

/** One option: how it parses, and its line of help. */
export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The placeholder shown in help for a string option, e.g. "YYYY-MM-DD". */
  value?: string;
  description: string;
}

export type OptionDefs = Record<string, OptionDef>;

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  config: Config;
  /** Where each setting came from (a flag, a variable, the config file), for messages about a bad value. */
  origins: ConfigOrigins;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  /** Standard error, for the transient progress bar only (it draws only on a terminal). */
  progressStream: { isTTY?: boolean; columns?: number; write(text: string): unknown };
}

export interface CommandResult {
  stdout: string;
  /** Lines for standard error (failures, notices). */
  stderr: string[];
  /** 0 ok, 1 some inputs failed, 2 usage error. */
  exitCode: 0 | 1 | 2;
}

export type CommandRun = (ctx: CommandContext) => Promise<CommandResult>;

export interface CommandSpec {
  name: string;
  /** One line for the global help. */
  summary: string;
  usage: string;
  options: OptionDefs;
  /** Extra lines of help after the options. */
  details?: string;
  /** The command's code, loaded only when it runs. */
  load: () => Promise<{ run: CommandRun }>;
}

/** The options in the form `util.parseArgs` takes. */
export function parseArgsOptions(options: OptionDefs): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(Object.entries(options).map(([name, o]) => [name, {
    type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}),
  }]));
}

/**
 * One line per failed input: "parallax: <source>: <reason> [CODE]", the source named once
 * whether or not the message already starts with it.
 */
export function failureLines(failures: InputFailure[]): string[] {
  return failures.map((f) => `parallax: ${f.source}: ${failureReason(f)} [${f.code}]`);
}

/** One line per notice (an article briefed with a caveat): "parallax: <source>: <notice> [CODE]". */
export function noticeLines(notices: BriefNotice[]): string[] {
  return notices.map((n) => `parallax: ${n.source}: ${n.message} [${n.code}]`);
}

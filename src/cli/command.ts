/** The shape every CLI command file exports. Commands never print or exit: they return their output. */
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import type { InputFailure } from '../types.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  config: Config;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
}

export interface CommandResult {
  stdout: string;
  /** Lines for standard error (failures, notices). */
  stderr: string[];
  /** 0 ok, 1 some inputs failed, 2 usage error. */
  exitCode: 0 | 1 | 2;
}

export interface Command {
  name: string;
  usage: string;
  /** Extra lines of help after the options. */
  details?: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<CommandResult>;
}

/** One line per failed input: "parallax: <message> [CODE]". */
export function failureLines(failures: InputFailure[]): string[] {
  return failures.map((f) => `parallax: ${f.message.startsWith(f.source) ? f.message : `${f.source}: ${f.message}`} [${f.code}]`);
}

/**
 * The command line. The only file that talks to the terminal and the only `process.exit`.
 * Exit codes: 0 ok, 1 some inputs failed (or the command failed), 2 usage error.
 *
 * @example
 * const code = await runCli(['brief', 'examples/ukraine-talks', '--format', 'json'], nodeIo());
 */
import { parseArgs } from 'node:util';
import type { Command, CommandResult } from './command.js';
import { loadConfig, type Config } from '../config.js';
import { isParallaxError } from '../errors.js';

/**
 * Every command with its one-line summary. Commands load lazily (`parallax stories` never pays
 * for the HTML parser), so the summaries live here, where the global help can read them.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  brief: { summary: 'read articles and print the story dossier (nothing is stored)', load: () => import('./brief.js') },
  add: { summary: 'add articles to the embedded store (idempotent) and update its stories', load: () => import('./add.js') },
  stories: { summary: 'list the stories in the embedded store', load: () => import('./stories.js') },
  story: { summary: 'print the dossier of one stored story', load: () => import('./story.js') },
  search: { summary: 'full-text search (PostgreSQL websearch syntax: words, "a phrase", -not, or)', load: () => import('./search.js') },
  eval: { summary: 'score a component on a gold file: eval entities|quotes|clusters <gold.jsonl>, eval dossier <file|folder> [--json]', load: () => import('./eval.js') },
};

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
}

const GLOBAL_HELP = `parallax — one story, many outlets: what is established, who said what, where outlets agree or conflict.

Usage: parallax <command> [options]

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(9)}${c.summary}`).join('\n')}

Run "parallax <command> --help" for a command's options.
Settings: flags, then environment (PARALLAX_DB, PARALLAX_FORMAT, PARALLAX_PUBLISHED, PARALLAX_MAX_BYTES,
PARALLAX_SUMMARY_SENTENCES, PARALLAX_CONFIG), then parallax.config.json, then defaults.
Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
`;

const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } } as const;

function commandHelp(summary: string, c: Command): string {
  const opts = Object.entries(c.options).map(([name, o]) => `  --${name}${o.type === 'string' ? ' <value>' : ''}`);
  return `${summary}\n\nUsage: ${c.usage}\n\nOptions:\n${opts.join('\n')}\n  --config <file>\n  -h, --help\n${c.details ? `\n${c.details}\n` : ''}`;
}

async function dispatch(argv: string[], io: CliIo): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { stdout: GLOBAL_HELP, stderr: [], exitCode: 0 };
  if (name === '--version' || name === '-v') return { stdout: '0.1.0\n', stderr: [], exitCode: 0 };
  const entry = COMMANDS[name];
  if (!entry) return { stdout: '', stderr: [`parallax: unknown command "${name}"`, 'Run "parallax --help" for the commands.'], exitCode: 2 };
  const { command } = await entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, ...COMMON_OPTIONS }, allowPositionals: true, strict: true });
  } catch (err) {
    return { stdout: '', stderr: [`parallax ${name}: ${(err as Error).message}`, `Usage: ${command.usage}`], exitCode: 2 };
  }
  if (parsed.values.help) return { stdout: commandHelp(entry.summary, command), stderr: [], exitCode: 0 };
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const config: Config = loadConfig(
    { db: values.db as string | undefined, format: values.format as string | undefined, config: values.config as string | undefined },
    io.env, io.cwd,
  );
  return command.run({ positionals: parsed.positionals, values, config, cwd: io.cwd, readStdin: io.readStdin });
}

/** Runs the CLI with the given arguments and terminal; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let result: CommandResult;
  try {
    result = await dispatch(argv, io);
  } catch (err) {
    if (!isParallaxError(err)) throw err;
    const usage = err.code === 'USAGE';
    result = { stdout: '', stderr: [`parallax: ${err.message}${usage ? '' : ` [${err.code}]`}`], exitCode: usage ? 2 : 1 };
  }
  if (result.stdout) io.stdout(result.stdout);
  for (const line of result.stderr) io.stderr(line + '\n');
  return result.exitCode;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The real terminal. */
export function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    readStdin: () => readAll(process.stdin),
  };
}

/**
 * What a failed write to standard output or error means for the exit: a reader that went away
 * (`parallax brief … | head`: EPIPE) is a normal end, status 0 and nothing printed; any other
 * write error (a full disk: ENOSPC, a closed descriptor) is one line and status 1.
 */
export function outputErrorExit(err: NodeJS.ErrnoException, stream: 'stdout' | 'stderr'): { code: 0 | 1; line: string | null } {
  if (err.code === 'EPIPE') return { code: 0, line: null };
  return { code: 1, line: `parallax: cannot write standard ${stream === 'stdout' ? 'output' : 'error'}: ${err.code ?? err.message}` };
}

function onOutputError(stream: 'stdout' | 'stderr'): (err: NodeJS.ErrnoException) => void {
  return (err) => {
    const { code, line } = outputErrorExit(err, stream);
    if (line && stream === 'stdout') {
      try {
        process.stderr.write(`${line}\n`);
      } catch {
        // Standard error is gone too: the exit status is all that is left.
      }
    }
    process.exit(code);
  };
}

/** Entry point of the `parallax` binary. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.stdout.on('error', onOutputError('stdout'));
  process.stderr.on('error', onOutputError('stderr'));
  try {
    process.exitCode = await runCli(argv, nodeIo());
  } catch (err) {
    process.stderr.write(`parallax: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(70);
  }
}

/**
 * The command line. The only file that talks to the terminal and the only `process.exit`.
 * Exit codes: 0 ok, 1 some inputs failed (or the command failed), 2 usage error.
 *
 * @example
 * const code = await runCli(['brief', 'examples/ukraine-talks', '--format', 'json'], nodeIo());
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CommandResult, CommandSpec, OptionDefs } from './command.js';
import { parseArgsOptions } from './command.js';
import { COMMANDS, COMMON_OPTIONS } from './commands.js';
import { SUBCOMMANDS } from './eval.js';
import { SETTING_ENV, loadSettings } from '../config.js';
import { isParallaxError, ParallaxError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  /** Where a progress bar may be drawn (standard error); it draws only when this is a terminal. Default: nowhere. */
  progressStream?: { isTTY?: boolean; columns?: number; write(text: string): unknown };
}

/** The package's name and version, read from its package.json (beside `src/` and `dist/` alike). */
export function packageInfo(): { name: string; version: string } {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
}

/** Help columns: names padded to this width, longer ones put their description on the next line. */
const HELP_COLUMN = 30;

function columns(rows: [string, string][]): string {
  const width = Math.min(HELP_COLUMN, Math.max(...rows.map(([left]) => left.length)) + 2);
  return rows.map(([left, right]) => (left.length + 2 > width ? `  ${left}\n  ${' '.repeat(width)}${right}` : `  ${left.padEnd(width)}${right}`)).join('\n');
}

/** Width of wrapped help paragraphs. */
const HELP_WIDTH = 96;

/** Wraps words to lines of at most `width` characters, each line indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, indent + line].join('\n');
}

function globalHelp(): string {
  const rows: [string, string][] = Object.values(COMMANDS).flatMap((c): [string, string][] => c.name === 'eval'
    ? Object.entries(SUBCOMMANDS).map(([n, s]): [string, string] => [`eval ${n}`, s.short])
    : [[c.name, c.summary]]);
  return `parallax — one story, many outlets: what is established, who said what, where outlets agree or conflict.

Usage: parallax <command> [options]

Commands:
${columns(rows)}

Run "parallax help <command>" (or "parallax <command> --help") for a command's options.
Settings: flags, then environment variables, then parallax.config.json (here or in the nearest
folder above; schema/config.schema.json), then defaults. Variables:
${wrap([...Object.values(SETTING_ENV), 'PARALLAX_CONFIG'].join(', '), HELP_WIDTH, '  ')}
Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
${packageInfo().name} ${packageInfo().version}
`;
}

function optionRows(options: OptionDefs): [string, string][] {
  return Object.entries(options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`,
    o.description,
  ]);
}

function commandHelp(c: CommandSpec): string {
  return `parallax ${c.name} — ${c.summary}\n\nUsage: ${c.usage}\n\nOptions:\n${columns(optionRows({ ...c.options, ...COMMON_OPTIONS }))}\n${c.details ? `\n${c.details}\n` : ''}`;
}

function usageError(lines: string[]): CommandResult {
  return { stdout: '', stderr: lines, exitCode: 2 };
}

function unknownCommand(name: string): CommandResult {
  return usageError([`parallax: unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}`, 'Run "parallax --help" for the commands.']);
}

/** A parser error in our words: the option as typed, and the option probably meant. */
function parseErrorLine(spec: CommandSpec, err: NodeJS.ErrnoException): string {
  // Node quotes the option as typed ('--frmat') or as declared ('-f, --format <value>'): prefer the long name.
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const typed = /--[^\s<,=]+/.exec(quoted)?.[0] ?? /-[^\s<,=]+/.exec(quoted)?.[0] ?? quoted;
  const names = Object.keys({ ...spec.options, ...COMMON_OPTIONS });
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${typed}${didYouMean(typed.replace(/^-+/, '').split('=')[0]!, names, (n) => `--${n}`)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message) ? `${typed} takes no value` : `${typed} needs a value`;
    default:
      return err.message;
  }
}

/** A bad value of a flag the user typed is a usage error; one from a variable or the config file stays a configuration error. */
function fromFlag(err: unknown): unknown {
  return isParallaxError(err, 'CONFIG_INVALID') && err.message.startsWith('--') ? new ParallaxError('USAGE', err.message) : err;
}

async function dispatch(argv: string[], io: CliIo): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') return { stdout: globalHelp(), stderr: [], exitCode: 0 };
  if (name === '--version' || name === '-v' || name === 'version') return { stdout: `${packageInfo().version}\n`, stderr: [], exitCode: 0 };
  if (name === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { stdout: globalHelp(), stderr: [], exitCode: 0 };
    const spec = COMMANDS[topic];
    if (!spec || extra.length > 0) return spec ? usageError(['parallax help: name one command']) : unknownCommand(topic);
    return { stdout: commandHelp(spec), stderr: [], exitCode: 0 };
  }
  const spec = COMMANDS[name];
  if (!spec) return unknownCommand(name);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: parseArgsOptions({ ...spec.options, ...COMMON_OPTIONS }), allowPositionals: true, strict: true });
  } catch (err) {
    return usageError([`parallax ${name}: ${parseErrorLine(spec, err as NodeJS.ErrnoException)}`, `Run "parallax help ${name}" for its options.`]);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return { stdout: commandHelp(spec), stderr: [], exitCode: 0 };
  const flag = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  let settings;
  try {
    settings = loadSettings(
      { db: flag('db'), format: flag('format'), published: flag('published'), summarySentences: flag('sentences'), config: flag('config') },
      io.env, io.cwd,
    );
  } catch (err) {
    throw fromFlag(err);
  }
  const { run } = await spec.load();
  return run({
    positionals: parsed.positionals, values, config: settings.config, origins: settings.origins, cwd: io.cwd, readStdin: io.readStdin,
    progressStream: io.progressStream ?? { write: () => true },
  });
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
    progressStream: process.stderr,
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

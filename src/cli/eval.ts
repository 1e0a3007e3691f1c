/**
 * `parallax eval <what> <gold> [--json]`: scores a Parallax component on a
 * gold file (for `dossier`, a story file or a folder of them). Each subcommand
 * is loaded lazily, so `eval quotes`, `eval clusters` or `eval dossier` join
 * the table the same way.
 */
import { resolve } from 'node:path';
import type { CommandContext, CommandResult, CommandRun } from './command.js';
import { ParallaxError } from '../errors.js';
import { readGold } from '../eval/read-gold.js';
import { didYouMean } from '../text/suggest.js';

type Subcommand = (file: string, ctx: CommandContext) => Promise<CommandResult>;

/** The things `eval` can score, each with its arguments and summaries for the help (this file loads nothing heavy). */
export const SUBCOMMANDS: Record<string, { args: string; short: string; summary: string; load: () => Promise<Subcommand> }> = {
  entities: {
    args: '<gold.jsonl> [--json]',
    short: 'score the entity recogniser (CoNLL-2003 layout)',
    summary: 'named entities on token-tagged JSON lines {doc_id, tokens, tags} (BIO, CoNLL-2003 layout): conlleval P/R/F1 and tokens/s',
    load: async () => evalEntities,
  },
  quotes: {
    args: '<gold.jsonl> [--json] [--errors N [--all]]',
    short: 'score quotations, cues and speakers (PolNeAR style)',
    summary: 'quotations on PolNeAR-style JSON lines {id, text, attributions}: content/cue/speaker scores for direct quotes and all attributions; --errors N [--all] lists speaker errors by category',
    load: async () => evalQuotes,
  },
  clusters: {
    args: '<gold.jsonl> [--json]',
    short: 'score online story assignment',
    summary: 'online story assignment on JSON lines {id, label, text, title?, published?|date?|timestamp?}: articles fed one at a time in 5 seeded orders; B-cubed P/R/F1 (mean, min), pairwise F1, NMI, stories, articles/s',
    load: async () => evalClusters,
  },
  dossier: {
    args: '<file|folder> [--json] [--errors N]',
    short: 'score whole dossiers against story gold',
    summary: 'whole dossiers on story gold (<story>.json, or a folder of them: articles, figures with keys and verdicts, furniture, quotes, events): disagreements found (P) and caught (R), compatible wrongly, furniture leaked, speakers, outlets counted, story kept, dates; per story and pooled; --errors N lists up to N wrong items per measure',
    load: async () => evalDossier,
  },
};

const pct = (x: number) => (x * 100).toFixed(2).padStart(7);

const evalEntities: Subcommand = async (file, ctx) => {
  const [{ evaluateEntities, parseGold }, { loadNerModel, tagSentences }] = await Promise.all([
    import('../eval/entities/index.js'),
    import('../analyze/entities/model/index.js'),
  ]);
  const docs = parseGold(readGold(resolve(ctx.cwd, file)), file);
  const model = loadNerModel();
  const result = evaluateEntities(docs, (sentences) => tagSentences(model, sentences));
  if (ctx.values.json) return { stdout: JSON.stringify({ file, ...result }, null, 2) + '\n', stderr: [], exitCode: 0 };
  const row = (name: string, s: { precision: number; recall: number; f1: number; gold: number; predicted: number; correct: number }) =>
    `${name.padEnd(8)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.gold).padStart(8)}${String(s.predicted).padStart(10)}${String(s.correct).padStart(9)}`;
  const lines = [
    `${file}: ${result.documents} documents, ${result.sentences} sentences, ${result.tokens} tokens`,
    `${'type'.padEnd(8)}${'P %'.padStart(7)}${'R %'.padStart(7)}${'F1 %'.padStart(7)}${'gold'.padStart(8)}${'predicted'.padStart(10)}${'correct'.padStart(9)}`,
    ...Object.entries(result.perType).map(([type, s]) => row(type, s)),
    row('overall', result),
    `tagging: ${result.seconds.toFixed(3)} s, ${result.tokensPerSecond} tokens/s on one core (pre-tokenised input, median of 5 passes after a warm-up)`,
  ];
  return { stdout: lines.join('\n') + '\n', stderr: [], exitCode: 0 };
};

/** The number `--errors` gives, or undefined without it; anything but a whole number is a usage error. */
function errorsOption(value: string | boolean | string[] | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 0) throw new ParallaxError('USAGE', `--errors needs a whole number of ${what} (got "${String(value)}")`);
  return n;
}

const evalQuotes: Subcommand = async (file, ctx) => {
  const { diagnoseSpeakersFile, evaluateQuotesFile, formatQuoteReport, formatSpeakerErrors } = await import('../eval/quotes/index.js');
  const path = resolve(ctx.cwd, file);
  const examples = errorsOption(ctx.values.errors, 'examples per category');
  if (examples !== undefined) {
    const found = await diagnoseSpeakersFile(path, ctx.values.all ? 'all' : 'direct');
    return { stdout: `${formatSpeakerErrors(found, examples)}\n`, stderr: [], exitCode: 0 };
  }
  return { stdout: `${formatQuoteReport(await evaluateQuotesFile(path), Boolean(ctx.values.json))}\n`, stderr: [], exitCode: 0 };
};

const evalClusters: Subcommand = async (file, ctx) => {
  const { evaluateClustersFile, formatClusterReport } = await import('../eval/clusters/index.js');
  return { stdout: `${formatClusterReport(evaluateClustersFile(resolve(ctx.cwd, file)), Boolean(ctx.values.json))}\n`, stderr: [], exitCode: 0 };
};

const evalDossier: Subcommand = async (path, ctx) => {
  const errors = errorsOption(ctx.values.errors, 'wrong items per measure');
  const { evaluateDossierPath, formatDossierReport } = await import('../eval/dossier/index.js');
  const report = { ...evaluateDossierPath(resolve(ctx.cwd, path)), path };
  const text = formatDossierReport(report, { json: Boolean(ctx.values.json), ...(errors !== undefined ? { errors } : {}) });
  return { stdout: `${text}\n`, stderr: [], exitCode: 0 };
};

export const run: CommandRun = async (ctx) => {
  const [what, file, ...extra] = ctx.positionals;
  const sub = what === undefined ? undefined : SUBCOMMANDS[what];
  if (!sub) throw new ParallaxError('USAGE', `eval needs one of: ${Object.keys(SUBCOMMANDS).join(', ')}${what ? ` (got "${what}"${didYouMean(what, Object.keys(SUBCOMMANDS))})` : ''}`);
  if (file === undefined || extra.length > 0) throw new ParallaxError('USAGE', `eval ${what} needs exactly one gold ${what === 'dossier' ? 'file or folder' : 'file'}`);
  return (await sub.load())(file, ctx);
};

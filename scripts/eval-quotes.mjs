#!/usr/bin/env node
// Scores the built quote finder (dist/) against PolNeAR-style gold until `parallax eval quotes` is wired:
//   npm run build && node scripts/eval-quotes.mjs ../shared/eval/polnear/dev.jsonl [--json]
// Diagnosis (on train only — never read the errors of the set you report on):
//   node scripts/eval-quotes.mjs ../shared/eval/polnear/train.jsonl --errors 3 [--all]
// lists the speaker errors of direct quotes (or, with --all, of all attributions) by category,
// with up to N examples of each category. PARALLAX_DIST=/path/to/dist scores another build (e.g. a private one).
import { pathToFileURL } from 'node:url';

const dist = process.env.PARALLAX_DIST ? pathToFileURL(`${process.env.PARALLAX_DIST.replace(/\/$/, '')}/`).href : new URL('../dist/', import.meta.url).href;
const { diagnoseSpeakersFile, evaluateQuotesFile, formatQuoteReport, formatSpeakerErrors } = await import(new URL('eval/quotes/index.js', dist).href);

const args = process.argv.slice(2);
const errorsAt = args.indexOf('--errors');
const examples = errorsAt >= 0 ? Number(args[errorsAt + 1]) : -1;
const file = args.find((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1));
if (!file || (errorsAt >= 0 && !(examples >= 0))) {
  process.stderr.write('usage: node scripts/eval-quotes.mjs <gold.jsonl> [--json | --errors N [--all]]\n');
  process.exit(2);
}
try {
  if (examples >= 0) {
    const errors = await diagnoseSpeakersFile(file, args.includes('--all') ? 'all' : 'direct');
    process.stdout.write(`${formatSpeakerErrors(errors, examples)}\n`);
  } else {
    const report = await evaluateQuotesFile(file);
    process.stdout.write(`${formatQuoteReport(report, args.includes('--json'))}\n`);
  }
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}

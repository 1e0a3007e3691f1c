/**
 * Step 4 of the dossier evaluation: the eight measures per story and in total,
 * as a table for people or as one JSON object for programs. Totals add up the
 * counts of every story and then divide (pooled); they are not the mean of the
 * per-story ratios, so a story with more conflicts weighs more.
 */
import type { DossierCounts, DossierScore } from './03-score.js';
import { errorsJson, formatErrors } from './05-errors.js';

/** What `parallax eval dossier` read and scored. */
export interface DossierReport {
  /** The file or folder given. */
  path: string;
  stories: DossierScore[];
}

/** A fraction, or null when there is nothing to divide by. */
type Ratio = number | null;

/** The eight measures as counts and their ratios. */
export interface DossierMeasures {
  disagreementsFound: { right: number; reported: number; precision: Ratio };
  disagreementsCaught: { caught: number; keys: number; recall: Ratio };
  compatibleWrongly: { wrong: number; reported: number };
  furnitureLeaked: { leaked: number; spans: number; share: Ratio; actorsOnlyInFurniture: number; actors: number };
  speakers: { gold: number; found: number; foundShare: Ratio; matched: number; matchedShare: Ratio };
  outletsCounted: { overCounted: number; facts: number; independentOverN: number };
  storyKept: { kept: number; articles: number; share: Ratio; dossiers: number };
  dates: { wrong: number; entries: number; share: Ratio };
}

/** Ratios in JSON carry four decimals: finer differences are noise on a few hundred items. */
const DECIMALS = 4;

const ratio = (n: number, d: number): Ratio => (d === 0 ? null : Number((n / d).toFixed(DECIMALS)));

/**
 * The counts of several stories added up, measure by measure.
 *
 * @example
 * totalCounts(report.stories.map((s) => s.counts)).disagreements; // { reported: 40, right: 3 }
 */
export function totalCounts(all: readonly DossierCounts[]): DossierCounts {
  const sum = <K extends keyof DossierCounts>(k: K): DossierCounts[K] => {
    const out: Record<string, number> = {};
    for (const c of all) for (const [f, v] of Object.entries(c[k])) out[f] = (out[f] ?? 0) + (v as number);
    return out as DossierCounts[K];
  };
  const zero: DossierCounts = {
    disagreements: { reported: 0, right: 0 }, caught: { keys: 0, caught: 0 }, compatible: { reported: 0, wrong: 0 },
    furniture: { spans: 0, leaked: 0, actors: 0, actorsOnlyInFurniture: 0 }, speakers: { gold: 0, found: 0, matched: 0 },
    outlets: { facts: 0, overCounted: 0, independentOverN: 0 }, story: { articles: 0, kept: 0, dossiers: 0 }, dates: { entries: 0, wrong: 0 },
  };
  if (all.length === 0) return zero;
  return {
    disagreements: sum('disagreements'), caught: sum('caught'), compatible: sum('compatible'), furniture: sum('furniture'),
    speakers: sum('speakers'), outlets: sum('outlets'), story: sum('story'), dates: sum('dates'),
  };
}

/**
 * The measures of a set of counts.
 *
 * @example
 * measuresOf(score.counts).disagreementsFound.precision; // 0.0625
 */
export function measuresOf(c: DossierCounts): DossierMeasures {
  return {
    disagreementsFound: { ...c.disagreements, precision: ratio(c.disagreements.right, c.disagreements.reported) },
    disagreementsCaught: { ...c.caught, recall: ratio(c.caught.caught, c.caught.keys) },
    compatibleWrongly: { ...c.compatible },
    furnitureLeaked: { ...c.furniture, share: ratio(c.furniture.leaked, c.furniture.spans) },
    speakers: { ...c.speakers, foundShare: ratio(c.speakers.found, c.speakers.gold), matchedShare: ratio(c.speakers.matched, c.speakers.found) },
    outletsCounted: { ...c.outlets },
    storyKept: { ...c.story, share: ratio(c.story.kept, c.story.articles) },
    dates: { ...c.dates, share: ratio(c.dates.wrong, c.dates.entries) },
  };
}

const POOLED = 'totals add up the counts of every story, then divide: not a mean of the per-story ratios';

const pct = (r: Ratio): string => (r === null ? '     n/a' : `${(100 * r).toFixed(2).padStart(7)}%`);

/** The table rows of one set of measures. */
function rows(d: DossierMeasures): string[] {
  return [
    `  disagreements found  ${pct(d.disagreementsFound.precision)}  precision: ${d.disagreementsFound.right} of ${d.disagreementsFound.reported} number conflicts right`,
    `  disagreements caught ${pct(d.disagreementsCaught.recall)}  recall: ${d.disagreementsCaught.caught} of ${d.disagreementsCaught.keys} conflict/changed keys caught`,
    `  compatible, wrongly  ${String(d.compatibleWrongly.wrong).padStart(8)}  of ${d.compatibleWrongly.reported} compatible number entries (span two keys or hide a disagreement)`,
    `  furniture leaked     ${pct(d.furnitureLeaked.share)}  ${d.furnitureLeaked.leaked} of ${d.furnitureLeaked.spans} cited spans; actors named only inside furniture: ${d.furnitureLeaked.actorsOnlyInFurniture} of ${d.furnitureLeaked.actors}`,
    `  speakers             ${pct(d.speakers.matchedShare)}  right speaker for ${d.speakers.matched} of ${d.speakers.found} gold quotes found (found ${d.speakers.found} of ${d.speakers.gold}, ${pct(d.speakers.foundShare).trim()})`,
    `  outlets counted      ${String(d.outletsCounted.overCounted).padStart(8)}  of ${d.outletsCounted.facts} facts claim more outlets than they cite; independent > N: ${d.outletsCounted.independentOverN}`,
    `  story kept           ${pct(d.storyKept.share)}  ${d.storyKept.kept} of ${d.storyKept.articles} articles in the largest dossier (${d.storyKept.dossiers} ${d.storyKept.dossiers === 1 ? 'dossier' : 'dossiers'})`,
    `  dates                ${String(d.dates.wrong).padStart(8)}  of ${d.dates.entries} timeline entries citing an event carry another date`,
  ];
}

/**
 * The report as text or, with `json`, as one JSON object
 * `{path, pooled, stories: [{story, failures, …measures}], total: {stories, …measures}}`
 * (ratios as fractions with four decimals, `null` when undefined). With
 * `errors` (a number), each story also lists up to that many wrong items per
 * measure.
 *
 * @example
 * formatDossierReport(report, { json: true }); // '{"path":"gold/","pooled":"…","stories":[…],"total":{…}}'
 */
export function formatDossierReport(report: DossierReport, options: { json: boolean; errors?: number }): string {
  const total = measuresOf(totalCounts(report.stories.map((s) => s.counts)));
  if (options.json) {
    return JSON.stringify({
      path: report.path,
      pooled: POOLED,
      stories: report.stories.map((s) => ({
        story: s.story,
        failures: s.failures,
        ...measuresOf(s.counts),
        ...(options.errors !== undefined ? { errors: errorsJson(s.errors, options.errors) } : {}),
      })),
      total: { stories: report.stories.length, ...total },
    });
  }
  const lines = [`dossier: ${report.path} — ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'}`];
  for (const s of report.stories) {
    lines.push('', `${s.story}`, ...rows(measuresOf(s.counts)));
    if (s.failures.length > 0) lines.push(`  not briefed: ${s.failures.join(', ')}`);
    if (options.errors !== undefined) lines.push(...formatErrors(s.errors, options.errors).map((l) => `  ${l}`));
  }
  lines.push('', `total over ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'} (${POOLED})`, ...rows(total));
  return lines.join('\n');
}

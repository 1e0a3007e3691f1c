/** Markdown dossier: readable in a terminal and on GitHub. */
import type { Brief, DatedValue, NextEntry, StoryBrief, TimelineEntry } from '../../types.js';
import { citationLabel, citedArticles, factLines, supportLabel, typeLabel, type FactLine } from './shared.js';

/** Markdown table cells must not contain pipes or newlines. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** "**12-point plan**: " before a sentence stated for its figures. */
function figureLabel(line: FactLine): string {
  return line.figures.length ? `${line.figures.map((x) => `**${x}**`).join(', ')}: ` : '';
}

/**
 * A resolved date in words: a day as is, a week by its Monday, an interval as "between … and …", open ends as "by …" / "from …".
 *
 * @example
 * dateLabel({ value: '2025-11-30/2025-12-02' }); // "between 2025-11-30 and 2025-12-02"
 */
export function dateLabel(d: DatedValue): string {
  const [a, b] = d.value.split('/');
  if (b === undefined) return /W\d\d$/.test(d.value) && d.start ? `week of ${d.start}` : d.value;
  if (a === '..') return `by ${b}`;
  if (b === '..') return `from ${a}`;
  return `between ${a} and ${b}`;
}

/** "2025-12-02 (001); also between 2025-11-30 and 2025-12-02 (000)": every outlet's dating. */
export function timelineDates(e: TimelineEntry): string {
  return e.dates.map((d, i) => `${i ? 'also ' : ''}${dateLabel(d)}${e.dates.length > 1 ? ` (${d.articleIds.join(', ')})` : ''}`).join('; ') || 'undated';
}

/** Who and where of an entry: "Rotterdam · Marieke Jansen, Pieter Hoekstra". */
export function whoWhere(e: { place?: string; actors: string[] }): string {
  return [e.place, e.actors.join(', ')].filter((x) => x).join(' · ');
}

/** The when and status of a what's-next entry in words. */
export function nextStatus(n: NextEntry, asOf: string | null | undefined): string {
  const when = n.when ? `${n.whenText ? `“${n.whenText}” → ` : ''}${dateLabel(n.when)}` : 'no date given';
  const status = n.status === 'unconfirmed' ? `; date passed as of ${asOf ?? '?'}, no later article reports it` : '';
  return `${n.certainty}, ${when}${status}`;
}

function timelineLines(s: StoryBrief): string[] {
  return (s.timeline ?? []).map((e) => `- **${timelineDates(e)}** — ${cell(e.label)}${e.background ? ' *(background)*' : ''}` +
    `${whoWhere(e) ? ` — ${cell(whoWhere(e))}` : ''} [${citedArticles(e.citations).join(', ')}]` +
    (e.announced ? ` · announced by ${e.announced.articleIds.join(', ')}` : ''));
}

function nextLines(s: StoryBrief): string[] {
  return (s.next ?? []).map((n) => `- **${cell(n.label)}** (${nextStatus(n, s.asOf)})${whoWhere(n) ? ` — ${cell(whoWhere(n))}` : ''}` +
    ` — ${n.outlets} outlet${n.outlets === 1 ? '' : 's'} [${citedArticles(n.citations).join(', ')}]`);
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, '', ...lines, ''];
}

function story(s: StoryBrief): string {
  const out: string[] = [`# ${s.headline || s.id}`, '', `Story \`${s.id}\` · ${s.articles.length} articles`, ''];
  out.push(...section('Summary', s.summary.map((x) =>
    `- ${x.text} — ${x.singleSource ? '*single source* ' : ''}[${x.citations.map(citationLabel).join(', ')}]`)));
  out.push(...section('Timeline', timelineLines(s)));
  out.push(...section(`What's next${s.asOf ? ` (as of ${s.asOf})` : ''}`, nextLines(s)));
  out.push(...section('Key facts', factLines(s.facts.filter((f) => f.sources.length > 1)).map((line) => {
    const f = line.fact;
    return `- ${figureLabel(line)}${f.text} — **${supportLabel(f.sources.length, f.independentSources)}**: ${f.sources.join(', ')}` +
      (f.independenceNotes.length ? ` (${f.independenceNotes.join('; ')})` : '');
  })));
  out.push(...section('Conflicts', s.conflicts.map((c) =>
    `- **${c.subject}** (${c.kind}, ${c.status}): ${c.sides.map((side) =>
      `“${side.value}” [${citedArticles(side.citations).join(', ')}]`).join(' vs ')} — ${c.reason}`)));
  out.push(...section('Compatible', (s.compatible ?? []).map((c) =>
    `- **${c.subject}** (${c.kind}): ${c.sides.map((side) =>
      `“${side.value}” [${citedArticles(side.citations).join(', ')}]`).join(' · ')} — ${c.reason}`)));
  out.push(...section('Single-source facts', factLines(s.singleSource).map((line) => `- ${figureLabel(line)}${line.fact.text} — ${line.fact.sources.join(', ')}`)));
  if (s.actors.length) {
    out.push(...section('Actors', [
      '| name | type | also written | roles |', '|---|---|---|---|',
      ...s.actors.map((a) => `| ${cell(a.name)} | ${cell(typeLabel(s, a))} | ${cell(a.aliases.filter((x) => x !== a.name).join(', '))} | ${cell(
        a.roles.map((r) => `${r.status ? r.status + ' ' : ''}${r.title} [${citedArticles(r.citations).join(', ')}]`).join('; '))} |`),
    ]));
  }
  const bySpeaker = new Map<string, typeof s.quoteGroups>();
  for (const g of s.quoteGroups) {
    const key = g.speaker ?? 'Unknown speaker';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), g]);
  }
  const quoteLines: string[] = [];
  for (const [speaker, groups] of bySpeaker) {
    quoteLines.push(`### ${speaker}${groups[0]?.anonymous ? ' (anonymous)' : ''}`, '');
    for (const g of groups) {
      const [first, ...others] = g.variants;
      if (!first) continue;
      // Two partial quotes of one outlet are two variants of one article: name it once.
      quoteLines.push(`- “${first.text}” — ${[...new Set([first, ...others].map((v) => v.articleId))].join(', ')}`);
      for (const d of g.diffs) {
        quoteLines.push(`  - wording in ${d.articleId}: ${d.parts.map((p) =>
          p.op === 'same' ? p.text : p.op === 'removed' ? ` ~~${p.text.trim()}~~ ` : ` **${p.text.trim()}** `).join('').replace(/ {2,}/g, ' ')}`);
      }
    }
    quoteLines.push('');
  }
  out.push(...section('Quotes', quoteLines));
  out.push(...section('Events', s.events.map((e) => `- ${e.label} — ${e.articleIds.join(', ')}`)));
  out.push(...section('Copies', s.copies.map((c) => `- ${c.to} copies ${c.from} (${c.kind}, similarity ${c.similarity.toFixed(2)})`)));
  out.push(...section('Sources', [
    '| article | outlet | published | facts | only here | quotes |', '|---|---|---|---|---|---|',
    ...s.articles.map((a) => {
      const cov = s.coverage.find((c) => c.articleIds.includes(a.id));
      return `| ${cell(a.id)} | ${cell(a.outlet)} | ${a.published ?? '—'} | ${cov?.facts ?? 0} | ${cov?.exclusiveFacts ?? 0} | ${cov?.quotes ?? 0} |`;
    }),
  ]));
  out.push(...section('Coverage over time', (s.coverageOverTime ?? []).map((p) =>
    `- ${p.date}: ${p.articles} ${p.articles === 1 ? 'article' : 'articles'} (${p.outlets.join(', ')})`)));
  return out.join('\n');
}

/** Renders the whole brief as Markdown. */
export function renderMarkdown(brief: Brief): string {
  const parts = brief.stories.map(story);
  if (brief.failures.length) {
    parts.push(['## Inputs not read', '', ...brief.failures.map((f) => `- ${f.source}: ${f.message} (${f.code})`), ''].join('\n'));
  }
  return parts.join('\n---\n\n').trimEnd() + '\n';
}

/**
 * Markdown dossier: readable in a terminal and on GitHub. Article text is untrusted: every
 * fragment of it is escaped so that it stays text — no link, image, HTML, code span, emphasis
 * or autolink (`https://…`, `www.…`, e-mail addresses) — and terminal control characters are
 * replaced. The dossier itself contains no link.
 */
import type { Brief, Citation, DatedValue, NextEntry, StoryBrief, TimelineEntry } from '../../types.js';
import { citationLabel, citedArticles, counted, factLines, failureReason, keyFacts, supportLabel, terminalText, typeLabel, type FactLine } from './shared.js';

/** Punctuation that opens a link or image, inline HTML or an autolink, a code span, emphasis or strikethrough. */
const MARKDOWN_SYNTAX = /[\\`*[\]<>~]/g;
/** `_` opens or closes emphasis only at a word boundary; inside a word (an id like `003_64…`) it is plain. */
const BOUNDARY_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** What GitHub links without any markup: the "://" after a scheme, "www.", the "@" of an e-mail address. */
const SCHEME_COLON = /(?<=[A-Za-z]):(?=\/\/)/g;
const WWW_DOT = /(?<![\p{L}\p{N}])(www)\./giu;
const EMAIL_AT = /(?<=[\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}-]+\.)/gu;
/** `&` only where it would start a character reference ("&lt;"). */
const ENTITY_AMPERSAND = /&(?=#?[\p{L}\p{N}]+;)/gu;

/**
 * A fragment of article text as Markdown inline text that renders as itself: line breaks become
 * spaces, control characters U+FFFD, and syntax characters are backslash-escaped.
 *
 * @example
 * inline('[x](javascript:alert(1)) <b>'); // '\\[x\\](javascript:alert(1)) \\<b\\>'
 */
export function inline(s: string): string {
  return terminalText(s)
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(BOUNDARY_UNDERSCORE, '\\_')
    .replace(SCHEME_COLON, '\\:')
    .replace(WWW_DOT, '$1\\.')
    .replace(EMAIL_AT, '\\@')
    .replace(ENTITY_AMPERSAND, '\\&');
}

/** Markdown table cells must not contain pipes or newlines. */
function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

/** Article ids, escaped and joined. */
function ids(list: readonly string[]): string {
  return list.map(inline).join(', ');
}

/** Citation labels ("id@start-end"), escaped and joined. */
function labels(citations: readonly Citation[]): string {
  return citations.map((c) => inline(citationLabel(c))).join(', ');
}

/** "**12-point plan**: " before a sentence stated for its figures. */
function figureLabel(line: FactLine): string {
  return line.figures.length ? `${line.figures.map((x) => `**${inline(x)}**`).join(', ')}: ` : '';
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
  return (s.timeline ?? []).map((e) => `- **${inline(timelineDates(e))}** — ${inline(e.label)}${e.background ? ' *(background)*' : ''}` +
    `${whoWhere(e) ? ` — ${inline(whoWhere(e))}` : ''} [${ids(citedArticles(e.citations))}]` +
    (e.announced ? ` · announced by ${ids(e.announced.articleIds)}` : ''));
}

function nextLines(s: StoryBrief): string[] {
  return (s.next ?? []).map((n) => `- **${inline(n.label)}** (${inline(nextStatus(n, s.asOf))})${whoWhere(n) ? ` — ${inline(whoWhere(n))}` : ''}` +
    ` — ${n.outlets} outlet${n.outlets === 1 ? '' : 's'} [${ids(citedArticles(n.citations))}]`);
}

/** A section as one block of text ('' when it has no lines), so a long section is joined, never spread into push(). */
function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : [`## ${title}`, '', ...lines, ''].join('\n');
}

function quoteLines(s: StoryBrief): string[] {
  const bySpeaker = new Map<string, typeof s.quoteGroups>();
  for (const g of s.quoteGroups) {
    const key = g.speaker ?? 'Unknown speaker';
    const groups = bySpeaker.get(key);
    if (groups === undefined) bySpeaker.set(key, [g]);
    else groups.push(g);
  }
  const lines: string[] = [];
  for (const [speaker, groups] of bySpeaker) {
    lines.push(`### ${inline(speaker)}${groups[0]?.anonymous ? ' (anonymous)' : ''}`, '');
    for (const g of groups) {
      const [first, ...others] = g.variants;
      if (!first) continue;
      // Two partial quotes of one outlet are two variants of one article: name it once.
      lines.push(`- “${inline(first.text)}” — ${ids([...new Set([first, ...others].map((v) => v.articleId))])}`);
      for (const d of g.diffs) {
        lines.push(`  - wording in ${inline(d.articleId)}: ${d.parts.map((p) =>
          p.op === 'same' ? inline(p.text) : p.op === 'removed' ? ` ~~${inline(p.text.trim())}~~ ` : ` **${inline(p.text.trim())}** `).join('').replace(/ {2,}/g, ' ')}`);
      }
    }
    lines.push('');
  }
  return lines;
}

function actorRows(s: StoryBrief): string[] {
  return s.actors.map((a) => {
    const roles = a.roles.map((r) => `${cell(`${r.status ? r.status + ' ' : ''}${r.title}`)} [${citedArticles(r.citations).map(cell).join(', ')}]`);
    return `| ${cell(a.name)} | ${cell(typeLabel(s, a))} | ${cell(a.aliases.filter((x) => x !== a.name).join(', '))} | ${roles.join('; ')} |`;
  });
}

function sourceRows(s: StoryBrief): string[] {
  const coverageOf = new Map<string, StoryBrief['coverage'][number]>();
  for (const c of s.coverage) for (const id of c.articleIds) if (!coverageOf.has(id)) coverageOf.set(id, c);
  return s.articles.map((a) => {
    const cov = coverageOf.get(a.id);
    return `| ${cell(a.id)} | ${cell(a.outlet)} | ${cell(a.published ?? '—')} | ${cov?.facts ?? 0} | ${cov?.exclusiveFacts ?? 0} | ${cov?.quotes ?? 0} |`;
  });
}

function story(s: StoryBrief): string {
  const head = [`# ${inline(s.headline || s.id)}`, '', `Story \`${s.id}\` · ${counted(s.articles.length, 'article')}`, ''];
  const out: string[] = [];
  out.push(section('Summary', s.summary.map((x) => `- ${inline(x.text)} — ${x.singleSource ? '*single source* ' : ''}[${labels(x.citations)}]`)));
  out.push(section('Timeline', timelineLines(s)));
  out.push(section(`What's next${s.asOf ? ` (as of ${inline(s.asOf)})` : ''}`, nextLines(s)));
  out.push(section('Key facts', factLines(keyFacts(s.facts)).map((line) => {
    const f = line.fact;
    return `- ${figureLabel(line)}${inline(f.text)} — **${supportLabel(f)}**: ${ids(f.sources)}` +
      (f.independenceNotes.length ? ` (${f.independenceNotes.map(inline).join('; ')})` : '');
  })));
  out.push(section('Conflicts', s.conflicts.map((c) =>
    `- **${inline(c.subject)}** (${c.kind}, ${c.status}): ${c.sides.map((side) =>
      `“${inline(side.value)}” [${ids(citedArticles(side.citations))}]`).join(' vs ')} — ${inline(c.reason)}`)));
  out.push(section('Compatible', (s.compatible ?? []).map((c) =>
    `- **${inline(c.subject)}** (${c.kind}): ${c.sides.map((side) =>
      `“${inline(side.value)}” [${ids(citedArticles(side.citations))}]`).join(' · ')} — ${inline(c.reason)}`)));
  out.push(section('Single-source facts', factLines(s.singleSource).map((line) => `- ${figureLabel(line)}${inline(line.fact.text)} — ${ids(line.fact.sources)}`)));
  if (s.actors.length) out.push(section('Actors', ['| name | type | also written | roles |', '|---|---|---|---|'].concat(actorRows(s))));
  out.push(section('Quotes', quoteLines(s)));
  out.push(section('Events', s.events.map((e) => `- ${inline(e.label)} — ${ids(e.articleIds)}`)));
  out.push(section('Copies', s.copies.map((c) => `- ${inline(c.to)} copies ${inline(c.from)} (${c.kind}, similarity ${c.similarity.toFixed(2)})`)));
  out.push(section('Sources', ['| article | outlet | published | facts | only here | quotes |', '|---|---|---|---|---|---|'].concat(sourceRows(s))));
  out.push(section('Coverage over time', (s.coverageOverTime ?? []).map((p) =>
    `- ${inline(p.date)}: ${p.articles} ${p.articles === 1 ? 'article' : 'articles'} (${p.outlets.map(inline).join(', ')})`)));
  return head.concat(out.filter((part) => part !== '')).join('\n');
}

/** Renders the whole brief as Markdown. */
export function renderMarkdown(brief: Brief): string {
  const parts = brief.stories.map(story);
  if (brief.failures.length) {
    parts.push(section('Inputs not read', brief.failures.map((f) => `- ${inline(f.source)}: ${inline(failureReason(f))} (${f.code})`)));
  }
  return parts.join('\n---\n\n').trimEnd() + '\n';
}

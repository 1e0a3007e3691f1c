/** Markdown dossier: readable in a terminal and on GitHub. */
import type { Brief, StoryBrief } from '../../types.js';
import { citationLabel, citedArticles, factLines, supportLabel, typeLabel, type FactLine } from './shared.js';

/** Markdown table cells must not contain pipes or newlines. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** "**12-point plan**: " before a sentence stated for its figures. */
function figureLabel(line: FactLine): string {
  return line.figures.length ? `${line.figures.map((x) => `**${x}**`).join(', ')}: ` : '';
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, '', ...lines, ''];
}

function story(s: StoryBrief): string {
  const out: string[] = [`# ${s.headline || s.id}`, '', `Story \`${s.id}\` · ${s.articles.length} articles`, ''];
  out.push(...section('Summary', s.summary.map((x) =>
    `- ${x.text} — ${x.singleSource ? '*single source* ' : ''}[${x.citations.map(citationLabel).join(', ')}]`)));
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
      quoteLines.push(`- “${first.text}” — ${[first, ...others].map((v) => v.articleId).join(', ')}`);
      for (const d of g.diffs) {
        quoteLines.push(`  - wording in ${d.articleId}: ${d.parts.map((p) =>
          p.op === 'same' ? p.text : p.op === 'removed' ? `~~${p.text.trim()}~~ ` : `**${p.text.trim()}** `).join('')}`);
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

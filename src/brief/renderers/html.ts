/**
 * Self-contained HTML dossier: no external requests, every article-derived string escaped (in
 * element content and in quoted attributes), and a source linked only when its URL is absolute
 * http(s).
 */
import type { BriefArticle, Brief, Citation, StoryBrief } from '../../types.js';
import { nextStatus, timelineDates, whoWhere } from './markdown.js';
import { citedText, factLines, failureReason, keyFacts, safeUrl, supportLabel, typeLabel, type FactLine } from './shared.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.7rem;line-height:1.25}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
.cite{display:inline-block;font-size:.75rem;color:#555;background:#f1f1f1;border-radius:3px;padding:0 .3rem;margin-left:.2rem;cursor:help}
.single{color:#a15c00}.conflict{border-left:4px solid #c0392b;padding-left:.6rem;margin:.6rem 0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
del{background:#fdd}ins{background:#dfd;text-decoration:none}blockquote{margin:.3rem 0 .3rem 1rem;color:#333}
.muted{color:#666;font-size:.9rem}`;

/** One chip per cited article (several spans of one article share a chip); hovering shows the cited text. */
function cites(story: StoryBrief, citations: Citation[]): string {
  const byArticle = new Map<string, string[]>();
  for (const c of citations) {
    const texts = byArticle.get(c.articleId);
    if (texts === undefined) byArticle.set(c.articleId, [citedText(story, c)]);
    else texts.push(citedText(story, c));
  }
  return [...byArticle].map(([id, texts]) =>
    ` <span class="cite" title="${escapeHtml(texts.join('\n…\n'))}">${escapeHtml(id)}</span>`).join('');
}

/** The article's title (else id), linked to its page only when the URL is absolute http(s). */
function sourceTitle(a: BriefArticle): string {
  const href = safeUrl(a.url);
  const text = escapeHtml(a.title || a.id);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>` : text;
}

/** Appends rows one by one: a story may have tens of thousands (spreading them into push() overflows the stack). */
function append(parts: string[], rows: Iterable<string>): void {
  for (const row of rows) parts.push(row);
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p class="muted">None found.</p>';
}

function story(s: StoryBrief): string {
  const e = escapeHtml;
  const parts: string[] = [`<article id="${e(s.id)}"><h1>${e(s.headline || s.id)}</h1>`,
    `<p class="muted">Story ${e(s.id)} · ${s.articles.length} articles</p>`];
  parts.push('<h2>Summary</h2>', list(s.summary.map((x) =>
    `${e(x.text)}${x.singleSource ? ' <span class="single">(single source)</span>' : ''}${cites(s, x.citations)}`)));
  const figure = (line: FactLine): string => (line.figures.length ? `${line.figures.map((x) => `<strong>${e(x)}</strong>`).join(', ')}: ` : '');
  if ((s.timeline ?? []).length) {
    parts.push('<h2>Timeline</h2>', list((s.timeline ?? []).map((t) =>
      `<strong>${e(timelineDates(t))}</strong> — ${e(t.label)}${t.background ? ' <span class="muted">(background)</span>' : ''}` +
      `${whoWhere(t) ? ` <span class="muted">${e(whoWhere(t))}</span>` : ''}${cites(s, t.citations)}` +
      (t.announced ? ` <span class="muted">announced by</span>${cites(s, t.announced.citations)}` : ''))));
  }
  if ((s.next ?? []).length) {
    parts.push(`<h2>What’s next${s.asOf ? ` <span class="muted">as of ${e(s.asOf)}</span>` : ''}</h2>`, list((s.next ?? []).map((n) =>
      `<strong>${e(n.label)}</strong> <span class="muted">${e(nextStatus(n, s.asOf))}</span>${whoWhere(n) ? ` — ${e(whoWhere(n))}` : ''}` +
      ` <span class="muted">${n.outlets} outlet${n.outlets === 1 ? '' : 's'}</span>${cites(s, n.citations)}`)));
  }
  parts.push('<h2>Key facts</h2>', list(factLines(keyFacts(s.facts)).map((line) =>
    `${figure(line)}${e(line.fact.text)} <strong>${e(supportLabel(line.fact))}</strong>${cites(s, line.fact.citations)}`)));
  parts.push('<h2>Conflicts</h2>', s.conflicts.length ? s.conflicts.map((c) =>
    `<div class="conflict"><strong>${e(c.subject)}</strong> <span class="muted">${e(c.kind)} · ${e(c.status)}</span><ul>${
      c.sides.map((side) => `<li>“${e(side.value)}”${cites(s, side.citations)}</li>`).join('')}</ul><p class="muted">${e(c.reason)}</p></div>`).join('')
    : '<p class="muted">None found.</p>');
  if ((s.compatible ?? []).length) {
    parts.push('<h2>Compatible</h2>', list((s.compatible ?? []).map((c) =>
      `<strong>${e(c.subject)}</strong> <span class="muted">${e(c.kind)}</span>: ${
        c.sides.map((side) => `“${e(side.value)}”${cites(s, side.citations)}`).join(' · ')} <span class="muted">${e(c.reason)}</span>`)));
  }
  parts.push('<h2>Single-source facts</h2>', list(factLines(s.singleSource).map((line) => `${figure(line)}${e(line.fact.text)}${cites(s, line.fact.citations)}`)));
  parts.push('<h2>Actors</h2><table><tr><th>Name</th><th>Type</th><th>Also written</th><th>Roles</th></tr>');
  append(parts, s.actors.map((a) => `<tr><td>${e(a.name)}</td><td>${e(typeLabel(s, a))}</td><td>${e(a.aliases.filter((x) => x !== a.name).join(', '))}</td><td>${
      a.roles.map((r) => `${e((r.status ? r.status + ' ' : '') + r.title)}${cites(s, r.citations)}`).join('<br>')}</td></tr>`));
  parts.push('</table>');
  parts.push('<h2>Quotes</h2>', list(s.quoteGroups.map((g) => {
    const who = e(g.speaker ?? 'Unknown speaker') + (g.anonymous ? ' <span class="muted">(anonymous)</span>' : '');
    const variants = g.variants.map((v) => `<blockquote>“${e(v.text)}” <span class="cite" title="${e(v.text)}">${e(v.articleId)}</span></blockquote>`).join('');
    const diffs = g.diffs.map((d) => `<p class="muted">Wording in ${e(d.articleId)}: ${d.parts.map((p) =>
      p.op === 'same' ? e(p.text) : p.op === 'removed' ? `<del>${e(p.text)}</del>` : `<ins>${e(p.text)}</ins>`).join('')}</p>`).join('');
    return `<strong>${who}</strong>${variants}${diffs}`;
  })));
  parts.push('<h2>Events</h2>', list(s.events.map((ev) => `${e(ev.label)}${cites(s, ev.citations.slice(0, 5))}`)));
  parts.push('<h2>Copies</h2>', list(s.copies.map((c) => `${e(c.to)} copies ${e(c.from)} (${e(c.kind)}, ${c.similarity.toFixed(2)})`)));
  parts.push('<h2>Sources</h2><table><tr><th>Article</th><th>Outlet</th><th>Published</th></tr>');
  append(parts, s.articles.map((a) => `<tr><td>${sourceTitle(a)}</td><td>${e(a.outlet)}</td><td>${e(a.published ?? '—')}</td></tr>`));
  parts.push('</table>');
  const days = s.coverageOverTime ?? [];
  if (days.length) {
    const most = days.reduce((max, d) => Math.max(max, d.articles), 0);
    // A bar per publication day, drawn in CSS: no script, no external request.
    parts.push('<h2>Coverage over time</h2><table class="coverage">');
    append(parts, days.map((d) =>
      `<tr><td>${e(d.date)}</td><td><span class="bar" style="display:inline-block;height:0.8em;background:#888;width:${Math.round((d.articles / most) * 12)}em"></span> ${d.articles}</td><td class="muted">${e(d.outlets.join(', '))}</td></tr>`));
    parts.push('</table>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** Renders the whole brief as one HTML page. */
export function renderHtml(brief: Brief): string {
  const title = escapeHtml(brief.stories[0]?.headline ?? 'Parallax brief');
  const failures = brief.failures.length
    ? `<h2>Inputs not read</h2>${list(brief.failures.map((f) => `${escapeHtml(f.source)}: ${escapeHtml(failureReason(f))}`))}`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body>
${brief.stories.map(story).join('\n<hr>\n')}
${failures}
</body></html>
`;
}

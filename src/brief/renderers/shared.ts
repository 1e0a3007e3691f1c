/** Small helpers shared by the renderers. */
import type { Actor, Brief, Citation, Fact, StoryBrief } from '../../types.js';

/** The cited text of a citation, looked up in the story's articles. */
export function citedText(story: StoryBrief, c: Citation): string {
  const a = story.articles.find((x) => x.id === c.articleId);
  return a ? a.text.slice(c.start, c.end) : '';
}

/** "id@start-end", the compact citation label used in Markdown and text. */
export function citationLabel(c: Citation): string {
  return `${c.articleId}@${c.start}-${c.end}`;
}

/** Distinct article ids of citations, in order of first appearance. */
export function citedArticles(citations: Citation[]): string[] {
  return [...new Set(citations.map((c) => c.articleId))];
}

/** "n outlets, m independent" for a fact. */
export function supportLabel(sources: number, independent: number): string {
  return `${sources} outlet${sources === 1 ? '' : 's'}, ${independent} independent`;
}

/** One-line count of what a brief covers, e.g. for the digest. */
export function countsLine(brief: Brief): string {
  const articles = brief.stories.reduce((n, s) => n + s.articles.length, 0);
  return `${brief.stories.length} stor${brief.stories.length === 1 ? 'y' : 'ies'} from ${articles} article${articles === 1 ? '' : 's'}`;
}

/**
 * An actor's type, with the government it stands for when it is a capital or
 * seat of government.
 *
 * @example
 * typeLabel(story, kyiv); // "GPE, for Ukraine"
 */
export function typeLabel(story: StoryBrief, actor: Actor): string {
  const country = actor.country ? story.actors.find((a) => a.id === actor.country) : undefined;
  return country ? `${actor.type}, for ${country.name}` : actor.type;
}

/** Facts that one sentence states with the same sources, shown once: the sentence, its figures, and the first fact for support and citations. */
export interface FactLine {
  fact: Fact;
  /** The figures of the sentence the facts are about ([] when none is). */
  figures: string[];
}

/**
 * Facts grouped by sentence for display: a sentence that carries several
 * figures (each its own fact, with the same outlets) is listed once with all
 * of them, instead of once per figure and once more whole.
 *
 * @example
 * factLines(story.facts.filter((f) => f.sources.length > 1)).map((l) => l.figures); // [['12-point plan'], ['4,000 homes', '30 dead']]
 */
export function factLines(facts: readonly Fact[]): FactLine[] {
  const lines = new Map<string, FactLine>();
  for (const f of facts) {
    const key = `${f.text}\u0000${[...f.sources].sort().join(',')}`;
    const line = lines.get(key);
    if (line === undefined) lines.set(key, { fact: f, figures: f.figure ? [f.figure.text] : [] });
    else if (f.figure && !line.figures.includes(f.figure.text)) line.figures.push(f.figure.text);
  }
  return [...lines.values()];
}

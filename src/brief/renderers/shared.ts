/** Small helpers shared by the renderers, and the output-safety rules every format applies. */
import type { Actor, Brief, BriefArticle, Citation, Fact, InputFailure, StoryBrief } from '../../types.js';
import { outletKey } from '../../text/outlets.js';

/** URL schemes a renderer may output: a link to anything else (javascript:, data:, vbscript:, file:) is dropped. */
const SAFE_URL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Characters JSON leaves as they are that end or confuse an HTML script element: `</script>`, `<!--`, `&`, and JavaScript line ends. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** C0 and C1 control characters other than tab and line feed: terminal escape sequences, NUL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const articleIndex = new WeakMap<StoryBrief, Map<string, BriefArticle>>();

/** A story's article by id, through an index built once per story (renderers look up every citation). */
export function articleOf(story: StoryBrief, id: string): BriefArticle | undefined {
  let index = articleIndex.get(story);
  if (index === undefined) {
    index = new Map(story.articles.map((a) => [a.id, a]));
    articleIndex.set(story, index);
  }
  return index.get(id);
}

/** The cited text of a citation, looked up in the story's articles. */
export function citedText(story: StoryBrief, c: Citation): string {
  const a = articleOf(story, c.articleId);
  return a ? a.text.slice(c.start, c.end) : '';
}

/**
 * An absolute http(s) URL as a browser would read it (normalised, so quotes, spaces and angle
 * brackets are percent-encoded), or null for anything else: another scheme, a relative path, junk.
 * Browsers ignore tabs and line breaks inside a scheme ("java\tscript:"); so does the parser used here.
 *
 * @example
 * safeUrl('https://example.org/a b'); // 'https://example.org/a%20b'
 * safeUrl('javascript:alert(1)');     // null
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return SAFE_URL_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * JSON text safe inside an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are written
 * as \u escapes, which every JSON parser reads back as the same characters.
 *
 * @example
 * scriptSafeJson({ a: '</script>' }); // '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(SCRIPT_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text for a terminal: control characters (escape sequences that recolour, retitle or hide
 * output) become U+FFFD. Tabs and line feeds stay.
 *
 * @example
 * terminalText('a\u001b[2Jb'); // 'a\ufffd[2Jb'
 */
export function terminalText(s: string): string {
  return s.replace(CONTROL_CHARACTERS, '\ufffd');
}

/** "id@start-end", the compact citation label used in Markdown and text. */
export function citationLabel(c: Citation): string {
  return `${c.articleId}@${c.start}-${c.end}`;
}

/** Distinct article ids of citations, in order of first appearance. */
export function citedArticles(citations: Citation[]): string[] {
  return [...new Set(citations.map((c) => c.articleId))];
}

/**
 * "n outlets, m independent" for a fact: its distinct outlets (two pages of one outlet count
 * once) and how many of them are independent (copies, shared wire credits and shared passages count once).
 *
 * @example
 * supportLabel({ outlets: ['Coastal Daily', 'Ledger'], independentSources: 1 }) // "2 outlets, 1 independent"
 */
export function supportLabel(fact: Pick<Fact, 'outlets' | 'independentSources'>): string {
  const n = fact.outlets.length;
  return `${n} outlet${n === 1 ? '' : 's'}, ${fact.independentSources} independent`;
}

/** Each article's outlet key (`outletKey`: the outlet, or the site of the URL): what outlets are counted by. */
export function outletKeys(story: StoryBrief): Map<string, string> {
  return new Map(story.articles.map((a) => [a.id, outletKey({ id: a.id, outlet: a.outlet, ...(a.url ? { url: a.url } : {}) })]));
}

/** Facts that several outlets state: the Key facts (the rest are single-source). */
export function keyFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.outlets.length > 1);
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
 * factLines(keyFacts(story.facts)).map((l) => l.figures); // [['12-point plan'], ['4,000 homes', '30 dead']]
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

/**
 * A failure's reason without its source: messages often start with the input they name, and a
 * line that shows the source already must not say it twice.
 *
 * @example failureReason({ source: 'a.txt', code: 'INPUT_EMPTY', message: 'a.txt: empty' }) // 'empty'
 */
export function failureReason(f: InputFailure): string {
  return f.message.startsWith(`${f.source}: `) ? f.message.slice(f.source.length + 2) : f.message;
}

/**
 * A count with its noun, singular for one.
 *
 * @example counted(1, 'outlet') // '1 outlet'
 * @example counted(3, 'story', 'stories') // '3 stories'
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Test helper: builds realistic AnalyzedArticle inputs by hand, locating every
 * span by searching the article text, so tests read like the articles they
 * describe. Used only by this folder's *.test.ts files.
 */
import type {
  AnalyzedArticle,
  Block,
  Claim,
  ClaimValue,
  Entity,
  EntityType,
  Mention,
  Provenance,
  Quote,
  QuoteKind,
  Role,
  Sentence,
  Span,
} from '../types.js';

/** What a test says about the article itself. */
export interface ArticleSpec {
  id: string;
  text: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  provenance?: { kind: Provenance['kind']; source: string }[];
}

/** A value for a claim, located by its text inside the claim's sentence. */
export type ValueSpec =
  | { quantity: string; value: number; low?: number; high?: number; unit: string; qualifier?: string }
  | { date: string; value?: string }
  | { place: string; entity: string };

/**
 * Finds `needle` in `text` at or after `from`, or throws (a test was written wrong).
 *
 * @example
 * locate('a b a', 'a', 1) // { start: 4, end: 5 }
 */
export function locate(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not found in text`);
  return { start, end: start + needle.length };
}

/** Sentence split good enough for hand-written fixtures: after . ! ? (and a closing quote) before a capital or a quote. */
function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, index) => {
    const body = text.slice(block.start, block.end);
    let start = 0;
    for (const m of body.matchAll(/[.!?]["”’]?\s+(?=["“‘\p{Lu}])/gu)) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ start: block.start + start, end: block.start + end, block: index });
      start = m.index + m[0].length;
    }
    if (start < body.length) out.push({ start: block.start + start, end: block.end, block: index });
  });
  return out;
}

function paragraphs(text: string): Block[] {
  const out: Block[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) out.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return out;
}

/** Builds one article's analysis step by step. */
export class AnalysisBuilder {
  readonly sentences: Sentence[];
  private readonly mentions: Mention[] = [];
  private readonly entities: Entity[] = [];
  private readonly roles: Role[] = [];
  private readonly quotes: Quote[] = [];
  private readonly claims: Claim[] = [];

  constructor(
    readonly text: string,
    readonly blocks: Block[],
  ) {
    this.sentences = splitSentences(text, blocks);
  }

  /** An entity and a mention for every word-bounded occurrence of its aliases (longest first). */
  entity(key: string, type: EntityType, name: string, aliases: string[] = [name]): this {
    this.entities.push({ key, type, name, aliases });
    for (const alias of [...aliases].sort((a, b) => b.length - a.length)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of this.text.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + alias.length };
        if (!this.mentions.some((x) => x.start < span.end && span.start < x.end)) {
          this.mentions.push({ ...span, type, entity: key, form: 'name' });
        }
      }
    }
    return this;
  }

  /** A pronoun mention of an entity, at the n-th occurrence of the word. */
  pronoun(key: string, word: string, after = ''): this {
    const from = after ? locate(this.text, after).start : 0;
    const entity = this.entities.find((e) => e.key === key);
    this.mentions.push({ ...locate(this.text, word, from), type: entity?.type ?? 'PERSON', entity: key, form: 'pronoun' });
    return this;
  }

  /** A role; the span is the phrase as written (defaults to the title). */
  role(key: string, title: string, options: { phrase?: string; status?: Role['status']; after?: string } = {}): this {
    const from = options.after ? locate(this.text, options.after).start : 0;
    const role: Role = { ...locate(this.text, options.phrase ?? title, from), entity: key, title };
    if (options.status) role.status = options.status;
    this.roles.push(role);
    return this;
  }

  /** A quote whose content is `words`; the quote span takes in the quotation marks around it when present. */
  quote(
    words: string,
    options: { kind?: QuoteKind; speaker?: string; speakerMention?: string; anonymous?: boolean; after?: string } = {},
  ): this {
    const content = locate(this.text, words, options.after ? locate(this.text, options.after).start : 0);
    const open = /["“‘]/.test(this.text[content.start - 1] ?? '') ? 1 : 0;
    const close = /["”’]/.test(this.text[content.end] ?? '') ? 1 : 0;
    const quote: Quote = {
      start: content.start - open,
      end: content.end + close,
      content,
      kind: options.kind ?? 'direct',
      sentence: this.sentenceAt(content.start),
    };
    if (options.speaker) quote.speaker = options.speaker;
    if (options.speakerMention) quote.speakerMention = locate(this.text, options.speakerMention);
    if (options.anonymous) quote.anonymous = true;
    this.quotes.push(quote);
    return this;
  }

  /** A claim in the sentence that contains `inSentence`. */
  claim(
    inSentence: string,
    options: { predicate: string; predicateText?: string; subject?: string; subjectText?: string; objects?: string[]; values?: ValueSpec[] },
  ): this {
    const at = locate(this.text, inSentence).start;
    const index = this.sentenceAt(at);
    const sentence = this.sentences[index] ?? { start: at, end: at + inSentence.length };
    const find = (needle: string): Span => locate(this.text, needle, sentence.start);
    const claim: Claim = {
      start: sentence.start,
      end: sentence.end,
      sentence: index,
      predicate: options.predicate,
      predicateSpan: find(options.predicateText ?? options.predicate),
      objects: options.objects ?? [],
      values: (options.values ?? []).map((v) => this.value(v, find)),
    };
    if (options.subject) claim.subject = options.subject;
    if (options.subjectText) claim.subjectSpan = find(options.subjectText);
    this.claims.push(claim);
    return this;
  }

  private value(v: ValueSpec, find: (needle: string) => Span): ClaimValue {
    if ('quantity' in v) {
      const q: ClaimValue = { kind: 'quantity', span: find(v.quantity), value: v.value, low: v.low ?? v.value, high: v.high ?? v.value, unit: v.unit };
      if (v.qualifier) q.qualifier = v.qualifier;
      return q;
    }
    if ('date' in v) return v.value ? { kind: 'date', span: find(v.date), value: v.value } : { kind: 'date', span: find(v.date) };
    return { kind: 'place', span: find(v.place), entity: v.entity };
  }

  private sentenceAt(offset: number): number {
    const i = this.sentences.findIndex((s) => offset >= s.start && offset < s.end);
    return i < 0 ? 0 : i;
  }

  /** The analysis, mentions sorted by start. */
  build(articleId: string): AnalyzedArticle['analysis'] {
    return {
      articleId,
      sentences: this.sentences,
      mentions: [...this.mentions].sort((a, b) => a.start - b.start),
      entities: this.entities,
      roles: this.roles,
      quotes: this.quotes,
      claims: this.claims,
    };
  }
}

/**
 * Builds an analysed article from its text and a description of what the analysis found.
 *
 * @example
 * const item = buildArticle({ id: 'a1', text: 'Jane Doe spoke.' }, (b) => b.entity('person:jane-doe', 'PERSON', 'Jane Doe'));
 */
export function buildArticle(spec: ArticleSpec, describe: (b: AnalysisBuilder) => void = () => {}): AnalyzedArticle {
  const blocks = paragraphs(spec.text);
  const builder = new AnalysisBuilder(spec.text, blocks);
  describe(builder);
  const provenance: Provenance[] = (spec.provenance ?? []).map((p) => ({ ...p, span: locate(spec.text, p.source) }));
  const article: AnalyzedArticle['article'] = {
    id: spec.id,
    source: `${spec.id}.txt`,
    outlet: spec.outlet ?? spec.id,
    title: '',
    language: 'en',
    text: spec.text,
    blocks,
    provenance,
    contentHash: spec.id,
  };
  if (spec.publishedAt) article.publishedAt = spec.publishedAt;
  if (spec.url) article.url = spec.url;
  return { article, analysis: builder.build(spec.id) };
}

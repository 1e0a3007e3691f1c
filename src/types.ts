/**
 * The Parallax domain model, documented once.
 *
 * Every result produced by the analysis is a {@link Span}: character offsets
 * (UTF-16 code units, end exclusive, valid JavaScript string indices) into
 * `Article.text`. Results are spans, never copies; the text stays as it was.
 *
 * Flow: RawDocument → Article → Analysis → Clustering → Dossier → Brief.
 */

/** Half-open character range `[start, end)` into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named article: what every citation in the output is. */
export interface Citation {
  articleId: string;
  start: number;
  end: number;
}

// ─── ingest ────────────────────────────────────────────────────────────────

/** Optional metadata an input may carry (JSON fields or the folder sidecar `parallax.meta.json`). */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  byline?: string;
}

/** How the content of a RawDocument is written. */
export type ContentFormat = 'text' | 'markdown' | 'html';

/** One article's content as read from its input, before extraction. */
export interface RawDocument {
  /** Stable id: the file stem, a JSON `id`, or `<stem>-<line>` for JSONL lines. */
  id: string;
  /** Where it came from: a path (with `:<line>` for JSONL), `-` for stdin, or a URL. */
  source: string;
  format: ContentFormat;
  /** Decoded UTF-8 content (text, Markdown or HTML). */
  content: string;
  meta: ArticleMeta;
}

/** An input that could not be read; the rest of the batch goes on. */
export interface InputFailure {
  /** The path, `path:line` or `-` that failed. */
  source: string;
  code: string;
  message: string;
}

export interface IngestResult {
  documents: RawDocument[];
  failures: InputFailure[];
}

// ─── extract ───────────────────────────────────────────────────────────────

/**
 * Structural blocks of an article. Only `paragraph` and `bullet` blocks carry
 * sentences for the analysis; `heading` and `title` are labels; `boilerplate`
 * (forms, share prompts, cookie notices, and page furniture: captions, photo
 * credits, graphics labels, embedded posts, teasers, corrections, an appended
 * story…) and `credit` (provenance lines) are kept in the text, located, and
 * excluded from the analysis.
 */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'bullet' | 'boilerplate' | 'credit';

export interface Block extends Span {
  kind: BlockKind;
}

/** A credit line: where the article's content says it came from. */
export interface Provenance {
  /** `wire`: "With information from Harbour Wire"; `original`: "originally published by Coastal Daily"; `credit`: other credits. */
  kind: 'wire' | 'original' | 'credit';
  /** The credited source as written, e.g. "Harbour Wire", "Coastal Daily". */
  source: string;
  span: Span;
}

/** A clean article: text plus located structure and metadata. */
export interface Article {
  id: string;
  /** The input it came from (path, `path:line`, `-`, URL). */
  source: string;
  url?: string;
  /** The outlet (metadata, else the file stem). Never a provenance credit. */
  outlet: string;
  /** The title ('' when none is known). */
  title: string;
  byline?: string;
  /** ISO 8601 publication date or date-time, when known. */
  publishedAt?: string;
  /** ISO 639-1 code. */
  language: string;
  /** The article text every span indexes. */
  text: string;
  blocks: Block[];
  provenance: Provenance[];
  /** sha256 (hex) of `text`: identical content is the same article. */
  contentHash: string;
}

// ─── analyze ───────────────────────────────────────────────────────────────

export interface Sentence extends Span {
  /** Index into `Article.blocks` of the block the sentence lies in. */
  block: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';

/** One occurrence of a named entity (or a pronoun resolved to one). */
export interface Mention extends Span {
  type: EntityType;
  /** Key of the article-level entity it refers to (see {@link Entity.key}). */
  entity: string;
  /**
   * `name`: a proper name; `pronoun`: he/she/they resolved to an entity;
   * `description`: a definite description ("the Secretary of State", "the
   * Ruritanian leader") that exactly one person in the article answers to.
   */
  form: 'name' | 'pronoun' | 'description';
}

/** One actor within one article: all mentions that refer to it. */
export interface Entity {
  /** Unique within the article, e.g. `person:marieke-jansen`. */
  key: string;
  type: EntityType;
  /** The fullest name the article uses ("Marieke Jansen"). */
  name: string;
  /** Every distinct surface form used in the article ("Marieke Jansen", "Jansen"). */
  aliases: string[];
  /**
   * For a capital or seat of government ("Paris", "the Élysée"), which keeps its
   * own place type: the key of the country whose government it can stand for
   * (`gpe:<slug of the country's common name>`, the key a mention of that country gets).
   */
  country?: string;
}

/** A role or title the text gives an entity ("Secretary of State", "head of the Ukrainian delegation"). */
export interface Role extends Span {
  /** Entity key (in the same Analysis). */
  entity: string;
  /** The role phrase as written, normalised for display ("head of the Ukrainian delegation"). */
  title: string;
  /** Time marker when the text gives one. */
  status?: 'former' | 'new' | 'acting' | 'outgoing' | 'resigned';
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** A quotation or reported speech with its cue and speaker. */
export interface Quote extends Span {
  /** The span of the quoted words themselves, without quotation marks (for `indirect`: the reported clause). */
  content: Span;
  /**
   * For a `partial` quote inside reported speech ("Doe said the talks were “difficult”"): the whole
   * reported clause holding the quoted words ("the talks were “difficult”"), i.e. all that is attributed.
   */
  clause?: Span;
  kind: QuoteKind;
  /** The speech verb or phrase ("said", "according to"). */
  cue?: Span;
  /** Entity key of the speaker when resolved. */
  speaker?: string;
  /** The speaker as written locally (a name, a pronoun, "a source close to …"). */
  speakerMention?: Span;
  /** True when the speaker is an unnamed source ("officials", "a source close to …"). */
  anonymous?: boolean;
  /** Index of the sentence the quote starts in. */
  sentence: number;
}

/** A number with what it counts, its unit and qualifier ("more than seven million displaced"). */
export interface Quantity {
  kind: 'quantity';
  span: Span;
  /** The value as a number (7_000_000). */
  value: number;
  /** The interval the qualifier allows ("more than 7 million" → [7e6, ∞)); equal to value when exact. */
  low: number;
  high: number;
  /** "more than", "nearly", "about", … */
  qualifier?: string;
  /** What it measures or counts: "years", "point plan", "items", "displaced". */
  unit: string;
}

export interface DateValue {
  kind: 'date';
  span: Span;
  /** Resolved ISO date (or year / year-month) when resolvable, else undefined. */
  value?: string;
}

export interface PlaceValue {
  kind: 'place';
  span: Span;
  /** Entity key of the place. */
  entity: string;
}

export type ClaimValue = Quantity | DateValue | PlaceValue;

/** A statement of fact in one sentence: who did, said or is what. */
export interface Claim extends Span {
  sentence: number;
  /** Entity key of the subject when it is a named entity. */
  subject?: string;
  /** The subject phrase as written. */
  subjectSpan?: Span;
  /** The main predicate, lemmatised ("meet", "resign", "travel", "reduce", "be"). */
  predicate: string;
  predicateSpan: Span;
  /** Entity keys of the other entities the sentence names. */
  objects: string[];
  values: ClaimValue[];
}

/** Everything the analysis found in one article; every offset indexes `Article.text`. */
export interface Analysis {
  articleId: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  roles: Role[];
  quotes: Quote[];
  claims: Claim[];
}

/** An article with its analysis: what every later stage consumes. */
export interface AnalyzedArticle {
  article: Article;
  analysis: Analysis;
}

// ─── cluster ───────────────────────────────────────────────────────────────

export type CopyKind = 'exact' | 'syndicated' | 'rewrite';

/**
 * `to` is a copy of (or rewrite of) `from`; `from` is the earlier or canonical one. Copies come
 * as groups, one link per copy: every article of a group but its earliest is `to` once, linked to
 * the earliest when the two match directly (else to its closest match), so n near-identical
 * articles give n − 1 links, never n² pairs.
 */
export interface CopyLink {
  from: string;
  to: string;
  /** Shingle similarity in [0, 1]. */
  similarity: number;
  kind: CopyKind;
}

/** A sub-group of a story's articles about one happening (the first round of talks, the summit a week later). */
export interface StoryEvent {
  id: string;
  /** A short label built from the event's place and actors. */
  label: string;
  /** Articles that report this event (an article may report several). */
  articleIds: string[];
  /** Sentences that describe it. */
  citations: Citation[];
  /** The place entity name when one dominates. */
  place?: string;
  /** The date most of its articles give it (ISO, as the analysis resolved it), when they give one. */
  date?: string;
}

export interface Story {
  id: string;
  articleIds: string[];
  events: StoryEvent[];
}

export interface Clustering {
  stories: Story[];
  copies: CopyLink[];
  /** For each pair of articles in a story, the highest similarity seen (diagnostics). */
  maxSimilarity: number;
}

// ─── corroborate ───────────────────────────────────────────────────────────

/** A role of an actor across the story, with every place that states it. */
export interface ActorRole {
  title: string;
  status?: Role['status'];
  citations: Citation[];
}

/** One canonical real-world actor across the story's articles. */
export interface Actor {
  id: string;
  name: string;
  /** Every spelling used by any outlet, the canonical name included. */
  aliases: string[];
  type: EntityType;
  roles: ActorRole[];
  /** How many articles mention it. */
  articleCount: number;
  /** How many distinct outlets mention it (two pages of one outlet count once). */
  outletCount: number;
  mentionCount: number;
  /**
   * For a capital or seat of government: the id of the country's actor in the
   * same story, the government it stands for ("Kyiv" → the Ukraine actor).
   * Absent when the country itself is not an actor of the story.
   */
  country?: string;
}

export interface QuoteVariant {
  articleId: string;
  /** The quoted words (content span) in that article. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
}

/** One word-level difference between the first variant and another. */
export interface WordingDiff {
  articleId: string;
  /** Parts in order: unchanged, removed (only in the first variant), added (only in this one). */
  parts: { op: 'same' | 'removed' | 'added'; text: string }[];
}

/** One utterance as reported by one or more outlets. */
export interface QuoteGroup {
  id: string;
  /** The speaker's canonical name or the anonymous description; null when unknown. */
  speaker: string | null;
  speakerId?: string;
  anonymous: boolean;
  variants: QuoteVariant[];
  /** Differences of wording between outlets, after normalising spelling, abbreviation and punctuation. */
  diffs: WordingDiff[];
}

/** A fact matched across the story's outlets. */
export interface Fact {
  id: string;
  /** The fact as the most representative source sentence states it. */
  text: string;
  predicate: string;
  /** Canonical actor id of the subject. */
  subject?: string;
  /** Article ids that state it. */
  sources: string[];
  /**
   * The distinct outlets of those articles, by name, sorted: what "N outlets" counts. Two articles
   * of one outlet (the `outlet` metadata, or the site of the URL) count once.
   */
  outlets: string[];
  /**
   * How many of those outlets are independent of each other: articles of one outlet, copies,
   * shared wire credits and a passage carried word for word count once. Never more than `outlets.length`.
   */
  independentSources: number;
  /** Why sources were merged for independence, e.g. "003 and 004 both credit Harbour Wire". */
  independenceNotes: string[];
  citations: Citation[];
  /**
   * Set when the fact is one figure of its sentences ("a 12-point plan"): the
   * figure as the representative source writes it, and its span in every source.
   */
  figure?: { text: string; citations: Citation[] };
}

export interface ConflictSide {
  value: string;
  citations: Citation[];
}

export interface Conflict {
  id: string;
  kind: 'number' | 'title' | 'date' | 'place' | 'quote';
  /** What is disputed, in words ("Title of Pieter Hoekstra"). */
  subject: string;
  status: 'conflict' | 'superseded' | 'changed';
  sides: ConflictSide[];
  /** A short explanation of why the values are incompatible. */
  reason: string;
}

/**
 * Values the engine compared and found compatible ("Santa Monica" lies in
 * "California"; "nearly four years" and "more than three years" overlap), so a
 * reader sees why they are not a conflict.
 */
export interface Compatibility {
  kind: Conflict['kind'];
  subject: string;
  sides: ConflictSide[];
  /** Why the values agree. */
  reason: string;
}

/** Per-story corroboration results. */
export interface Dossier {
  storyId: string;
  actors: Actor[];
  quoteGroups: QuoteGroup[];
  facts: Fact[];
  conflicts: Conflict[];
  /** Pairs of differing values the engine considered and found compatible, with the reason. */
  compatible: Compatibility[];
  /** Facts stated by one outlet only (ids into `facts`). */
  singleSource: string[];
}

// ─── brief ─────────────────────────────────────────────────────────────────

export interface SummarySentence {
  text: string;
  citations: Citation[];
  /** True when the sentence rests on one outlet only. */
  singleSource: boolean;
}

export interface CoverageEntry {
  outlet: string;
  articleIds: string[];
  published: (string | null)[];
  facts: number;
  quotes: number;
  /** Facts only this outlet carries. */
  exclusiveFacts: number;
  /** Which facts it carries (ids into `facts`), and which of them only it carries. */
  factIds?: string[];
  exclusiveFactIds?: string[];
  /** Which quote groups it carries, and which only it carries. */
  quoteGroupIds?: string[];
  exclusiveQuoteGroupIds?: string[];
}

/** One day of coverage, for a chart over time: how many articles appeared and from which outlets. */
export interface CoveragePoint {
  /** YYYY-MM-DD (publication day). */
  date: string;
  articles: number;
  outlets: string[];
}

/** A story article as printed in the brief: `text` is what every offset indexes. */
export interface BriefArticle {
  id: string;
  outlet: string;
  title: string;
  published: string | null;
  url: string | null;
  source: string;
  provenance: { kind: Provenance['kind']; source: string; start: number; end: number }[];
  text: string;
}

/**
 * A resolved date as an ISO value (a day "2025-11-30", an ISO week "2025-W48",
 * a month "2022-02", a year "2014", or an interval "2025-11-30/2025-12-02",
 * open ends written ".."), with the first and last day it may be.
 */
export interface DatedValue {
  value: string;
  /** First day it may be (YYYY-MM-DD); absent for an interval open at the start. */
  start?: string;
  /** Last day it may be (YYYY-MM-DD); absent for an interval open at the end. */
  end?: string;
}

/** One outlet-dating of an event: the value, the articles that give it, and the date expressions. */
export interface TimelineDate extends DatedValue {
  articleIds: string[];
  /** The date expressions as written (or the sentence, for "by the publication date"). */
  citations: Citation[];
}

/** One event of the story's timeline. */
export interface TimelineEntry {
  id: string;
  /** A short label ("meeting in Rotterdam", or the clause that states a dated fact). */
  label: string;
  /**
   * The dates the articles give, most precise first; more than one when outlets
   * date it differently. An undated event reported in the past is dated "../<publication>".
   */
  dates: TimelineDate[];
  place?: string;
  /** Canonical names of the people taking part. */
  actors: string[];
  /** True when it lies well before the story's earliest article (context, not news). */
  background: boolean;
  /** Articles that report it as having happened. */
  articleIds: string[];
  citations: Citation[];
  /** When articles announced it before a later one reported it done. */
  announced?: { articleIds: string[]; citations: Citation[] };
}

/** An announced or expected event that no later article reports as having happened. */
export interface NextEntry {
  id: string;
  label: string;
  /** `announced`: scheduled, planned, "will"; `expected`: expected, likely; `possible`: willing to, could, may. */
  certainty: 'announced' | 'expected' | 'possible';
  /** When, resolved against each announcing article (null when no article says). */
  when: DatedValue | null;
  /** The when as written ("on Monday", "in the coming days"). */
  whenText: string | null;
  place?: string;
  actors: string[];
  /** `ahead`: on or after the as-of date, or undated; `unconfirmed`: its date has passed and no later article reports it. */
  status: 'ahead' | 'unconfirmed';
  /** How many outlets report it. */
  outlets: number;
  articleIds: string[];
  citations: Citation[];
}

/** The dossier of one story as the user reads it. */
export interface StoryBrief {
  id: string;
  headline: string;
  headlineCitation: Citation | null;
  articles: BriefArticle[];
  summary: SummarySentence[];
  actors: Actor[];
  quoteGroups: QuoteGroup[];
  facts: Fact[];
  conflicts: Conflict[];
  /** Differing values found compatible, with the reason. */
  compatible: Compatibility[];
  /** The single-source facts themselves. */
  singleSource: Fact[];
  events: StoryEvent[];
  copies: CopyLink[];
  coverage: CoverageEntry[];
  /** Articles per publication day, oldest first (undated articles are left out): a series for a coverage chart. */
  coverageOverTime?: CoveragePoint[];
  /** The story's events in date order, background first (always set by `composeBrief`; optional for hand-built briefs). */
  timeline?: TimelineEntry[];
  /** Announced or expected events still ahead (or unconfirmed) as of `asOf`. */
  next?: NextEntry[];
  /** The date "what's next" is judged against (YYYY-MM-DD): the latest article's, or `--as-of`. */
  asOf?: string | null;
}

/** The whole output: one or more stories, in a versioned schema (`schema/brief.schema.json`). */
export interface Brief {
  $schema: string;
  version: string;
  stories: StoryBrief[];
  /** Inputs that failed, so the output says what it does not cover. */
  failures: InputFailure[];
  /**
   * Articles briefed with a caveat, one notice per article: today only articles not in English
   * (the analysis is English-only; they are analysed as English all the same). Absent when empty.
   */
  notices?: BriefNotice[];
}

/** A caveat about one briefed article. */
export interface BriefNotice {
  /** The input the article came from (path, `path:line`, `-`, or the id given in memory). */
  source: string;
  articleId: string;
  code: 'NOT_ENGLISH';
  /** The article's ISO 639-1 language. */
  language: string;
  message: string;
}

import type { AnalyzedArticle } from '../types.js';

/** An article as stored: the latest revision of what was added from its source. */
export interface StoredArticle {
  item: AnalyzedArticle;
  /** 1 for the first version of a source, +1 each time its content changed. */
  revision: number;
  /** ISO 8601 date-time when this revision was stored. */
  addedAt: string;
}

/** What one `addArticles` call did, by stored article id. */
export interface AddResult {
  /** New sources, stored. */
  added: string[];
  /** Known sources whose content changed: a new revision was stored. */
  revised: string[];
  /** Known sources with the same content: nothing written. */
  unchanged: string[];
  /** New sources whose content is already stored under another source: not stored. */
  duplicates: { id: string; sameAs: string }[];
}

/** One story as listed: its size, outlets and time span. */
export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  /** Distinct outlets, sorted. */
  outlets: string[];
  /** ISO 8601 date-times (UTC) of the earliest and latest dated article, null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
}

/** One full-text search hit. */
export interface SearchHit {
  articleId: string;
  outlet: string;
  title: string;
  /** The story the article is assigned to, null when none. */
  storyId: string | null;
  /** An excerpt of the text with the matched words between the snippet markers. */
  snippet: string;
  /** Relevance: higher is better; title matches weigh more than text matches. */
  rank: number;
}

/** What the story step keeps beside the assignments, saved in the same transaction. */
export interface StoryIndexState {
  /** The online index in its JSON form (opaque to the store). */
  clusterState: unknown;
  /** Merged story id → the story it went into. */
  redirects: [string, string][];
}

/** The story assignments `saveStories` writes. */
export interface StoryRecord {
  id: string;
  title: string;
  articleIds: string[];
}

/**
 * The persistent store of analysed articles and stories. Every driver shares
 * the behaviour checked by `describeStoreConformance`.
 *
 * @example
 * const { added, duplicates } = await store.addArticles(items);
 * const hits = await store.search('"grain corridor" -rumour', 5);
 */
export interface Store {
  /** Adds articles in one transaction; idempotent (see {@link AddResult}). */
  addArticles(items: AnalyzedArticle[]): Promise<AddResult>;
  /** Every stored article (latest revision), sorted by id. */
  listArticles(): Promise<AnalyzedArticle[]>;
  /** The stored articles with these ids, in the order asked; unknown ids are skipped. */
  getArticles(ids: string[]): Promise<AnalyzedArticle[]>;
  /** The latest revision of one article with its revision number, null when unknown. */
  getStoredArticle(id: string): Promise<StoredArticle | null>;
  /** The earlier revisions of one article, oldest first ([] when none). */
  getRevisions(id: string): Promise<StoredArticle[]>;
  /** Replaces all story assignments with these stories, in one transaction, with the story index state when given. */
  saveStories(stories: StoryRecord[], state?: StoryIndexState): Promise<void>;
  /** The saved online story index (JSON form), null when none was saved. */
  loadClusterState(): Promise<unknown>;
  /** Every story, largest first (ties by id). */
  listStories(): Promise<StorySummary[]>;
  /** One story with its article ids in saved order (a merged story's old id gives the story it went into), null when unknown. */
  getStory(id: string): Promise<StoryRecord | null>;
  /** Full-text search (English stemming; `"phrases"`, `or`, `-word` allowed), best first. */
  search(words: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Runs `fn` with a view of this store inside one transaction: everything it
   * writes is committed together when it resolves, or not at all when it
   * throws or the process dies. `fn` must use only the view it is given.
   *
   * @example
   * await store.transaction(async (tx) => {
   *   const { added } = await tx.addArticles(items);
   *   await tx.saveStories(assign(await tx.getArticles(added)));
   * });
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** Closes the database and releases the folder. */
  close(): Promise<void>;
}

/**
 * Tuning of the store; every field has a default in `STORE_DEFAULTS`.
 *
 * @example
 * const options: Partial<StoreOptions> = { searchLimit: 5, snippetStart: '[', snippetStop: ']' };
 */
export interface StoreOptions {
  /** Hits returned by `search` when no limit is given. */
  searchLimit: number;
  /** Rows per multi-row INSERT/UPDATE statement. */
  batchRows: number;
  /** Longest snippet, in words. */
  snippetMaxWords: number;
  /** Shortest snippet, in words. */
  snippetMinWords: number;
  /** Text fragments joined into one snippet. */
  snippetFragments: number;
  /** Markers put around matched words in snippets. */
  snippetStart: string;
  snippetStop: string;
}

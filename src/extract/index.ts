import { sha256Hex } from '../text/hash.js';
import { ParallaxError } from '../errors.js';
import type { Article, Block, BlockKind, Provenance, RawDocument } from '../types.js';
import { readableText, segmentText, type RawBlock } from './01-blocks.js';
import { boilerplateRule, bylineName } from './02-boilerplate.js';
import { findCredits, type Credit } from './03-provenance.js';
import { looksLikeHeading } from './04-headings.js';
import { findTitle } from './05-title.js';
import { findFurniture, splitGalleryChrome } from './06-furniture.js';
import { htmlToText } from './html.js';
import { guessLanguage } from './language.js';
import { normalizeLanguage, type PageMeta } from './metadata.js';

/** Headlines run to about 15 words; 20 leaves room while excluding an opening paragraph. */
export const MAX_TITLE_WORDS = 20;
/** A title repeated in the text sits at the top, after at most a kicker or a byline. */
export const TITLE_SEARCH_BLOCKS = 3;
/** Section headings are short labels; longer capitalised lines are sentences about names. */
export const MAX_HEADING_WORDS = 14;
/** A sentence-case heading ("What happens next") is a few words; longer ones are usually captions or list items. */
export const MAX_SENTENCE_CASE_HEADING_WORDS = 6;
/** Title-case headings capitalise nearly every content word; ordinary lines with several names stay below this. */
export const HEADING_CAPITALISED_SHARE = 0.7;
/** Hard-wrapped text is wrapped at 72–80 columns; a longer line is a whole paragraph. */
export const MAX_WRAP_WIDTH = 100;

export interface ExtractOptions {
  /** Publication date used when neither the metadata nor the page gives one. */
  defaultPublished?: string;
  maxTitleWords: number;
  titleSearchBlocks: number;
  maxHeadingWords: number;
  maxSentenceCaseHeadingWords: number;
  headingCapitalisedShare: number;
  maxWrapWidth: number;
}

/**
 * Extract defaults.
 *
 * @example
 * extract(doc, { ...DEFAULT_EXTRACT_OPTIONS, defaultPublished: '2025-12-02' });
 */
export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  maxTitleWords: MAX_TITLE_WORDS,
  titleSearchBlocks: TITLE_SEARCH_BLOCKS,
  maxHeadingWords: MAX_HEADING_WORDS,
  maxSentenceCaseHeadingWords: MAX_SENTENCE_CASE_HEADING_WORDS,
  headingCapitalisedShare: HEADING_CAPITALISED_SHARE,
  maxWrapWidth: MAX_WRAP_WIDTH,
};

/** A block while its kind is being decided. */
interface Draft extends RawBlock {
  readable: string;
  kind: BlockKind;
  credits: Credit[];
  byline?: string;
  /** The boilerplate or furniture rule that marked it. */
  rule?: string;
  /** A caption of a photo gallery (furniture unless the page is only the gallery). */
  gallery?: boolean;
}

/** The text, its blocks and what the page says about itself, by input format. */
function layout(doc: RawDocument, options: ExtractOptions): { text: string; blocks: RawBlock[]; page: PageMeta } {
  if (doc.format === 'html') return htmlToText(doc.content);
  return { text: doc.content, blocks: segmentText(doc.content, doc.format, options.maxWrapWidth), page: {} };
}

/** Blocks with a photo gallery's interface strings ("Photos: <title>", "Hide Caption 3 of 12") split off their captions. */
function splitGalleries(text: string, blocks: RawBlock[]): { raw: RawBlock; chrome: boolean; gallery: boolean }[] {
  return splitGalleryChrome(text, blocks).flatMap((pieces, i) =>
    pieces.map((p) => ({ raw: { start: p.start, end: p.end, hint: blocks[i]?.hint ?? 'plain' }, chrome: p.chrome, gallery: p.gallery })),
  );
}

/** Boilerplate first, then credits: both are excluded from the analysis whatever their markup says. */
function firstPass(text: string, raw: RawBlock, format: RawDocument['format']): Draft {
  const readable = readableText(text.slice(raw.start, raw.end), format === 'html' ? 'text' : format);
  const rule = boilerplateRule(readable);
  if (rule !== null) {
    const byline = rule === 'byline' ? bylineName(readable) : null;
    return { ...raw, readable, kind: 'boilerplate', credits: [], rule, ...(byline ? { byline } : {}) };
  }
  const credits = findCredits(readable);
  if (credits.length > 0) return { ...raw, readable, kind: 'credit', credits };
  return { ...raw, readable, kind: raw.hint === 'bullet' ? 'bullet' : 'paragraph', credits };
}

const isContent = (d: Draft): boolean => d.kind !== 'boilerplate' && d.kind !== 'credit';

/** Decides headings among the content lines, looking at the content around each. */
function markHeadings(drafts: Draft[], options: ExtractOptions): void {
  const content = drafts.filter(isContent);
  content.forEach((draft, i) => {
    if (draft.kind !== 'paragraph') return;
    const around = { previous: content[i - 1]?.readable, next: content[i + 1]?.readable };
    if (draft.hint === 'heading' ? around.next !== undefined : looksLikeHeading(draft.readable, around, options)) {
      draft.kind = 'heading';
    }
  });
}

/** Page furniture (captions, credits, labels, embedded posts, teasers, an appended story) becomes boilerplate: kept in the text, never analysed. */
function markFurniture(drafts: Draft[], title: string): void {
  findFurniture(drafts, title).forEach((rule, i) => {
    const draft = drafts[i];
    if (rule === null || !draft) return;
    draft.kind = 'boilerplate';
    draft.rule = rule;
  });
}

/**
 * Turns a raw document into a clean article: located blocks (title, headings,
 * paragraphs, bullets, boilerplate, credits), provenance, and metadata
 * (explicit metadata wins over what the page says). Pure.
 * Throws ParallaxError INPUT_EMPTY when no paragraph or bullet is left, and
 * INPUT_UNREADABLE when the content cannot be processed at all.
 *
 * @example
 * const article = extract({ id: 'a', source: 'a.txt', format: 'text', content: 'Talks Resume\nThey met on Sunday.', meta: {} });
 * article.title;                       // 'Talks Resume'
 * article.blocks.map((b) => b.kind);   // ['title', 'paragraph']
 */
export function extract(doc: RawDocument, options: Partial<ExtractOptions> = {}): Article {
  const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  let laid: ReturnType<typeof layout>;
  try {
    laid = layout(doc, opts);
  } catch (cause) {
    throw new ParallaxError('INPUT_UNREADABLE', `${doc.source}: could not extract the article (${String(cause)})`, { cause });
  }
  const { text, page } = laid;
  const drafts = splitGalleries(text, laid.blocks).map(({ raw, chrome, gallery }) => {
    const draft = firstPass(text, raw, doc.format);
    if (chrome) return { ...draft, kind: 'boilerplate' as const, rule: 'caption' };
    return gallery ? { ...draft, gallery } : draft;
  });
  markHeadings(drafts, opts);

  const { title, index } = findTitle(
    drafts.map((d) => ({ readable: d.readable, content: isContent(d), bullet: d.kind === 'bullet' })),
    doc.meta.title ?? page.title,
    opts,
  );
  const titleDraft = index === null ? undefined : drafts[index];
  if (titleDraft) titleDraft.kind = 'title';
  markFurniture(drafts, title);

  const blocks: Block[] = drafts.map((d) => ({ start: d.start, end: d.end, kind: d.kind }));
  if (!blocks.some((b) => b.kind === 'paragraph' || b.kind === 'bullet')) {
    throw new ParallaxError('INPUT_EMPTY', `${doc.source}: no article text after extraction`);
  }
  const provenance: Provenance[] = drafts.flatMap((d) => d.credits.map((c) => ({ ...c, span: { start: d.start, end: d.end } })));
  const analysed = drafts.filter((d) => d.kind === 'paragraph' || d.kind === 'bullet').map((d) => d.readable);
  const byline = doc.meta.byline ?? page.byline ?? drafts.find((d) => d.byline !== undefined)?.byline;
  const publishedAt = doc.meta.published ?? page.published ?? opts.defaultPublished;
  const url = doc.meta.url ?? page.url;

  return {
    id: doc.id,
    source: doc.source,
    ...(url !== undefined ? { url } : {}),
    outlet: doc.meta.outlet ?? page.siteName ?? doc.id,
    title,
    ...(byline !== undefined ? { byline } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    language: normalizeLanguage(page.language) ?? guessLanguage(analysed.join(' ')),
    text,
    blocks,
    provenance,
    contentHash: sha256Hex(text),
  };
}

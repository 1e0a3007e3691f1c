/**
 * Page furniture: captions, photo credits, galleries, graphics and map labels,
 * embedded social posts, teasers of other stories, reader prompts, correction
 * notes and an unrelated story appended to the page. It stays in the text (every
 * offset stays valid) and is marked `boilerplate`, so the analysis never reads it.
 *
 * Every rule reads the shape of a line and its place among the article's other
 * lines — never a list of sites, outlets or agencies:
 * - line cues of page templates: "Image caption", "Hide Caption 3 of 12",
 *   "Enlarge this image", "Scroll down for video", "A post shared by …";
 * - credit shapes: "Jane Roe/Example Images", "Jane Roe / Agency Caption text…",
 *   a closing "(Agency via Wire)" or "(file photo)";
 * - labels: mostly capitals, or a run of capitalised words opening a line;
 * - context: a line with no sentence ending among lines that end like sentences
 *   (a caption, a video title, a teaser), the line just above a photo credit
 *   (its caption), the items after a "Most read" header, and a trailing run of
 *   paragraphs that shares almost no content word with the title and lead.
 */
import type { BlockKind, Span } from '../types.js';
import { wordCount } from './02-boilerplate.js';

/** A caption or teaser is a clause; shorter lines without a full stop are labels the heading rules already read. */
export const MIN_CAPTION_WORDS = 5;
/** A caption under a photo is a sentence or two; a longer paragraph above a credit is article text. */
export const MAX_CAPTION_WORDS = 60;
/** A photo credit line is a name or two and an agency: "Jane Roe/Example Images". */
export const MAX_CREDIT_LINE_WORDS = 8;
/**
 * Lines without a sentence ending are furniture only where the article's own
 * paragraphs end like sentences: at least this share of its longer lines that
 * no shape rule marked do (a gallery of 16 captions may stand beside 25 paragraphs).
 * Text that seldom uses full stops (a transcript, a list) keeps its lines.
 */
export const MIN_PUNCTUATED_SHARE = 0.5;
/** A subhead in capitals is a few words; a longer line of capitals is a graphics label. */
export const MAX_SUBHEAD_WORDS = 8;
/** A graphics label is mostly capitals: at least this share of its words, … */
export const MIN_CAPS_SHARE = 0.4;
/** … and at least this many capitalised words (a sentence may name three acronyms). */
export const MIN_CAPS_WORDS = 5;
/** A label opens with at least this many words in capitals ("MOST READ IN NEWS …"). */
export const MIN_KICKER_WORDS = 3;
/** Numbered graphics legends glue a digit to a sentence ("2People took cover"): this many mark one. */
export const MIN_LEGEND_MARKS = 3;
/** An appended story leaves at least this many paragraphs of the article above it. */
export const TOPIC_LEAD_BLOCKS = 3;
/** An appended story shares fewer than this share of its content words with the title and the article above it. */
export const MAX_OFF_TOPIC_OVERLAP = 0.1;
/** … has at least this many content words (one short off-topic paragraph is a digression, not a story) … */
export const MIN_OFF_TOPIC_WORDS = 40;
/** … and is at most this share of the article's paragraphs … */
export const MAX_OFF_TOPIC_SHARE = 0.5;
/** … and of at most this many paragraphs (a whole second story; it also bounds the work per article). */
export const MAX_OFF_TOPIC_BLOCKS = 30;

/** A block as the furniture rules see it. */
export interface FurnitureBlock {
  /** The block's readable text (see `readableText`). */
  readable: string;
  kind: BlockKind;
  /** The boilerplate rule that marked it, when one did. */
  rule?: string | null;
  /** A caption of a photo gallery, its interface strings split off (see {@link splitGalleryChrome}). */
  gallery?: boolean;
}

const SENTENCE_END = /[.!?…](?:\s?["'”’»)\]])*$/;
// A line that opens with a quotation is a quote, a pull quote or a headline built on one: its words have a speaker.
const OPENS_WITH_QUOTE = /^["“‘'«]/;
const CONTINUES = /[,;:–—-]$/;
/** Words a hard-wrapped line may end on mid-sentence. */
const FUNCTION_END = /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|as|than|its|their|his|her)$/i;

// Interface strings of captions, galleries and video players.
const CAPTION_CUE =
  /^(?:image (?:copyright|caption|source)|(?:photo|picture|image)s?\s*:|gallery\s*:|enlarge this image|toggle caption|hide caption|show caption|scroll down for (?:video|more)|click to (?:enlarge|play)|watch\s*:|video\s*:)/i;
const CAPTION_COUNTER = /\b(?:hide|show) caption\b|\b\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s+(?:photos?|images?)\b/i;
// "A post shared by …", or a post's sign-off: "— Jane Roe (@janeroe) May 2, 2024".
const EMBEDDED_POST = /\ba post shared by\b|—\s*[^—]{1,60}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}\b.*)$/iu;
// "This Dec. 3 photo provided by …", "In this image released by …".
const PHOTO_DESCRIPTION =
  /^(?:in )?(?:this|these)\b[^.]{0,60}?\b(?:photos?|photographs?|images?|pictures?|video still)\b[^.]{0,120}?\b(?:shows?|provided|released|made available|taken|distributed)\b/i;
// A closing credit in brackets: "(Agency via Wire)", "(Photo: …)", "(file photo)", "(pictured)".
const CLOSING_CREDIT = /\((?:[^()]{0,60}\bvia\b[^()]{0,40}|[^()]{0,40}\b(?:photo|photos|image|file image|pictured)\b[^()]{0,40})\)\s*(?:\([^()]{1,40}\)\s*)?$/i;
// A name-and-agency credit: "Jane Roe/Example Images", "Roe / Agency", "Network/Handle via Service".
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
const SLASH_CREDIT = new RegExp(String.raw`^(?:${CAP_WORD}\s+){0,3}${CAP_WORD}\s*\/\s*${CAP_WORD}`, 'u');
// A credit opening a caption: "Jane Roe / Agency The minister arrives…".
const CREDIT_CAPTION = new RegExp(String.raw`^(?:${CAP_WORD}\s+){0,3}${CAP_WORD}\s*\/\s*${CAP_WORD}(?:\s+${CAP_WORD})?\s+\p{Lu}\p{Ll}*\s+\p{L}`, 'u');
// A dateline in capitals ("NORTH/SOUTH CITY, May 2 -") opens a report, not a caption.
const DATELINE = /^[\p{Lu}\s/.'’-]+,/u;
// An agency credit glued to the front of a caption: "Example Images The minister arrives at …".
const CREDIT_PREFIX =
  /^(?:\p{Lu}[\p{L}:.'’-]*\s+(?:(?:[-–]|or|via)\s+)?){0,3}(?:[Ii]mages|[Pp]hotos?|[Pp]ictures|[Mm]edia|[Hh]andout|[Pp]ool|[Cc]ontributor|licensors)\s+\p{Lu}/u;
const CREDIT_TAIL_WORD = /\b(?:images|photos?|pictures|press|media|handout|pool|contributor|licensors)$/i;
// Reader prompts: an invitation to contact the newsroom, or a line to the reader with an address or number to write to.
const READER_PROMPT = /^(?:chat with us|email us|contact us|tell us|send us|write to us|email the author)\b/i;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\b(?:call|phone|text|whatsapp)\s+(?:us\s+)?(?:on\s+|at\s+)?\+?\d[\d ]{6,}/i;
const TO_READER = /\b(?:you|your)\b/i;
// A newsletter box with its form text.
const NEWSLETTER_BOX = /^newsletter\b|\b(?:verify you(?:'|’)?re not a robot|invalid email address|thank you for subscribing|you agree to receive)\b/i;
// A note about the page itself: "We'll update this page…", "This story has been updated…".
const PAGE_NOTE = /\bthis (?:page|post|live blog|article|story)\b/i;
const PAGE_NOTE_VOICE = /\b(?:we|we['’](?:ll|re|ve)|you)\b/i;
// A credit note without a name to record: "Additional reporting from agencies".
const CREDIT_NOTE = /^\(?(?:additional |extra )?(?:reporting|writing|editing|research) (?:by|from)\b/i;
const CORRECTION =
  /^(?:corrections?|clarifications?|editor['’]s note|update)\s*[:—–-]|^(?:an earlier version of this (?:article|story|report|post)|this (?:article|story|report|post) (?:has been|was) (?:updated|corrected|amended))\b/i;
const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright)\b[\s\S]*\ball rights reserved\b/i;
const ALL_CAPS_WORD = /^[\p{Lu}\p{N}'’‘".&-]*\p{Lu}[\p{Lu}\p{N}'’‘".&-]*$/u;
// At most 12 words are read: each word has one way to match (no quote mark both inside and after it), so a long line cannot backtrack.
const KICKER = /^(?:[‘"“]?\p{Lu}[\p{Lu}'’.&-]+[”"]?\s+){3,12}(?=[‘'"“]?\p{L})/u;
const LEGEND_MARK = /(?:^|[.!?]\s+)\d{1,2}\p{Lu}\p{Ll}/gu;
const TEASER_HEADER = new Set(['read-more']);

/** Max words of a reader prompt, page note or correction: a short notice, never a paragraph of reporting. */
const MAX_NOTICE_WORDS = 60;
/** A newsletter box with its form runs long (the form text); a paragraph mentioning a newsletter does not carry form text. */
const MAX_BOX_WORDS = 200;

export const endsLikeSentence = (line: string): boolean => SENTENCE_END.test(line);

/** "Jane Roe/Example Images", "Agency / Handout": a short all-capitalised credit line. */
export function isCreditLine(line: string): boolean {
  const words = wordCount(line);
  if (words === 0 || words > MAX_CREDIT_LINE_WORDS || endsLikeSentence(line)) return false;
  const tokens = line.split(/[\s/|]+/).filter((t) => /\p{L}/u.test(t));
  const capitalised = tokens.every((t) => /^[\p{Lu}@]/u.test(t) || /^(?:via|and|for|of|the|de|van|von)$/.test(t));
  if (!capitalised) return false;
  return SLASH_CREDIT.test(line) || /\svia\s/.test(line) || (words <= 4 && CREDIT_TAIL_WORD.test(line));
}

/** The furniture rule a line matches by its shape alone, or null. */
export function furnitureShape(line: string): string | null {
  const words = wordCount(line);
  if (CAPTION_CUE.test(line) || CAPTION_COUNTER.test(line)) return 'caption';
  if (EMBEDDED_POST.test(line)) return 'embedded-post';
  if (PHOTO_DESCRIPTION.test(line) || CLOSING_CREDIT.test(line)) return 'caption';
  if (isCreditLine(line)) return 'photo-credit';
  if (words <= MAX_CAPTION_WORDS && CREDIT_CAPTION.test(line) && !DATELINE.test(line)) return 'caption';
  if (words <= MAX_CAPTION_WORDS && !endsLikeSentence(line) && CREDIT_PREFIX.test(line)) return 'caption';
  if (words <= MAX_NOTICE_WORDS && (READER_PROMPT.test(line) || (TO_READER.test(line) && CONTACT.test(line)))) return 'reader-prompt';
  if (words <= MAX_BOX_WORDS && NEWSLETTER_BOX.test(line) && /\b(?:sign up|subscribe|newsletters?|inbox|email)\b/i.test(line)) return 'newsletter';
  if (words <= MAX_NOTICE_WORDS && CORRECTION.test(line)) return 'correction';
  if (words <= MAX_CREDIT_LINE_WORDS * 2 && CREDIT_NOTE.test(line)) return 'credit-note';
  if (words <= MAX_NOTICE_WORDS * 2 && COPYRIGHT_NOTICE.test(line)) return 'copyright';
  if (words <= MAX_NOTICE_WORDS / 2 && PAGE_NOTE.test(line) && PAGE_NOTE_VOICE.test(line) && !/\b(?:said|says|told)\b/i.test(line)) {
    return 'page-note';
  }
  if (isLabel(line, words)) return 'label';
  if ((line.match(LEGEND_MARK) ?? []).length >= MIN_LEGEND_MARKS) return 'label';
  return null;
}

/** A graphics or map label: mostly words in capitals, or a run of them opening the line before ordinary words. */
function isLabel(line: string, words: number): boolean {
  const tokens = line.split(/\s+/).filter((t) => /\p{L}{2}/u.test(t));
  const caps = tokens.filter((t) => ALL_CAPS_WORD.test(t)).length;
  if (caps >= MIN_CAPS_WORDS && caps >= MIN_CAPS_SHARE * tokens.length) return true;
  return words > MIN_KICKER_WORDS && KICKER.test(line) && (KICKER.exec(line)?.[0].replace(/[^\p{L}]/gu, '').length ?? 0) >= 8;
}

/** True when the next line continues this one: a hard wrap mid-sentence, not a new block. */
function continues(line: string, next: string | undefined): boolean {
  if (CONTINUES.test(line) || FUNCTION_END.test(line)) return true;
  const opened = (line.match(/[“"]/g) ?? []).length % 2 === 1 || (line.match(/“/g) ?? []).length > (line.match(/”/g) ?? []).length;
  if (opened) return true;
  return next !== undefined && /^[\p{Ll}]/u.test(next);
}

const analysed = (b: FurnitureBlock): boolean => b.kind === 'paragraph' || b.kind === 'bullet';

/**
 * A short title-case or capitals line reads as a heading before these rules run: a photo credit
 * ("Jane Roe/Example Images") or a long graphics label is furniture all the same, while a
 * subhead in capitals ("WHAT COMES NEXT") stays a heading.
 */
function headingShape(line: string): string | null {
  const rule = furnitureShape(line);
  return rule === 'label' && wordCount(line) <= MAX_SUBHEAD_WORDS ? null : rule;
}

/** Share of the article's longer paragraphs that end like sentences. */
function punctuatedShare(blocks: readonly FurnitureBlock[], marked: readonly (string | null)[]): number {
  const long = blocks.filter((b, i) => analysed(b) && marked[i] === null && wordCount(b.readable) >= MIN_CAPTION_WORDS);
  if (long.length === 0) return 0;
  return long.filter((b) => endsLikeSentence(b.readable)).length / long.length;
}

// Generic English function words: they say nothing about a story's topic.
const FUNCTION_WORDS = new Set(
  ('a about after again against all also an and any are as at be because been before being between both but by can could did do does ' +
    'during each few for from had has have having he her here hers him his how i if in into is it its just me more most my no nor not ' +
    'now of off on once only or other our out over own same she should so some such than that the their them then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your said says ' +
    'told say one two three new last first year years week day time people').split(' '),
);

function contentWords(line: string): Set<string> {
  const out = new Set<string>();
  for (const raw of line.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length >= 3 && !FUNCTION_WORDS.has(raw) && !/^\d+$/.test(raw)) out.add(raw);
  }
  return out;
}

/**
 * The trailing run of paragraphs that shares almost no content word with the
 * title and the article before it, after a break (a heading, a credit line,
 * furniture): a story appended to the page. Each of its
 * paragraphs is compared with everything above the run, so a background
 * paragraph that names the story's places, people or subject stays article
 * text. Returns the index of the run's first block, or null. Linear: a word
 * is "above the run" when its first paragraph is, and runs are at most
 * {@link MAX_OFF_TOPIC_BLOCKS} paragraphs long.
 */
function offTopicTail(blocks: readonly FurnitureBlock[], title: string, marked: readonly (string | null)[]): number | null {
  const body = blocks.flatMap((b, i) => (analysed(b) && marked[i] === null ? [i] : []));
  const words = body.map((i) => [...contentWords(blocks[i]?.readable ?? '')]);
  const first = new Map<string, number>();
  for (const w of contentWords(title)) first.set(w, -1);
  words.forEach((own, k) => {
    for (const w of own) if (!first.has(w)) first.set(w, k);
  });
  const sharedAbove = (own: readonly string[], cut: number): number => own.filter((w) => (first.get(w) ?? cut) < cut).length;
  const maxRun = Math.min(MAX_OFF_TOPIC_BLOCKS, Math.floor(body.length * MAX_OFF_TOPIC_SHARE));
  let best: number | null = null;
  for (let run = 2; run <= maxRun && body.length - run >= TOPIC_LEAD_BLOCKS; run += 1) {
    const cut = body.length - run;
    // An appended story follows a break: a heading, a credit, a teaser header or other furniture.
    const before = (body[cut] ?? 0) - 1;
    const breakAbove = before >= 0 && (!analysed(blocks[before] ?? { readable: '', kind: 'paragraph' }) || marked[before] !== null);
    if (!breakAbove) continue;
    const head = words[cut] ?? [];
    if (sharedAbove(head, cut) >= MAX_OFF_TOPIC_OVERLAP * 2 * head.length) continue;
    const tail = words.slice(cut);
    const total = tail.reduce((n, own) => n + own.length, 0);
    const shared = tail.reduce((n, own) => n + sharedAbove(own, cut), 0);
    if (total >= MIN_OFF_TOPIC_WORDS && shared < MAX_OFF_TOPIC_OVERLAP * total) best = body[cut] ?? null;
  }
  return best;
}

// A gallery's interface strings: "Hide Caption 3 of 12" closing a caption, "Photos: <gallery title>" opening it.
const COUNTER_SUFFIX = /\s*\b(?:hide|show) caption\s+\d{1,3}\s+of\s+\d{1,3}\s*$/i;
const GALLERY_CUE = /^(?:photos?|pictures?|images?|gallery|in pictures)\s*:/i;

/** A piece of a block: its span and whether it is a gallery's interface string or a gallery caption. */
export interface GalleryPiece extends Span {
  chrome: boolean;
  gallery: boolean;
}

/** The length of the common prefix of two strings, cut back to a word boundary of both. */
function commonWordPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  if (n === a.length && n === b.length) return n;
  while (n > 0 && !(/\s/.test(a[n] ?? ' ') && /\s/.test(b[n] ?? ' '))) n -= 1;
  return n;
}

/**
 * Splits the lines of a photo gallery into the gallery's interface strings and
 * its captions: a closing "Hide Caption 3 of 12", and an opening "Photos:"
 * gallery title that the neighbouring lines repeat word for word (the title is
 * found by that repetition, not by a list). Each block yields its pieces in
 * order; a block that is not a gallery line yields itself. Spans index `text`.
 *
 * @example
 * splitGalleryChrome('Photos: Storm Trees fell. Hide Caption 1 of 2\nPhotos: Storm Roads shut. Hide Caption 2 of 2', blocks)[0];
 * // [{ start: 0, end: 14, chrome: true, … }, { start: 15, end: 26, chrome: false, gallery: true }, { start: 27, end: 47, chrome: true, … }]
 */
export function splitGalleryChrome(text: string, blocks: readonly Span[]): GalleryPiece[][] {
  const raw = blocks.map((b) => text.slice(b.start, b.end));
  return blocks.map((block, i) => {
    const own = raw[i] ?? '';
    const suffix = COUNTER_SUFFIX.exec(own);
    let end = suffix ? suffix.index : own.length;
    let start = 0;
    if (GALLERY_CUE.test(own)) {
      const shared = [raw[i - 1], raw[i + 1]]
        .filter((n): n is string => n !== undefined && GALLERY_CUE.test(n))
        .map((n) => commonWordPrefix(own, n));
      if (shared.length > 0) start = Math.min(...shared);
    }
    if (start === 0 && !suffix) return [{ ...block, chrome: false, gallery: false }];
    while (start < end && /\s/.test(own[start] ?? '')) start += 1;
    while (end > start && /\s/.test(own[end - 1] ?? '')) end -= 1;
    const pieces: GalleryPiece[] = [];
    if (start > 0) pieces.push({ start: block.start, end: block.start + trimEnd(own, start), chrome: true, gallery: false });
    if (end > start) pieces.push({ start: block.start + start, end: block.start + end, chrome: false, gallery: true });
    if (suffix) pieces.push({ start: block.start + own.length - suffix[0].trimStart().length, end: block.end, chrome: true, gallery: false });
    return pieces;
  });
}

/** The end of `s.slice(0, n)` without its trailing whitespace. */
function trimEnd(s: string, n: number): number {
  let e = n;
  while (e > 0 && /\s/.test(s[e - 1] ?? '')) e -= 1;
  return e;
}

/**
 * The furniture rule of each block (null for article text), read from each
 * line's shape and its context among the article's blocks. The blocks the
 * analysis reads (paragraphs and bullets) are judged, and headings by their
 * shape alone; the others keep their kind. Pure.
 *
 * @example
 * findFurniture([
 *   { readable: 'The minister resigned on Monday.', kind: 'paragraph' },
 *   { readable: 'The minister leaves her office in the capital', kind: 'paragraph' },
 *   { readable: 'Jane Roe/Example Images', kind: 'paragraph' },
 *   { readable: 'Her deputy will act in her place.', kind: 'paragraph' },
 * ], 'Minister resigns');
 * // [null, 'caption', 'photo-credit', null]
 */
export function findFurniture(blocks: readonly FurnitureBlock[], title: string): (string | null)[] {
  const marked: (string | null)[] = blocks.map((b) => (analysed(b) ? furnitureShape(b.readable) : b.kind === 'heading' ? headingShape(b.readable) : null));
  const punctuated = punctuatedShare(blocks, marked) >= MIN_PUNCTUATED_SHARE;
  let seenSentence = false;
  let teasers = false;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.rule && TEASER_HEADER.has(block.rule)) teasers = true;
    if (!analysed(block)) return;
    const line = block.readable;
    const words = wordCount(line);
    const sentence = endsLikeSentence(line);
    if (marked[i] === null) {
      // The caption above a photo credit.
      if (next && next.kind !== 'title' && words <= MAX_CAPTION_WORDS && isCreditLine(next.readable) && SLASH_CREDIT.test(next.readable)) {
        marked[i] = 'caption';
      } else if (next && words <= MAX_CAPTION_WORDS && /^[—–]/.test(next.readable) && EMBEDDED_POST.test(next.readable)) {
        // The text of an embedded post whose sign-off ("— Name (@handle) May 2, 2024") stands on the next line.
        marked[i] = 'embedded-post';
      } else if (teasers && !sentence) {
        // Items of a "Most read" or "Related" box: headlines, no sentence ending.
        marked[i] = 'teaser';
      } else if (
        punctuated &&
        seenSentence &&
        block.kind === 'paragraph' &&
        words >= MIN_CAPTION_WORDS &&
        !sentence &&
        !OPENS_WITH_QUOTE.test(line) &&
        !continues(line, next?.readable)
      ) {
        // A caption, a video title or a teaser: a clause with no sentence ending among sentences.
        marked[i] = 'caption';
      }
    }
    if (marked[i] === null && sentence) {
      seenSentence = true;
      teasers = false;
    }
  });
  // A gallery's captions are furniture beside an article; on a page that is only a gallery they are its text.
  const hasArticle = blocks.some((b, i) => analysed(b) && !b.gallery && marked[i] === null);
  if (hasArticle) {
    blocks.forEach((b, i) => {
      if (b.gallery && analysed(b) && marked[i] === null) marked[i] = 'gallery';
    });
  }
  const tail = offTopicTail(blocks, title, marked);
  if (tail !== null) {
    blocks.forEach((b, i) => {
      if (i >= tail && analysed(b) && marked[i] === null) marked[i] = 'appended-story';
    });
  }
  return marked;
}

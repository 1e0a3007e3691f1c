/**
 * Boilerplate: text on a news page that is not the article (forms, prompts,
 * share bars, notices). Every rule is general: a cue phrase AND a shape (short,
 * addressed to the reader, no sentence ending) so a real sentence that merely
 * mentions "share" or "cookies" stays content.
 */

/** Prompts and notices are one short line; a paragraph that uses the same words is longer. */
export const MAX_PROMPT_WORDS = 25;
/** Share bars, ad labels and form labels are a handful of words. */
export const MAX_LABEL_WORDS = 6;
/** A form notice is a short sentence: "An asterisk (*) indicates a required field". */
export const MAX_FORM_NOTICE_WORDS = 10;
/** Cookie banners run longer than other prompts (they explain the policy). */
export const MAX_NOTICE_WORDS = 60;
/** A byline is a name or two and perhaps an outlet. */
export const MAX_BYLINE_WORDS = 10;
/** A timestamp line: "Updated 2 December 2025, 14:05 GMT". */
export const MAX_TIMESTAMP_WORDS = 12;

export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length;
}

const endsSentence = (line: string): boolean => /[.!?]["'”’)\]]*$/.test(line);
const addressesReader = (line: string): boolean => /\b(?:you|your|our|us)\b/i.test(line);

// Words that make up a share bar: actions and the usual share targets.
const SHARE_TOKENS = new Set([
  'share', 'shares', 'tweet', 'email', 'e-mail', 'print', 'copy', 'link', 'save', 'comment', 'comments',
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'telegram', 'messenger',
  'flipboard', 'bluesky', 'threads', 'mastodon', 'sms', 'this', 'article', 'story', 'on', 'via',
]);

function isShareBar(line: string): boolean {
  const tokens = line.toLowerCase().split(/[\s|·•,/]+/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.some((t) => t === 'share' || t === 'tweet') && tokens.every((t) => SHARE_TOKENS.has(t));
}

// Tokens a date or time line is made of: numbers, month and weekday names, clock and zone words.
const DATE_TOKEN =
  /^(?:\d[\d:./-]*(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|gmt|utc|[a-z]{1,3}[sd]?t|at|on)$/i;

/** "4 March 2025", "Tue 2 Dec 2025, 14:05 GMT": a date or time and nothing else. */
function isDateOnly(line: string): boolean {
  const tokens = line.split(/[\s,|·•]+/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => DATE_TOKEN.test(t));
}

export interface BoilerplateRule {
  name: string;
  test: (line: string, words: number) => boolean;
}

/** The rules in the order they are tried; `line` is the block's readable text. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: 'empty', test: (line) => !/[\p{L}\p{N}]/u.test(line) },
  {
    name: 'form-notice',
    test: (line, words) =>
      words <= MAX_FORM_NOTICE_WORDS &&
      (/\bindicates? (?:an? )?(?:required|mandatory) fields?\b/i.test(line) || /^(?:required|mandatory) fields? (?:are )?marked\b/i.test(line)),
  },
  { name: 'required-marker', test: (line, words) => words <= MAX_LABEL_WORDS && /^[^.!?]*\*$/.test(line) },
  {
    name: 'newsletter',
    test: (line, words) =>
      words <= MAX_PROMPT_WORDS &&
      /\b(?:newsletters?|inbox|subscribe|unsubscribe|sign[ -]?up)\b/i.test(line) &&
      (/^(?:subscribe|sign[ -]?up|join|get|receive|enter|don[’']?t miss|never miss|stay|want|be the first)\b/i.test(line) ||
        addressesReader(line)),
  },
  {
    name: 'share',
    test: (line, words) =>
      words <= MAX_LABEL_WORDS &&
      !endsSentence(line) &&
      (/^share\b(?:\s+(?:this|on|via|the|article|story|page|link)\b|:|$)/i.test(line) || isShareBar(line)),
  },
  {
    name: 'read-more',
    test: (line, words) =>
      words <= MAX_PROMPT_WORDS &&
      (/^(?:click here|continue reading|tap here)\b/i.test(line) ||
        (!endsSentence(line) &&
          /^(?:read more|read next|read also|also read|read the full (?:story|article)|related(?: articles| stories| coverage| content)?:|see also:|more on this story|most read|recommended(?: for you)?)\b/i.test(
            line,
          ))),
  },
  {
    name: 'cookies',
    test: (line, words) =>
      words <= MAX_NOTICE_WORDS &&
      (/^(?:accept|reject|allow|manage|customi[sz]e)\s+(?:all\s+)?cookies\b/i.test(line) ||
        (/\bcookies?\b/i.test(line) &&
          /\b(?:we|our|this (?:site|website)|you)\b/i.test(line) &&
          /\b(?:use|uses|using|accept|consent|policy|settings|preferences|personali[sz]e|experience|browsing)\b/i.test(line))),
  },
  {
    name: 'copyright',
    test: (line, words) =>
      words <= MAX_PROMPT_WORDS && (/^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})/i.test(line) || /\ball rights reserved\b/i.test(line)),
  },
  {
    name: 'advertisement',
    test: (line) =>
      /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid (?:post|content|partnership)|promoted|(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad))(?: advertisement)?|scroll to continue(?: with content)?)$/i.test(
        line.replace(/[^\p{L}\s]/gu, '').trim(),
      ),
  },
  {
    name: 'follow-us',
    test: (line, words) =>
      words <= MAX_PROMPT_WORDS &&
      (/^follow\s+(?:us|@\w+)\b/i.test(line) ||
        /^(?:follow|like|find)\s+(?:us|[\p{L}@]+(?:\s+[\p{L}]+)?)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp|social media)\b/iu.test(
          line,
        )),
  },
  {
    name: 'byline',
    test: (line, words) =>
      words <= MAX_BYLINE_WORDS && !endsSentence(line) && /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+/u.test(line),
  },
  {
    name: 'timestamp',
    test: (line, words) =>
      words <= MAX_TIMESTAMP_WORDS &&
      /\d/.test(line) &&
      !/[.!?]$/.test(line) &&
      (/^(?:published|updated|last updated|posted|first published)\b/i.test(line) || isDateOnly(line)),
  },
  {
    name: 'image-credit',
    test: (line, words) =>
      words <= MAX_PROMPT_WORDS &&
      (/^(?:photo|image|photograph|picture|video|illustration)(?:\s+(?:credit|caption|source))?\s*[:/]/i.test(line) ||
        /^(?:image caption|image source|file photo)\b/i.test(line)),
  },
];

/**
 * The name of the boilerplate rule a block's readable text matches, or null for content.
 *
 * @example
 * boilerplateRule('"*" indicates required fields'); // 'form-notice'
 * boilerplateRule('Share prices fell on Monday.');  // null
 */
export function boilerplateRule(line: string): string | null {
  const words = wordCount(line);
  return BOILERPLATE_RULES.find((rule) => rule.test(line, words))?.name ?? null;
}

const BYLINE_TRAIL = new Set([' ', '\t', '\n', ',', '|', '–', '—', '-']);

/** The name in a byline line ("By Jane Doe" → "Jane Doe"), or null. */
export function bylineName(line: string): string | null {
  const by = /^by\s+/i.exec(line);
  if (!by) return null;
  // Trailing separators are cut by a scan from the end: a regex ending in [\s,|–—-]*$ retries at every one of a long run.
  let end = line.length;
  while (end > by[0].length && BYLINE_TRAIL.has(line[end - 1] ?? '')) end -= 1;
  return end > by[0].length ? line.slice(by[0].length, end) : null;
}

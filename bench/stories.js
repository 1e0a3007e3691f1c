// Synthetic articles for the story-assignment bench: many stories, each with its own words and names, over a
// shared Zipf-distributed background vocabulary, dated across a year. Built directly as AnalyzedArticle
// objects (only what assignment reads: title, body blocks, date, entities), seeded so every run is the same.
import { seededRandom } from '../dist/text/random.js';

/** Background words: a vocabulary the size of a year of news, drawn by Zipf's law. */
const BACKGROUND_WORDS = 30_000;
/** Words and names of one story. */
const STORY_WORDS = 40;
const STORY_NAMES = 4;
/** Body words per article (a short news item) and the share drawn from the story's own words. */
const ARTICLE_WORDS = 250;
const STORY_SHARE = 0.35;
const TITLE_WORDS = 9;
/** Articles per story on average, and the days one story runs. */
const PER_STORY = 5;
const STORY_DAYS = 4;

function syllables(n) {
  const parts = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'bu', 'do', 'fe', 'gi', 'ha', 'ju', 'pe'];
  let s = '';
  let x = n + 16;
  while (x > 0) {
    s += parts[x % 16];
    x = Math.floor(x / 16);
  }
  return s;
}

/**
 * `count` articles in about count / PER_STORY stories.
 *
 * @example
 * const items = syntheticArticles(100_000, 1);
 */
export function syntheticArticles(count, seed) {
  const rand = seededRandom(seed);
  // Zipf: cumulative weights 1/r, sampled by binary search.
  const cumulative = new Float64Array(BACKGROUND_WORDS);
  let total = 0;
  for (let r = 0; r < BACKGROUND_WORDS; r++) cumulative[r] = total += 1 / (r + 1);
  const background = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = BACKGROUND_WORDS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return `w${syllables(lo)}`;
  };
  const stories = Math.ceil(count / PER_STORY);
  const yearStart = Date.parse('2025-01-01');
  const out = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(rand() * stories);
    const word = () => (rand() < STORY_SHARE ? `s${syllables(s)}x${syllables(Math.floor(rand() * STORY_WORDS))}` : background());
    const names = Array.from({ length: STORY_NAMES }, (_, k) => `Name${syllables(s)} Q${syllables(k)}`);
    const body = Array.from({ length: ARTICLE_WORDS }, word).join(' ');
    const title = Array.from({ length: TITLE_WORDS }, word).join(' ');
    const publishedAt = new Date(yearStart + ((s * 7919) % 365) * 86_400_000 + Math.floor(rand() * STORY_DAYS * 86_400_000)).toISOString();
    const id = `bench-${i}`;
    const entities = names.filter(() => rand() < 0.6).map((name) => ({ key: `person:${name}`, type: 'PERSON', name, aliases: [name] }));
    out.push({
      article: { id, source: id, outlet: `outlet-${i % 40}`, title, language: 'en', text: body, blocks: [{ kind: 'paragraph', start: 0, end: body.length }], provenance: [], contentHash: id, publishedAt },
      analysis: { articleId: id, sentences: [], mentions: [], entities, roles: [], quotes: [], claims: [] },
    });
  }
  return out;
}

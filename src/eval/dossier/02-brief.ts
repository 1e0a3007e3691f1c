/**
 * Step 2 of the dossier evaluation: brief all the articles of one gold story
 * together, exactly as `parallax brief` would brief them given as `.json`
 * article files with the same `id`, `title`, `outlet`, `published` and `url`.
 *
 * Each article goes through the same JSON decoding as an input file
 * (`decodeInput`), then the whole pipeline runs in this thread
 * (`runPipeline`) with default options. `parallax brief` runs the analysis in
 * worker threads under a per-article deadline; for articles within it the
 * result is the same, and the scorer must not depend on how busy the machine
 * is, so no deadline applies here.
 *
 * Citations are then scored against the gold by article id and offset, which
 * holds only if every briefed article keeps its gold id and its text is the
 * gold text character for character: both are checked, and a difference
 * throws instead of being scored wrongly.
 */
import { ParallaxError } from '../../errors.js';
import { decodeInput } from '../../ingest/index.js';
import { runPipeline } from '../../pipeline.js';
import type { Brief, RawDocument } from '../../types.js';
import type { DossierGold, DossierGoldArticle } from './01-gold.js';

/** The article as a `.json` input file would hold it: the fields `parallax brief` reads. */
function asInputFile(a: DossierGoldArticle): Record<string, string> {
  const { id, text, title, outlet, published, url } = a;
  return {
    id, text,
    ...(title !== undefined ? { title } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** The path an article is read from: `<story>/<id>.json`, as if the story were a folder of article files. */
const sourceOf = (gold: DossierGold, a: DossierGoldArticle): string => `${gold.story}/${a.id}.json`;

/** Decodes one gold article as its `.json` file, the way ingest reads a file. */
function documentOf(gold: DossierGold, a: DossierGoldArticle, file: string): RawDocument {
  const [doc] = decodeInput(sourceOf(gold, a), new TextEncoder().encode(JSON.stringify(asInputFile(a))));
  if (!doc || doc.id !== a.id) {
    throw new ParallaxError('INPUT_UNREADABLE', `${file}: article "${a.id}" is read as "${doc?.id ?? '(nothing)'}"; citations could not be mapped back to it`);
  }
  return doc;
}

/**
 * Checks that every briefed article is a gold article with the gold text, and
 * that every gold article is either briefed or named as a failure.
 */
function checkArticles(gold: DossierGold, brief: Brief, file: string): void {
  const texts = new Map(gold.articles.map((a) => [a.id, a.text]));
  const briefed = new Set<string>();
  for (const a of brief.stories.flatMap((s) => s.articles)) {
    const text = texts.get(a.id);
    if (text === undefined) throw new ParallaxError('INPUT_UNREADABLE', `${file}: the brief holds an article "${a.id}" the gold does not`);
    if (text !== a.text) {
      throw new ParallaxError('INPUT_UNREADABLE', `${file}: article "${a.id}" was briefed with a text that differs from the gold text; offsets cannot be compared`);
    }
    briefed.add(a.id);
  }
  const failed = new Set(brief.failures.map((f) => f.source));
  for (const a of gold.articles) {
    if (!briefed.has(a.id) && !failed.has(sourceOf(gold, a))) {
      throw new ParallaxError('INPUT_UNREADABLE', `${file}: article "${a.id}" is neither in the brief nor among its failures`);
    }
  }
}

/**
 * The Brief of one gold story's articles; `file` names the gold in errors.
 *
 * @example
 * const result = briefGold(parseDossierGold(readGold(path), path), path);
 * result.stories[0].conflicts; // what the scorer judges
 */
export function briefGold(gold: DossierGold, file: string): Brief {
  const brief = runPipeline(gold.articles.map((a) => documentOf(gold, a, file)));
  checkArticles(gold, brief, file);
  return brief;
}

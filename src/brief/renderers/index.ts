/**
 * Renderers: Brief → text in one of the output formats.
 *
 * Output safety, the same in every format: article text and metadata are untrusted. JSON and
 * JSON-LD are safe inside an HTML script element (`<`, `>`, `&`, U+2028, U+2029 as \u escapes);
 * only absolute http(s) URLs are ever output (others become null or are left out); HTML escapes
 * every interpolation; Markdown escapes what would make a link, HTML or emphasis; Markdown and the
 * digest replace terminal control characters; CSV cells that could start a formula are defused.
 *
 * @example process.stdout.write(renderBrief(brief, 'md'));
 */
import type { Brief } from '../../types.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';
import { renderClaimReview } from './claimreview.js';
import { renderText } from './text.js';
import { safeUrl, scriptSafeJson } from './shared.js';
import { ParallaxError } from '../../errors.js';
import { didYouMean } from '../../text/suggest.js';

export const RENDER_FORMATS = ['md', 'json', 'html', 'claimreview', 'text'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The brief with every article URL that is not absolute http(s) set to null. */
function withSafeUrls(brief: Brief): Brief {
  return {
    ...brief,
    stories: brief.stories.map((s) => ({ ...s, articles: s.articles.map((a) => ({ ...a, url: safeUrl(a.url) })) })),
  };
}

/**
 * The format a name stands for, in any case ("JSON" is `json`); an unknown name throws
 * `UNKNOWN_FORMAT`, suggesting the format it was probably meant to be.
 *
 * @example parseRenderFormat('Html') // 'html'
 */
export function parseRenderFormat(name: string): RenderFormat {
  const lower = name.toLowerCase();
  const found = RENDER_FORMATS.find((f) => f === lower);
  if (found) return found;
  throw new ParallaxError('UNKNOWN_FORMAT', `unknown format "${name}"${didYouMean(name, RENDER_FORMATS)} (use one of: ${RENDER_FORMATS.join(', ')})`);
}

/**
 * Renders the brief; the same brief always gives the same bytes. A format that is not one of
 * `RENDER_FORMATS` throws `UNKNOWN_FORMAT` (callers from JavaScript can pass any string).
 */
export function renderBrief(brief: Brief, format: RenderFormat): string {
  switch (parseRenderFormat(format)) {
    case 'md':
      return renderMarkdown(brief);
    case 'json':
      return scriptSafeJson(withSafeUrls(brief), 2) + '\n';
    case 'html':
      return renderHtml(brief);
    case 'claimreview':
      return scriptSafeJson(renderClaimReview(brief), 2) + '\n';
    case 'text':
      return renderText(brief);
  }
}

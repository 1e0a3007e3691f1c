/**
 * Renderers: Brief → text in one of the output formats.
 *
 * @example process.stdout.write(renderBrief(brief, 'md'));
 */
import type { Brief } from '../../types.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';
import { renderClaimReview } from './claimreview.js';
import { renderText } from './text.js';

export const RENDER_FORMATS = ['md', 'json', 'html', 'claimreview', 'text'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Renders the brief; the same brief always gives the same bytes. */
export function renderBrief(brief: Brief, format: RenderFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(brief);
    case 'json':
      return JSON.stringify(brief, null, 2) + '\n';
    case 'html':
      return renderHtml(brief);
    case 'claimreview':
      return JSON.stringify(renderClaimReview(brief), null, 2) + '\n';
    case 'text':
      return renderText(brief);
  }
}

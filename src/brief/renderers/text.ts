/** The one-paragraph plain-text digest, for a terminal: control characters replaced. */
import type { Brief, StoryBrief } from '../../types.js';
import { keyFacts, outletKeys, terminalText } from './shared.js';

function digest(s: StoryBrief): string {
  const outlets = new Set(outletKeys(s).values()).size;
  const multi = keyFacts(s.facts).length;
  const tail = `(${s.articles.length} articles from ${outlets} outlets; ${multi} facts reported by several outlets, ` +
    `${s.singleSource.length} by one; ${s.conflicts.length} conflicts.)`;
  const head = s.headline && !s.summary.some((x) => x.text === s.headline) ? `${s.headline.replace(/[.!?]?$/, '.')} ` : '';
  return terminalText(`${head}${s.summary.map((x) => x.text).join(' ')} ${tail}`.replace(/\s+/g, ' ').trim());
}

/** Renders every story as one paragraph, stories separated by a blank line. */
export function renderText(brief: Brief): string {
  return brief.stories.map(digest).join('\n\n') + '\n';
}

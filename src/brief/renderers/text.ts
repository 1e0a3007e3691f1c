/** The one-paragraph plain-text digest, for a terminal: control characters replaced. */
import type { Brief, StoryBrief } from '../../types.js';
import { counted, keyFacts, outletKeys, terminalText } from './shared.js';

function digest(s: StoryBrief): string {
  const outlets = new Set(outletKeys(s).values()).size;
  const multi = keyFacts(s.facts).length;
  const tail = `(${counted(s.articles.length, 'article')} from ${counted(outlets, 'outlet')}; ${counted(multi, 'fact')} reported by several outlets, ` +
    `${s.singleSource.length} by one; ${counted(s.conflicts.length, 'conflict')}.)`;
  const head = s.headline && !s.summary.some((x) => x.text === s.headline) ? `${s.headline.replace(/[.!?]?$/, '.')} ` : '';
  return terminalText(`${head}${s.summary.map((x) => x.text).join(' ')} ${tail}`.replace(/\s+/g, ' ').trim());
}

/** Renders every story as one paragraph, stories separated by a blank line. */
export function renderText(brief: Brief): string {
  return brief.stories.map(digest).join('\n\n') + '\n';
}

/**
 * schema.org ClaimReview JSON-LD: one item per conflict the dossier found. Meant to be embedded
 * in a page as `<script type="application/ld+json">`: `renderBrief` serialises it with
 * `scriptSafeJson`, and only http(s) URLs are given as an appearance's `url`.
 */
import type { Brief, Conflict, StoryBrief } from '../../types.js';
import { articleOf, citedText, safeUrl } from './shared.js';

const RATING_NAMES: Record<Conflict['status'], string> = {
  conflict: 'Conflicting reports',
  superseded: 'Superseded',
  changed: 'Changed over time',
};

function review(story: StoryBrief, c: Conflict): Record<string, unknown> {
  const appearance = c.sides.flatMap((side) => side.citations.map((cit) => {
    const a = articleOf(story, cit.articleId);
    const url = safeUrl(a?.url);
    return {
      '@type': 'CreativeWork',
      ...(url ? { url } : {}),
      ...(a?.published ? { datePublished: a.published } : {}),
      publisher: { '@type': 'Organization', name: a?.outlet ?? cit.articleId },
      text: citedText(story, cit),
    };
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: `${c.subject}: ${c.sides.map((s) => s.value).join(' vs ')}`,
    reviewBody: c.reason,
    author: { '@type': 'Organization', name: 'Parallax' },
    reviewRating: { '@type': 'Rating', alternateName: RATING_NAMES[c.status] },
    itemReviewed: { '@type': 'Claim', appearance },
  };
}

/**
 * The JSON-LD array (one ClaimReview per conflict, story order).
 *
 * @example
 * scriptSafeJson(renderClaimReview(brief)); // text for <script type="application/ld+json">
 */
export function renderClaimReview(brief: Brief): Record<string, unknown>[] {
  return brief.stories.flatMap((s) => s.conflicts.map((c) => review(s, c)));
}

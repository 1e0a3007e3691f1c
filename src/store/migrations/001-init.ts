import type { Migration } from './all.js';

/**
 * Articles (latest revision per source), their earlier revisions, and story
 * assignments. `article` holds the Article without its text (the `text`
 * column has it); the tsvector weighs the title above the text.
 */
export const init: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE articles (
  id            text PRIMARY KEY,
  source        text NOT NULL UNIQUE,
  url           text,
  outlet        text NOT NULL,
  title         text NOT NULL,
  published_at  timestamptz,
  language      text NOT NULL,
  content_hash  text NOT NULL,
  revision      integer NOT NULL,
  text          text NOT NULL,
  article       jsonb NOT NULL,
  analysis      jsonb NOT NULL,
  added_at      timestamptz NOT NULL DEFAULT now(),
  search        tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('english', title), 'A') ||
                  setweight(to_tsvector('english', text), 'B')
                ) STORED
);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_search_idx ON articles USING gin (search);

CREATE TABLE article_revisions (
  article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision      integer NOT NULL,
  content_hash  text NOT NULL,
  text          text NOT NULL,
  article       jsonb NOT NULL,
  analysis      jsonb NOT NULL,
  added_at      timestamptz NOT NULL,
  PRIMARY KEY (article_id, revision)
);

CREATE TABLE stories (
  id     text PRIMARY KEY,
  title  text NOT NULL
);

CREATE TABLE story_articles (
  story_id    text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article_idx ON story_articles (article_id);
`,
};

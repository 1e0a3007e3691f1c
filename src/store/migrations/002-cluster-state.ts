import type { Migration } from './all.js';

/**
 * The online story index (the cluster stage's JSON form, one row) and where
 * merged stories went, so `parallax add` assigns only new articles and an
 * old story id keeps resolving after a merge.
 */
export const clusterState: Migration = {
  version: 2,
  name: 'cluster-state',
  sql: `
CREATE TABLE cluster_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  state      jsonb NOT NULL,
  saved_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE story_redirects (
  old_id  text PRIMARY KEY,
  new_id  text NOT NULL
);
`,
};

/** Identity of the JSON dossier schema (`schema/brief.schema.json`). Bump the version when a field changes meaning. */
export const BRIEF_SCHEMA_ID = 'https://parallax.dev/schema/brief/v1.json';
/** Semantic version of the JSON dossier: fields may be added in minor versions, never removed. */
export const BRIEF_SCHEMA_VERSION = '1.1.0';

/**
 * Exports for spreadsheets and scripts: the facts, quotes and actors of a brief as CSV
 * (RFC 4180) or JSON Lines, one row per fact, per quote variant, per actor.
 *
 * Article text is untrusted, so a CSV cell that a spreadsheet could read as a formula gets a
 * leading apostrophe (OWASP, "CSV Injection"): one that starts with a tab, carriage return or
 * NUL, or whose first visible character — after spaces, control and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF) — is = + - @ or their fullwidth or small forms (＝ ＋ － ＠,
 * U+FF1D U+FF0B U+FF0D U+FF20; U+FE66 U+FE62 U+FE63 U+FE6B). JSON Lines keep the values as
 * they are, lists as arrays.
 *
 * @example
 * writeFileSync('facts.csv', renderExport(brief, 'facts', 'csv'));
 */
import type { Brief, Citation, StoryBrief } from '../../types.js';
import { citationLabel, outletKeys } from './shared.js';
import { ParallaxError } from '../../errors.js';

export const EXPORT_TABLES = ['facts', 'quotes', 'actors'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportValue = string | number | boolean | null | string[];
export type ExportRow = Record<string, ExportValue>;

/** RFC 4180 ends records with CRLF; spreadsheets expect it. */
const CSV_RECORD_END = '\r\n';
/** Joins a list inside one CSV cell; article ids and citations never contain it. */
const CSV_LIST_SEPARATOR = '; ';
/** First visible characters that make a spreadsheet evaluate a cell as a formula: = + - @ and their fullwidth and small forms. */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b']);
/** Leading characters a spreadsheet may skip or not show: spaces, control characters (NUL, tab, CR), format characters (zero-width, BOM, word joiner). */
const INVISIBLE_PREFIX = /^[\s\p{Cc}\p{Cf}]*/u;
/** OWASP lists a leading tab and carriage return as triggers themselves; a leading NUL is dropped by some readers. */
const TRIGGER_PREFIX = /^[\t\r\u0000]/;
/** Characters that force a CSV field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** The column order of each table (every row has every column, so CSV headers are fixed). */
const COLUMNS: Record<ExportTable, readonly string[]> = {
  facts: ['story_id', 'fact_id', 'text', 'figure', 'predicate', 'subject', 'outlets', 'independent_outlets', 'single_source', 'sources', 'citations'],
  quotes: ['story_id', 'group_id', 'speaker', 'anonymous', 'article_id', 'outlet', 'kind', 'start', 'end', 'text', 'outlets_in_group'],
  actors: ['story_id', 'actor_id', 'name', 'type', 'aliases', 'roles', 'articles', 'outlets', 'mentions', 'country'],
};

const citationLabels = (cs: Citation[]): string[] => cs.map(citationLabel);

function factRows(story: StoryBrief): ExportRow[] {
  const single = new Set(story.singleSource.map((f) => f.id));
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  return story.facts.map((f) => ({
    story_id: story.id,
    fact_id: f.id,
    text: f.text,
    figure: f.figure?.text ?? null,
    predicate: f.predicate,
    subject: f.subject ? names.get(f.subject) ?? f.subject : null,
    outlets: f.outlets.length,
    independent_outlets: f.independentSources,
    single_source: single.has(f.id),
    sources: f.sources,
    citations: citationLabels(f.citations),
  }));
}

function quoteRows(story: StoryBrief): ExportRow[] {
  const outlets = new Map(story.articles.map((a) => [a.id, a.outlet]));
  const keys = outletKeys(story);
  return story.quoteGroups.flatMap((g) => {
    const inGroup = new Set(g.variants.map((v) => keys.get(v.articleId) ?? v.articleId)).size;
    return g.variants.map((v) => ({
      story_id: story.id,
      group_id: g.id,
      speaker: g.speaker,
      anonymous: g.anonymous,
      article_id: v.articleId,
      outlet: outlets.get(v.articleId) ?? null,
      kind: v.kind,
      start: v.start,
      end: v.end,
      text: v.text,
      outlets_in_group: inGroup,
    }));
  });
}

function actorRows(story: StoryBrief): ExportRow[] {
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  return story.actors.map((a) => ({
    story_id: story.id,
    actor_id: a.id,
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    roles: a.roles.map((r) => (r.status ? `${r.title} (${r.status})` : r.title)),
    articles: a.articleCount,
    outlets: a.outletCount,
    mentions: a.mentionCount,
    country: a.country ? names.get(a.country) ?? a.country : null,
  }));
}

const ROWS: Record<ExportTable, (story: StoryBrief) => ExportRow[]> = { facts: factRows, quotes: quoteRows, actors: actorRows };

/**
 * The rows of one table over every story of the brief, in the brief's order.
 *
 * @example exportRows(brief, 'quotes').filter((r) => r.speaker === 'Ana Ruiz')
 */
export function exportRows(brief: Brief, table: ExportTable): ExportRow[] {
  return brief.stories.flatMap(ROWS[table]);
}

/**
 * True when a spreadsheet could read the cell as a formula (see the module comment).
 *
 * @example
 * isFormulaLike('\u200b＝1+1'); // true
 * isFormulaLike('12 cracks');   // false
 */
export function isFormulaLike(text: string): boolean {
  if (TRIGGER_PREFIX.test(text)) return true;
  const skipped = INVISIBLE_PREFIX.exec(text)?.[0].length ?? 0;
  return FORMULA_TRIGGERS.has(text.charAt(skipped));
}

/**
 * One CSV field: lists joined, a formula-like string defused with a leading apostrophe,
 * quoted when it holds a quote, comma or line break (inner quotes doubled).
 *
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
  if (isFormulaLike(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders one table as CSV (header row, CRLF record ends) or JSON Lines (one object a line).
 * The same brief always gives the same bytes.
 *
 * @example renderExport(brief, 'facts', 'csv').split('\r\n')[0] // 'story_id,fact_id,text,…'
 */
export function renderExport(brief: Brief, table: ExportTable, format: ExportFormat): string {
  if (!EXPORT_TABLES.includes(table) || !EXPORT_FORMATS.includes(format)) {
    throw new ParallaxError('UNKNOWN_FORMAT', `unknown export "${String(table)}" as "${String(format)}" (tables: ${EXPORT_TABLES.join(', ')}; formats: ${EXPORT_FORMATS.join(', ')})`);
  }
  const rows = exportRows(brief, table);
  const columns = COLUMNS[table];
  if (format === 'jsonl') {
    return rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))).map((l) => l + '\n').join('');
  }
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))];
  return lines.map((l) => l + CSV_RECORD_END).join('');
}

/**
 * Reads what an export path asks for: its extension is the format, the last word of its
 * name the table (`facts.csv`, `ukraine-quotes.jsonl`). Null when it names neither.
 *
 * @example exportTarget('out/ukraine-actors.csv') // { table: 'actors', format: 'csv' }
 */
export function exportTarget(path: string): { table: ExportTable; format: ExportFormat } | null {
  const m = /(?:^|[^\p{L}])(facts|quotes|actors)\.(csv|jsonl)$/iu.exec(path.split(/[\\/]/).pop() ?? '');
  if (!m) return null;
  return { table: m[1]!.toLowerCase() as ExportTable, format: m[2]!.toLowerCase() as ExportFormat };
}

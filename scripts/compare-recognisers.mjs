// Runs the example corpus through the rule-based and the model recogniser and prints, per entity type,
// the names both find and the names only one finds. Usage: npm run build && node scripts/compare-recognisers.mjs [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDocuments } from '../dist/pipeline.js';
import { findEntities, recogniseByModel, recogniseByRules } from '../dist/analyze/entities/index.js';
import { splitSentences } from '../dist/analyze/sentences/index.js';

const dir = process.argv[2] ?? 'examples/ukraine-talks';
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
  id: f.replace(/\.txt$/, ''), source: `${dir}/${f}`, format: 'text', content: readFileSync(`${dir}/${f}`, 'utf8'), meta: {},
}));
const recognisers = { rules: recogniseByRules, model: recogniseByModel };
const found = { rules: new Map(), model: new Map() };
for (const { article } of analyzeDocuments(docs).items) {
  const sentences = splitSentences(article);
  for (const [name, recogniser] of Object.entries(recognisers)) {
    for (const e of findEntities(article, sentences, { recogniser }).entities) {
      const byName = found[name].get(e.type) ?? new Map();
      found[name].set(e.type, byName.set(e.name, new Set([...(byName.get(e.name) ?? []), ...e.aliases])));
    }
  }
}
const show = (byName, n) => `${n}${byName.get(n)?.size > 1 ? ` (${[...byName.get(n)].filter((a) => a !== n).join(', ')})` : ''}`;
for (const type of ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC', 'EVENT']) {
  const r = found.rules.get(type) ?? new Map();
  const m = found.model.get(type) ?? new Map();
  const names = [...new Set([...r.keys(), ...m.keys()])].sort();
  if (names.length === 0) continue;
  console.log(`${type}: rules ${r.size}, model ${m.size}`);
  console.log(`  both:       ${names.filter((n) => r.has(n) && m.has(n)).map((n) => show(m, n)).join(' | ')}`);
  console.log(`  rules only: ${names.filter((n) => r.has(n) && !m.has(n)).map((n) => show(r, n)).join(' | ')}`);
  console.log(`  model only: ${names.filter((n) => !r.has(n) && m.has(n)).map((n) => show(m, n)).join(' | ')}`);
}

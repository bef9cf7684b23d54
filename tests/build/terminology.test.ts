/**
 * One term for one thing: every page of the kennisbank and the zelfscan model follow
 * `content/terminology.yaml`. The planted fixture in `tests/fixtures/terminology/` proves the
 * check fails where it should, so a passing run means something.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkPage, type Terminology, type TextUnit } from '../../src/lib/terminology';

const rules = parseYaml(readFileSync('content/terminology.yaml', 'utf8')) as Terminology;

/** The fields a page shows, per collection: headings first, then running text, in reading order. */
const FIELDS: Record<string, { heading: string[]; running: string[] }> = {
  articles: { heading: ['title'], running: ['summary'] },
  terms: { heading: ['term'], running: ['short'] },
  books: { heading: ['title'], running: ['review', 'note'] },
  podcasts: { heading: ['name', 'title'], running: ['description', 'note'] },
  tips: { heading: ['title'], running: ['text'] },
  sources: { heading: ['title', 'subtitle'], running: ['summary'] },
};

/** Keys of the zelfscan model that hold ids, not text. */
const MODEL_ID_KEYS = new Set(['id', 'terms', 'collection', 'sources', 'when', 'version', 'level']);

/** Markdown and HTML reduced to what a reader sees: link text stays, addresses and tags go. */
function visible(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*?|__/g, '');
}

/** Line (1-based) where `text` starts in `raw`, found by its first few words; 1 when not found. */
function lineOf(raw: string, text: string): number {
  const probe = text.trim().split(/\s+/).slice(0, 4).join(' ');
  const at = raw.replace(/\s+/g, ' ').indexOf(probe);
  if (at < 0 || !probe) return 1;
  // Map the index in the collapsed text back to a line by counting collapsed runs.
  let seen = 0;
  let line = 1;
  for (let i = 0; i < raw.length && seen < at; i++) {
    if (/\s/.test(raw[i]!)) {
      while (i + 1 < raw.length && /\s/.test(raw[i + 1]!)) {
        if (raw[i] === '\n') line++;
        i++;
      }
      if (raw[i] === '\n') line++;
    }
    seen++;
  }
  return line;
}

function fieldUnits(data: Record<string, unknown>, fields: { heading: string[]; running: string[] }, raw: string): TextUnit[] {
  const units: TextUnit[] = [];
  for (const kind of ['heading', 'running'] as const)
    for (const field of fields[kind]) {
      const value = data[field];
      for (const text of Array.isArray(value) ? value : value === undefined ? [] : [value])
        if (typeof text === 'string') units.push({ text: visible(text), kind, line: lineOf(raw, text) });
    }
  return units;
}

/** The units of one MDX body: `#` lines are headings, paragraphs are running text. */
function bodyUnits(body: string, offset: number): TextUnit[] {
  const units: TextUnit[] = [];
  const lines = body.split('\n');
  let para: string[] = [];
  let start = 0;
  const flush = () => {
    if (para.length) units.push({ text: visible(para.join('\n')), kind: 'running', line: offset + start + 1 });
    para = [];
  };
  lines.forEach((line, i) => {
    if (/^\s*(import|export)\s/.test(line)) return;
    if (/^#{1,6}\s/.test(line)) {
      flush();
      units.push({ text: visible(line.replace(/^#+\s*/, '')), kind: 'heading', line: offset + i + 1 });
    } else if (line.trim() === '') flush();
    else {
      if (!para.length) start = i;
      para.push(line);
    }
  });
  flush();
  return units;
}

/** Every string of the zelfscan model that a visitor reads (ids and references left out). */
function modelUnits(value: unknown, raw: string, key = ''): TextUnit[] {
  if (MODEL_ID_KEYS.has(key)) return [];
  if (typeof value === 'string') return [{ text: value, kind: 'running', line: lineOf(raw, value) }];
  if (Array.isArray(value)) return value.flatMap((v) => modelUnits(v, raw, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'link' ? [] : modelUnits(v, raw, k)));
  return [];
}

/** Checks every content file under `root`; returns "file:line: message" lines. */
function checkContent(root: string): string[] {
  const out: string[] = [];
  for (const [collection, fields] of Object.entries(FIELDS)) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const raw = readFileSync(join(dir, name), 'utf8');
      const fm = /\.mdx?$/.test(name) ? raw.match(/^---\n([\s\S]*?)\n---\n/) : null;
      const data = (parseYaml(fm ? fm[1]! : raw) ?? {}) as Record<string, unknown>;
      const units = fieldUnits(data, fields, raw);
      if (fm) units.push(...bodyUnits(raw.slice(fm[0].length), fm[0].split('\n').length - 1));
      for (const p of checkPage(units, rules)) out.push(`${collection}/${name}:${p.line}: ${p.message}`);
    }
  }
  const model = join(root, 'assessment', 'model.yaml');
  if (existsSync(model)) {
    const raw = readFileSync(model, 'utf8');
    const units = modelUnits(parseYaml(raw), raw);
    for (const p of checkPage(units, rules, { introduce: false })) out.push(`assessment/model.yaml:${p.line}: ${p.message}`);
  }
  return out;
}

describe('terminology', () => {
  it('every page of the content follows content/terminology.yaml', () => {
    expect(checkContent('content')).toEqual([]);
  });

  it('fails on the planted wrong spellings in the fixture', () => {
    const found = checkContent('tests/fixtures/terminology');
    const text = found.join('\n');
    expect(text).toContain('"CX-er": schrijf CX\'er');
    expect(text).toContain('"pilootproject": schrijf pilotproject');
    expect(text).toContain('"KPI\'s": schrijf kpi\'s');
    expect(text).toContain('"real-time": schrijf realtime');
    expect(text).toContain('"touchpoints": schrijf contactmoment');
    expect(text).toMatch(/"klantreis" staat hier voor het eerst op de pagina/);
    expect(text).toContain('assessment/model.yaml');
    // Allowed forms in the same fixture stay silent.
    expect(text).not.toContain('customer journey map');
    expect(text).not.toMatch(/"kpi's"/);
    expect(found.every((line) => /^[a-z]+\/[\w.-]+:\d+: /.test(line))).toBe(true);
  });
});

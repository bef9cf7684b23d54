/**
 * One term for one thing: checks page text against the spelling rules in `content/terminology.yaml`.
 * Pure (no file system, no DOM); `tests/build/terminology.test.ts` feeds it every content file.
 *
 * A page is a list of text units in reading order. Headings (titles, `##` lines) follow the
 * spelling rules but never carry the "English in brackets" introduction; running text does.
 */

/** A spelling we use and the forms we rule out. */
export interface SpellingRule {
  use: string;
  not: string[];
  /** Match case exactly (e.g. "KPI" is out, "kpi" is in). Default: ignore case. */
  caseSensitive?: boolean;
}

/** One Dutch main word with its English term. */
export interface PairRule {
  /** Dutch forms, e.g. ["klantreis", "klantreizen"]. The first is the main word. */
  dutch: string[];
  /** English forms, e.g. ["customer journey", "customer journeys"]. */
  english: string[];
  /** Names of other things that contain the English term and may stay, e.g. "customer journey map". */
  names?: string[];
}

export interface Terminology {
  spellings: SpellingRule[];
  pairs: PairRule[];
}

/** A piece of a page: a heading or running text, with the line it starts on for messages. */
export interface TextUnit {
  text: string;
  kind: 'heading' | 'running';
  line: number;
}

export interface Problem {
  line: number;
  message: string;
}

/** Escapes a phrase for a RegExp; a space in the phrase matches any run of white space. */
function phrase(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Whole-word alternatives: letters, digits and the apostrophe count as word characters. */
function words(forms: string[], flags: string): RegExp {
  const alt = [...forms].sort((a, b) => b.length - a.length).map(phrase).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alt})(?![\\p{L}\\p{N}'’])`, `${flags}u`);
}

/** Counts newlines before `index`, for a line number inside a unit. */
function lineAt(unit: TextUnit, index: number): number {
  return unit.line + (unit.text.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** Checks one page (its units in reading order) and returns every problem, in order. */
export function checkPage(units: TextUnit[], rules: Terminology, options: { introduce?: boolean } = {}): Problem[] {
  const introduce = options.introduce ?? true;
  const problems: Problem[] = [];

  for (const rule of rules.spellings) {
    const re = words(rule.not, rule.caseSensitive ? 'g' : 'gi');
    for (const unit of units)
      for (const m of unit.text.matchAll(re))
        problems.push({ line: lineAt(unit, m.index), message: `"${m[0]}": schrijf ${rule.use}` });
  }

  for (const pair of rules.pairs) {
    const main = pair.dutch[0] ?? '';
    const english = words(pair.english, 'gi');
    const dutch = words(pair.dutch, 'gi');
    const introduced = new RegExp(`^(?:${words(pair.dutch, '').source})\\s+\\((?:${words(pair.english, '').source})\\)`, 'iu');
    const opensAfterDutch = new RegExp(`(?:${words(pair.dutch, '').source})\\s+\\(\\s*$`, 'iu');
    const names = pair.names?.length ? words(pair.names, 'gi') : undefined;
    let brackets = 0;
    let firstDutchSeen = false;
    for (const unit of units) {
      // Names of other things (e.g. "customer journey map") are blanked out, keeping positions.
      const text = names ? unit.text.replace(names, (s) => ' '.repeat(s.length)) : unit.text;
      for (const m of text.matchAll(english)) {
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + m[0].length);
        const inBrackets = opensAfterDutch.test(before) && /^\s*\)/.test(after);
        if (!inBrackets)
          problems.push({
            line: lineAt(unit, m.index),
            message: `"${m[0]}": schrijf ${main}; de Engelse term staat alleen de eerste keer tussen haakjes, zoals "${main} (${pair.english[0]})"`,
          });
        else if (unit.kind === 'running' && ++brackets > 1)
          problems.push({ line: lineAt(unit, m.index), message: `"${m[0]}" staat al eerder tussen haakjes op deze pagina; schrijf hier alleen ${main}` });
      }
      if (!introduce || unit.kind !== 'running' || firstDutchSeen) continue;
      const first = dutch.exec(text);
      dutch.lastIndex = 0;
      if (!first) continue;
      firstDutchSeen = true;
      if (!introduced.test(text.slice(first.index)))
        problems.push({
          line: lineAt(unit, first.index),
          message: `"${first[0]}" staat hier voor het eerst op de pagina: schrijf "${first[0]} (${pair.english[first[0].toLowerCase() === main ? 0 : pair.english.length - 1]})"`,
        });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

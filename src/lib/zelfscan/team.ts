/**
 * Team view: parse pasted result links (one per line) and compare the answers.
 * Parsing is the only way outside text gets in; it never throws. Every non-empty line ends up
 * either as a participant or in `invalid` with a reason, so the page can list what it skipped.
 */
import { totalItems } from './items';
import { scoreAnswers, isLevel } from './scoring';
import { decodeShare, hasAnswers, type ShareError } from './share';
import type { Answer, Answers, ModelShape } from './types';

/** Most links the team view compares. */
export const TEAM_MAX = 50;
/** Fewest valid links for a comparison. */
export const TEAM_MIN = 2;
/** A spread of this many levels (or more) between two people counts as disagreement. */
export const DISAGREEMENT = 2;

/** Why a line was skipped. */
export type LineError =
  /** No zelfscan link or code on the line. */
  | 'no-code'
  /** A code from another model version. */
  | 'version'
  /** A damaged code (wrong length or characters). */
  | 'damaged'
  /** A valid code without a single answer. */
  | 'no-answers'
  /** More than TEAM_MAX links. */
  | 'too-many';

export interface TeamEntry {
  /** Line number (1-based) in the pasted text. */
  line: number;
  /** Name before the link, if any ("Anna: https://…"); otherwise empty. */
  label: string;
  answers: Answers;
}

export interface InvalidLine {
  line: number;
  /** The line, shortened for display. */
  text: string;
  reason: LineError;
  /** For `version`: the version the link was made with. */
  version?: number;
}

export interface ParsedTeam {
  entries: TeamEntry[];
  invalid: InvalidLine[];
}

/** Longest line we read; longer lines are cut (a real link is well under this). */
const MAX_LINE = 2000;
/** Longest label we keep. */
const MAX_LABEL = 40;

const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Finds the share code on a line and the text around it. */
function splitLine(line: string): { code: string; rest: string } | null {
  const tokens = line.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const hash = tok.lastIndexOf('#');
    const code = hash >= 0 ? tok.slice(hash + 1) : /^v\d+\./.test(tok) ? tok : null;
    if (code !== null && /^v\d+\./.test(code)) {
      return { code, rest: tokens.filter((_, k) => k !== i).join(' ') };
    }
  }
  return null;
}

/** Cleans the text around a link into a label: "Anna:" → "Anna". */
function cleanLabel(rest: string): string {
  return rest
    .replace(/https?:\S*/g, '')
    .replace(/[\s:;,.\-–—|]+$/u, '')
    .replace(/^[\s:;,.\-–—|]+/u, '')
    .trim()
    .slice(0, MAX_LABEL);
}

const REASON: Record<ShareError, LineError> = {
  empty: 'no-code',
  format: 'damaged',
  version: 'version',
  length: 'damaged',
  chars: 'damaged',
};

/** Parses pasted text into participants and skipped lines. Never throws. */
export function parseTeam(shape: ModelShape, input: unknown): ParsedTeam {
  const entries: TeamEntry[] = [];
  const invalid: InvalidLine[] = [];
  if (typeof input !== 'string') return { entries, invalid };
  const lines = input.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.slice(0, MAX_LINE).trim();
    if (line === '') return;
    const number = i + 1;
    const text = shorten(line);
    const found = splitLine(line);
    if (!found) {
      invalid.push({ line: number, text, reason: 'no-code' });
      return;
    }
    const decoded = decodeShare(shape, found.code);
    if (!decoded.ok) {
      invalid.push({
        line: number,
        text,
        reason: REASON[decoded.error],
        ...(decoded.version !== undefined ? { version: decoded.version } : {}),
      });
      return;
    }
    if (!hasAnswers(decoded.answers)) {
      invalid.push({ line: number, text, reason: 'no-answers' });
      return;
    }
    if (entries.length >= TEAM_MAX) {
      invalid.push({ line: number, text, reason: 'too-many' });
      return;
    }
    entries.push({ line: number, label: cleanLabel(found.rest), answers: decoded.answers });
  });
  return { entries, invalid };
}

/** Spread of a set of values: how many, lowest, highest, mean and the disagreement flag. */
export interface Spread {
  n: number;
  /** Lowest and highest value, in the unit of the values (tenths for dimensions, levels for items). */
  min: number | null;
  max: number | null;
  /** Mean in tenths (32 = 3,2), for dimensions and items alike. */
  meanTenths: number | null;
  /** True when max − min is at least DISAGREEMENT levels. */
  disagree: boolean;
}

export interface TeamResult {
  /** Per dimension: each participant's score in tenths (null = onvoldoende beantwoord) and the spread. */
  dimensions: { scores: (number | null)[]; spread: Spread }[];
  /** Per item (model order): each participant's answer and the spread over the levels given. */
  items: { answers: Answer[]; spread: Spread }[];
}

function spreadOf(values: readonly number[], unit: number): Spread {
  if (values.length === 0) return { n: 0, min: null, max: null, meanTenths: null, disagree: false };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const sum = values.reduce((a, b) => a + b, 0);
  // values are integers in `unit`s (tenths → 1, levels → 10 after scaling), so this stays exact.
  const meanTenths = Math.round((sum * (10 / unit)) / values.length);
  return { n: values.length, min, max, meanTenths, disagree: max - min >= DISAGREEMENT * unit };
}

/** Compares the answers of a team. */
export function compareTeam(shape: ModelShape, people: readonly Answers[]): TeamResult {
  const scored = people.map((p) => scoreAnswers(shape, p.items));
  const dimensions = shape.itemCounts.map((_, d) => {
    const scores = scored.map((r) => r.dimensions[d]?.tenths ?? null);
    return { scores, spread: spreadOf(scores.filter((s): s is number => s !== null), 10) };
  });
  const items = Array.from({ length: totalItems(shape.itemCounts) }, (_, i) => {
    const answers = people.map((p) => p.items[i] ?? null);
    return { answers, spread: spreadOf(answers.filter(isLevel), 1) };
  });
  return { dimensions, items };
}

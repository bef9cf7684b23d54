/**
 * Reads pasted rows and words the report, line by line. Loaded on first paste (dynamic import),
 * together with the parser, so neither weighs on the page's first load.
 */
import { MAX_NAME, MAX_TOUCHPOINTS, scaleOf, type Measure } from '../../lib/impactmatrix/fields';
import { formatValue } from '../../lib/impactmatrix/cells';
import { parsePaste, type PasteIssue, type PasteResult } from '../../lib/impactmatrix/paste';
import type { K, T } from './types';

export interface PasteReport {
  /** How many rows went into the table. */
  added: number;
  /** What to say first: rows added, or none found. */
  head: string;
  /** What was not understood, one line each. */
  lines: string[];
}

/** One issue in words. */
export function issueText(t: T, issue: PasteIssue, measure: Measure): string {
  const field = (c: string) => t(`field.${c}` as K);
  switch (issue.kind) {
    case 'header':
      return t('paste.header', { line: issue.line });
    case 'cell': {
      const s = scaleOf(issue.column, measure);
      const vars = { line: issue.line, field: field(issue.column), text: issue.text, min: formatValue(s.min, s), max: formatValue(s.max, s) };
      return issue.error === 'nan' ? t('paste.nan', vars) : t('paste.range', vars);
    }
    case 'missing':
      return t('paste.missing', { line: issue.line, fields: issue.columns.map(field).join(t('and')) });
    case 'no-name':
      return t('paste.noName', { line: issue.line });
    case 'long-name':
      return t('paste.longName', { line: issue.line, max: MAX_NAME });
    case 'extra':
      return t('paste.extra', { line: issue.line });
    case 'full':
      return t('paste.full', { line: issue.line, count: issue.count, max: MAX_TOUCHPOINTS });
    default:
      return t('paste.truncated');
  }
}

/** The report of a paste in words. A lone "header skipped" is no news and is left out. */
export function report(t: T, r: PasteResult, measure: Measure): PasteReport {
  const n = r.rows.length;
  const issues = r.issues.filter((i) => i.kind !== 'header' || r.issues.length > 1);
  const lines = issues.map((i) => issueText(t, i, measure));
  if (n > 0 && r.separator === 'none') lines.unshift(t('paste.noSeparator'));
  return { added: n, head: n === 0 ? t('paste.none') : n === 1 ? t('paste.doneOne') : t('paste.done', { n }), lines };
}

export function read(text: string, measure: Measure, room: number, t: T): { result: PasteResult; report: PasteReport } {
  const result = parsePaste(text, measure, room);
  return { result, report: report(t, result, measure) };
}

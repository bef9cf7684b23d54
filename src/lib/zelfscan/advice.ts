/**
 * Context-aware advice: context answers (sector, size, role) pick advice variants and notes.
 * They never touch the score; see scoring.ts.
 */
import type { ClientAdvice, ClientContextQuestion, ClientNote, ContextAnswers, PageLink, When } from './types';

/** Context answers as ids (question id → option id), from option indexes. Unknown indexes are dropped. */
export function contextIds(questions: readonly ClientContextQuestion[], picked: readonly (number | null)[]): ContextAnswers {
  const out: Record<string, string> = {};
  questions.forEach((q, i) => {
    const p = picked[i];
    const option = p === null || p === undefined ? undefined : q.options[p];
    if (option) out[q.id] = option.id;
  });
  return out;
}

/** Does a `when` condition hold for these context answers? Every listed question must match. */
export function matches(when: When, context: ContextAnswers): boolean {
  return Object.entries(when).every(([q, options]) => {
    const answer = context[q];
    return answer !== undefined && options.includes(answer);
  });
}

/** The advice text and link for this context: the first matching variant, else the base advice. */
export function pickAdvice(advice: ClientAdvice, context: ContextAnswers): { text: string; link: PageLink } {
  const v = advice.variants.find((x) => matches(x.when, context));
  return v ? { text: v.text, link: v.link } : { text: advice.text, link: advice.link };
}

/** The notes that apply to this context, in model order. */
export function notesFor(notes: readonly ClientNote[], context: ContextAnswers): ClientNote[] {
  return notes.filter((n) => matches(n.when, context));
}

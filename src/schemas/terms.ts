/** Schema of a begrip: one MDX file per term in `content/terms/`; the body is the fuller explanation. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text } from './text';

/** Begrippen: the words a new CX professional meets, each with a one-sentence definition. */
export const termSchema = z.object({
  /** The term as it is usually written, e.g. "Net Promoter Score (NPS)". */
  term: text(),
  /** Other names and abbreviations readers may search for. */
  aliases: z.array(text()).default([]),
  /** Definition in one sentence. */
  short: text().max(300, 'houd de korte definitie onder 300 tekens'),
  /** Related begrippen (ids = file names without extension). */
  related: z.array(reference('terms')).default([]),
  /** Source articles this term comes from. */
  sources: z.array(reference('sources')).min(1, 'noem minstens één bron'),
});

/** Schema of a tip: the 3×7 tips to keep CX alive, one YAML file each in `content/tips/`. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TIP_PERSPECTIVES } from '../lib/tip-perspectives';
import { text } from './text';

/** Tips: one tip, numbered within one of the three perspectives. */
export const tipSchema = z.object({
  /** Which of the three perspectives the tip belongs to. */
  perspective: z.enum(TIP_PERSPECTIVES),
  /** Number within its perspective (1–7). */
  number: z.number().int().min(1).max(7),
  /** The tip in a few words. */
  title: text(),
  /** The tip explained in two to four sentences. */
  text: text(),
  /** Source article. */
  source: reference('sources'),
});

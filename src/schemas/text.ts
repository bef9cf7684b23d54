/**
 * Field helpers shared by every content schema (the zelfscan model's too), so a rule for text
 * is written once and a content editor gets the same Dutch message everywhere.
 */
import { z } from 'astro/zod';

/** A non-empty line of text, trimmed. Chain `.max(n, 'houd … onder n tekens')` for a limit. */
export const text = () => z.string().trim().min(1, 'mag niet leeg zijn');

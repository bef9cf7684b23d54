/**
 * The strings of the zelfscan's history and comparison as static JSON: the island fetches them
 * with those parts (see `isLaterKey`), so the page's first load does not carry them.
 */
import type { APIRoute } from 'astro';
import { isLaterKey } from '../../components/zelfscan/strings';
import { stringsFor } from '../../i18n';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(stringsFor('zelfscan.', (key) => !isLaterKey(key))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

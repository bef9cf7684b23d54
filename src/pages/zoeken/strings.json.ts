import type { APIRoute } from 'astro';
import { searchStrings } from '../../components/search/strings-data';

/**
 * The header search dialog's strings (`stringsFor('search.')`), as a file the dialog fetches on
 * first use with its CSS. In every page's HTML they would cost 0.7 kB gzip each time; the
 * /zoeken/ page itself carries them inline (SearchStrings.astro).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchStrings()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

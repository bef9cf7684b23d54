/**
 * The zelfscan advice as static JSON. The island fetches it after the first interaction, so
 * the page itself stays small (see AdviceBundle in src/lib/zelfscan/types.ts).
 */
import type { APIRoute } from 'astro';
import { loadModel } from '../../components/zelfscan/load-model';

export const GET: APIRoute = async () => {
  const { advice } = await loadModel();
  return new Response(JSON.stringify(advice), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

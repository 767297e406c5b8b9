import type { APIRoute } from 'astro';
import { archive } from '../../lib/content';
import { sourceReports, type SearchInput } from '../../lib/search/input';

/**
 * The search index's input (src/lib/search/input.ts): the reports, the programmes and the
 * English translations, from the content layer. Read and removed by the search integration
 * after the build; never published.
 */
export const GET: APIRoute = async () => {
  const { reports, programmes, translations } = await archive();
  const input: SearchInput = { reports: sourceReports(reports), programmes, translations: [...translations.values()] };
  return new Response(JSON.stringify(input), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/**
 * The raw captures, served byte for byte: /sources/000_135aae545a4bb161.txt.
 * Read as Buffers, never decoded, so even broken bytes survive.
 */
const SOURCES_DIR = path.resolve(process.cwd(), 'content/sources');

export const getStaticPaths = (async () => {
  const files = (await readdir(SOURCES_DIR)).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort();
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file;
  if (!file || file.includes('/') || file.includes('..')) return new Response(null, { status: 404 });
  const bytes = await readFile(path.join(SOURCES_DIR, file));
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

/**
 * A report's slug: its address (/reports/<slug>/) and the name of its files under content/.
 * Lower-case words joined by hyphens, and never a word the site's own paths under reports/
 * use: the list of all reports puts its later pages at /reports/page/2/, which a report
 * named `page` would collide with.
 */
import { z } from 'zod';

/** The folder of the list of all reports' later pages (reports/page/<n>/). */
export const REPORTS_PAGE_FOLDER = 'page';

/** Words under reports/ that are the site's own and so no report's slug. */
export const RESERVED_SLUGS: readonly string[] = [REPORTS_PAGE_FOLDER];

export const reportSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens')
  .refine((slug) => !RESERVED_SLUGS.includes(slug), {
    message: `a slug may not be ${RESERVED_SLUGS.map((s) => `"${s}"`).join(' or ')}: /reports/${REPORTS_PAGE_FOLDER}/ holds the list of all reports' later pages`,
  });

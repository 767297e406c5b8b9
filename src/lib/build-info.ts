/**
 * When this copy of the site was built. Citations use it as their access date (GB/T
 * 7714's 引用日期, Chicago's "Accessed"): the text a reader cites is the text of this
 * build. ARCHIVE_BUILD_DATE=YYYY-MM-DD fixes it (reproducible builds); otherwise it is the
 * day the build ran, in UTC.
 */
function buildDate(): string {
  const fixed = process.env.ARCHIVE_BUILD_DATE?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
      throw new Error(`ARCHIVE_BUILD_DATE must be a date, YYYY-MM-DD (it is "${fixed}")`);
    }
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

/** The build date, YYYY-MM-DD (UTC). */
export const BUILD_DATE: string = buildDate();

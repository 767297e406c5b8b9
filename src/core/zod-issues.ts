/** A failed parse's issues on one line, `field.path: message; …`, for the errors of the cleaning pipeline and `npm run add`. */
export function issueSummary(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

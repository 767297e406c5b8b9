/**
 * The link checks of browse.spec.ts on the site built for a sub-folder (BASE_PATH=/archive/,
 * dist-base/, the `test-build` project in playwright.config.ts).
 */
import { defineBrowseLinkTests } from './support/links';

defineBrowseLinkTests('/archive/');

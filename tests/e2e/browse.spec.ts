/**
 * The ways into the archive, on the root build: home, province and region pages, their
 * index pages and links. The same checks run under a base path in browse-base-path.spec.ts.
 */
import { defineBrowseLinkTests } from './support/links';

defineBrowseLinkTests('/');

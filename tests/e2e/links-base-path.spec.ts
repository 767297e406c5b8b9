/** No broken internal link or fragment in the base-path build (dist-base/, served under /archive/). */
import { defineLinkCheck } from './support/define-link-check';

// The test build's /_test/uncurated/ shows a report's programme panels without its text,
// so the panels' links to the text's paragraphs have nothing to land on there.
defineLinkCheck('dist-base', '/archive/', ['_test/uncurated/']);

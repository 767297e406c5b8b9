/** No broken internal link or fragment in the base-path build (dist-base/, served under /archive/). */
import { defineLinkCheck } from './support/define-link-check';

defineLinkCheck('dist-base', '/archive/');

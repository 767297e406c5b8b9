/** No broken internal link or fragment in the root build (dist/). */
import { defineLinkCheck } from './support/define-link-check';

defineLinkCheck('dist', '/');

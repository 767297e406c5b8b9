// The search page (src/pages/search/index.astro) asks for this before it first paints:
// with a query in its address, the results' place is held from the first frame, so the
// results, when they come, push nothing on screen down (a layout shift).
/* global document, location, URLSearchParams -- a classic script in the browser */
if (new URLSearchParams(location.search).get('q')?.trim()) document.documentElement.setAttribute('data-search-query', '');

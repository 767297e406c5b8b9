/** What `npm run add` says when run with no arguments. */
import { NAMING_RULE } from './source-name';

export const USAGE = `npm run add -- <capture-file> --slug <slug> --province <id> --recipient <id> [--recipient <id>…] [--city <name>] [--script zh-Hans|zh-Hant]

Adds a raw web capture to the archive as a draft report, and prints a review table.

  <capture-file>   the page's text exactly as saved (UTF-8); it is copied, never edited
  --slug           the report's address: lower-case words joined by hyphens (tianjin-hotan)
  --province       the supporting province or municipality: an id of content/gazetteer.json (tianjin)
  --recipient      a receiving region: a prefecture of Xinjiang or an XPCC division (hotan,
                   xpcc-14th-division); the first is the primary one; repeat for more
  --city           the city that leads the programme, as the report prints it (东营市); one of
                   the province's cities in content/gazetteer.json
  --script         zh-Hans or zh-Hant; left out, it is detected (characters only one script uses)

Naming: ${NAMING_RULE}

It writes, and nothing else:
  content/sources/NNN_<hex>.txt      the capture
  content/captures/NNN.yaml          a draft configuration (status: draft): the proposed first and
                                     last lines of the article and a title rule; the default rules
                                     read dateline, outlet and people; lines outside the article that
                                     no rule names are dropped as "outside the article, not yet reviewed"
  content/programmes/<slug>.json     province, lead city and recipients, with draft English names
                                     from the gazetteer; no figures yet
  content/reports/<slug>.mdx         the cleaned report, and
  content/ledgers/<slug>.json        its ledger, as \`npm run clean\` makes them

Bad input (unknown id, slug in use, capture already archived, missing file, bad script)
stops it with a message, before anything is written. Then review the table, the draft and
the programme file as README.md, “Adding a report”, says.`;

/**
 * UI strings of the search area. Keys start with `search.`. The page hands them to the search
 * UI as data (src/components/search/SearchStrings.astro): keep them to search strings.
 */
export const search = {
  'search.open': 'Zoeken',
  'search.dialogTitle': 'Zoeken',
  'search.close': 'Sluiten',
  'search.label': 'Zoek in begrippen, gidsen, boeken, podcasts en tips',
  'search.placeholder': 'Bijvoorbeeld klantreis, NPS of vlieg',
  'search.filters': 'Soort',
  /** Preferred order of the type chips (the values of the Pagefind `type` filter). */
  'search.typeOrder': 'Begrip,Gids,Boek,Podcast,Tip,Tool,Bron,Pagina',
  'search.loading': 'Zoekindex laden…',
  'search.error.title': 'Zoeken lukt nu niet.',
  'search.error': 'Laad de pagina opnieuw, of blader door de {link}.',
  'search.count.one': '1 resultaat voor “{q}”',
  'search.count.other': '{n} resultaten voor “{q}”',
  'search.count.filtered': '{n} van {total} resultaten voor “{q}”',
  'search.countAll.one': '1 pagina van deze soort',
  'search.countAll.other': '{n} pagina’s van deze soort',
  'search.more': 'Meer resultaten',
  'search.subResults': 'Kopjes op deze pagina',
  'search.empty.title': 'Waar ben je naar op zoek?',
  'search.empty.text':
    'Typ een woord of een deel ervan. Zoeken werkt ook met een stukje van een samengesteld woord: “beleving” vindt klantbeleving.',
  'search.empty.examples': 'Probeer:',
  'search.examples': 'klantreis,NPS,vlieg,contactreductie',
  'search.empty.browse': 'Of blader door de {link}.',
  'search.empty.browseLink': 'begrippenlijst',
  'search.none.title': 'Niets gevonden voor “{q}”.',
  'search.none.tips': 'Controleer de spelling, gebruik minder woorden of alleen het begin van een woord.',
  'search.none.browse': 'Staat het woord er niet bij? Kijk in de {link}.',
  'search.none.filtered.one': 'Zonder filter is er 1 resultaat.',
  'search.none.filtered.other': 'Zonder filter zijn er {n} resultaten.',
  'search.clearFilters': 'Filter wissen',
  /** A query word is on no page; the results shown are for the correction ({fix}). */
  'search.suggest.applied': 'Bedoelde je {fix}? Je ziet de resultaten voor dat woord.',
  'search.suggest.exact': 'Zoek toch op “{q}”',
  /** After "Zoek toch op": the correction as a button in place of {fix}. */
  'search.suggest.ask': 'Bedoelde je {fix}?',
  'search.fullPage': 'Open de zoekpagina',
  'search.keys': '↑ ↓ kiezen · Enter openen · Esc sluiten',
  'search.shortcut': 'Sneltoets: Ctrl K of /',
  'search.page.title': 'Zoeken',
  'search.page.description':
    'Zoek in alle begrippen, gidsen, boeken, podcasts en tips van CX Wegwijzer. Ook op een deel van een woord, zoals “beleving” of “reis”.',
  'search.page.intro': 'Zoek in alle begrippen, gidsen, boeken, podcasts en tips.',
  'search.nojs.text': 'Zoeken werkt met JavaScript, en dat staat in je browser uit. Je vindt alles ook via de overzichten:',
  'search.nojs.begrippen': 'Begrippen van A tot Z',
  'search.nojs.kennisbank': 'Kennisbank met gidsen',
  'search.nojs.boeken': 'Boeken',
  'search.nojs.podcasts': 'Podcasts',
} as const;

/** UI strings of the offline page (shown by the service worker for a page it does not have). Keys start with `offline.`. */
export const offline = {
  'offline.title': 'Je bent offline',
  'offline.description': 'Zonder internet werken de zelfscan, de klantwaardecalculator en de pagina’s die je al eerder opende.',
  'offline.text': 'Deze pagina heb je nog niet geopend toen je online was. Daarom kunnen we hem nu niet laten zien.',
  'offline.available': 'Dit werkt ook zonder internet',
  'offline.none': 'Er staat nog niets op dit apparaat. Open de site één keer met internet, dan werken de tools daarna ook zonder.',
  'offline.later': 'Heb je weer internet? Dan werkt alles weer zoals altijd.',
  'offline.retry': 'Opnieuw proberen',
} as const;

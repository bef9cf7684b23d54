/**
 * Entry of the lazily loaded search UI for the header. SearchButton.astro gets this file's
 * URL at build time (Vite's `?worker&url`, which bundles it into ONE self-contained file) and
 * `import()`s it on first use. Being a single file with no shared chunks means the header
 * script has no imports at all, so Astro inlines it: zero extra requests before interaction.
 * The bundle talks back through a custom element, as it exports nothing.
 */
import { openSearchDialog } from './dialog';

class SearchDialogHost extends HTMLElement {
  /** Opens the dialog with the strings at `stringsUrl` (see ./strings.ts); `button` gets focus back afterwards. */
  open(button: HTMLElement, stringsUrl: string): Promise<void> {
    return openSearchDialog(button, stringsUrl);
  }
}
if (!customElements.get('cx-search-dialog')) customElements.define('cx-search-dialog', SearchDialogHost);

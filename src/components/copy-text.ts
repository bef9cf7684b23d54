/**
 * Copies text to the clipboard, the one way every tool does it. Where the Clipboard API is
 * missing or refused (insecure context, old browser, denied permission) the given input is
 * selected instead, so Ctrl+C / long-press copies it: the caller then shows "select and copy".
 */
export async function copyText(text: string, fallback?: HTMLInputElement | HTMLTextAreaElement | null): Promise<'copied' | 'fallback'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    fallback?.select();
    return 'fallback';
  }
}

/** The browser half of `client:event` (see ./client-event.ts). Inlined into the page by Astro. */
import type { ClientDirective } from 'astro';

const directive: ClientDirective = (load, { value }) => {
  const name = String(value);
  const start = async (event: Event) => {
    removeEventListener(name, start);
    try {
      await (await load())();
      // The island listens now: hand it what the tool sent.
      dispatchEvent(new CustomEvent(name, { detail: (event as CustomEvent).detail }));
    } catch {
      addEventListener(name, start); // offline or blocked: try again on the next event
    }
  };
  addEventListener(name, start);
};

export default directive;

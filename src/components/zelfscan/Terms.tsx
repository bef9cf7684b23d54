/** "Begrippen: …": the jargon of a dimension, each linked to its page in the kennisbank. */
import { withBase } from '../../lib/url';
import type { ClientDimension } from '../../lib/zelfscan/types';
import type { T } from './strings';

export default function Terms({ t, terms }: { t: T; terms: ClientDimension['terms'] }) {
  if (terms.length === 0) return null;
  return (
    <p class="zs-terms">
      {t('terms')}{' '}
      {terms.map((term, i) => (
        <>
          {i > 0 && ' · '}
          <a href={withBase(term.path)}>{term.title}</a>
        </>
      ))}
    </p>
  );
}

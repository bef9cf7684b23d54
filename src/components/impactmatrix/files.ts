/**
 * Download and open files (DOM helpers). The file formats load on first use (dynamic import of
 * src/lib/impactmatrix/files.ts), so they cost the page nothing until someone needs them.
 */
import type { Matrix } from '../../lib/impactmatrix/fields';
import type { Dropped } from '../../lib/impactmatrix/link';
import { analyse } from '../../lib/impactmatrix/model';
import { csvLabels } from './labels';
import { tk, type T } from './types';

/** A file name from the matrix's title: "impactmatrix-autoverzekering.csv". */
function fileName(m: Matrix, t: T, ext: string): string {
  const slug = m.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${t('files.name')}${slug ? `-${slug}` : ''}.${ext}`;
}

/** Offers the matrix as a CSV or JSON download. */
export async function download(kind: 'csv' | 'json', m: Matrix, t: T): Promise<void> {
  const { toCsv, toJson } = await import('../../lib/impactmatrix/files');
  const text = kind === 'csv' ? toCsv(m, analyse(m).ranking.ranked, csvLabels(t, m.measure)) : toJson(m);
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName(m, t, kind);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

export type Opened = { ok: true; matrix: Matrix; dropped: Dropped[]; newer: number | null } | { ok: false; message: string };

/** Reads a JSON file chosen by the visitor; a problem comes back as a Dutch message. */
export async function openFile(file: File, t: T): Promise<Opened> {
  const { parseJson } = await import('../../lib/impactmatrix/files');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t('files.error.read') };
  }
  const r = parseJson(text);
  return r.ok ? r : { ok: false, message: tk(t, `files.error.${r.error}`) };
}

/**
 * Downloads of one result: CSV (opens in Excel with Dutch settings: `;` between cells, decimal
 * comma, UTF-8 with BOM) and JSON. Pure builders; the island turns the text into a Blob.
 * Words come in through `labels`, so this file holds no UI text.
 */
import { eachItem, itemsOf } from './items';
import { formatTenths, isLevel, type ScanResult } from './scoring';
import { DONT_KNOW, type Answer, type Answers, type ClientItem, type ClientModel } from './types';

export interface ExportLabels {
  /** CSV column headers: kind, dimension, question, answer, level, score. */
  headers: readonly [string, string, string, string, string, string];
  kindContext: string;
  kindItem: string;
  kindDimension: string;
  kindTotal: string;
  kindLink: string;
  dontKnow: string;
  notAnswered: string;
  insufficient: string;
}

export interface ExportInput {
  model: ClientModel;
  answers: Answers;
  result: ScanResult;
  /** The share link written out. */
  link: string;
  /** Date of the export, `YYYY-MM-DD`. */
  date: string;
}

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const levelName = (model: ClientModel, level: number | null) =>
  level === null ? '' : (model.levels[level - 1]?.name ?? String(level));

/** The answer as words: the chosen option, "Weet ik niet", or `none` when not answered. */
function answerText<N>(item: ClientItem, a: Answer, dontKnow: string, none: N): string | N {
  if (a === DONT_KNOW) return dontKnow;
  return isLevel(a) ? (item.options[a - 1] ?? none) : none;
}

/** Flat rows of one result: context, every item, every dimension, the total and the link. */
function exportRows(input: ExportInput, labels: ExportLabels): (string | number | null)[][] {
  const { model, answers, result, link } = input;
  const rows: (string | number | null)[][] = [];
  model.context.forEach((q, i) => {
    const p = answers.context[i];
    const option = p === null || p === undefined ? undefined : q.options[p];
    rows.push([labels.kindContext, '', q.question, option ? option.label : labels.notAnswered, null, null]);
  });
  for (const { item, dimension, index } of eachItem(model.dimensions)) {
    const a = answers.items[index] ?? null;
    const text = a === null ? labels.notAnswered : answerText(item, a, labels.dontKnow, '');
    rows.push([labels.kindItem, model.dimensions[dimension]?.name ?? '', item.statement, text, isLevel(a) ? a : null, null]);
  }
  model.dimensions.forEach((d, i) => {
    const s = result.dimensions[i];
    const tenths = s?.tenths ?? null;
    rows.push([
      labels.kindDimension,
      d.name,
      '',
      tenths === null ? labels.insufficient : levelName(model, s?.level ?? null),
      s?.level ?? null,
      tenths === null ? null : formatTenths(tenths),
    ]);
  });
  const o = result.overall;
  rows.push([
    labels.kindTotal,
    '',
    '',
    o.tenths === null ? labels.insufficient : levelName(model, o.level),
    o.level,
    o.tenths === null ? null : formatTenths(o.tenths),
  ]);
  rows.push([labels.kindLink, '', '', link, null, null]);
  return rows;
}

/** The CSV text, with BOM and CRLF line ends. */
export function toCsv(input: ExportInput, labels: ExportLabels): string {
  const lines = [labels.headers, ...exportRows(input, labels)].map((r) => r.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const score = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** The JSON export: plain data with Dutch keys, scores as numbers (null when not scored). */
export function toJsonExport(input: ExportInput, labels: Pick<ExportLabels, 'dontKnow'>) {
  const { model, answers, result, link, date } = input;
  return {
    zelfscan: model.title,
    versie: model.version,
    datum: date,
    link,
    context: model.context.map((q, i) => {
      const p = answers.context[i];
      const option = p === null || p === undefined ? undefined : q.options[p];
      return { vraag: q.question, antwoord: option ? option.label : null };
    }),
    totaal: {
      score: score(result.overall.tenths),
      niveau: result.overall.level,
      niveaunaam: result.overall.level === null ? null : levelName(model, result.overall.level),
    },
    onderdelen: model.dimensions.map((d, i) => {
      const s = result.dimensions[i];
      return {
        id: d.id,
        naam: d.name,
        score: score(s?.tenths ?? null),
        niveau: s?.level ?? null,
        niveaunaam: s?.level ? levelName(model, s.level) : null,
        beantwoord: s?.answered ?? 0,
        weetIkNiet: s?.dontKnow ?? 0,
        vragen: d.items.length,
        antwoorden: itemsOf(model.dimensions, i).map(({ item, index }) => {
          const a = answers.items[index] ?? null;
          return {
            id: item.id,
            vraag: item.statement,
            niveau: isLevel(a) ? a : null,
            antwoord: answerText(item, a, labels.dontKnow, null),
          };
        }),
      };
    }),
  };
}

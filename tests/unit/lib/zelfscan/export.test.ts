import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJsonExport, type ExportLabels } from '../../../../src/lib/zelfscan/export';
import { scoreAnswers } from '../../../../src/lib/zelfscan/scoring';
import { shapeOf, type Answers, type ClientModel } from '../../../../src/lib/zelfscan/types';

const model: ClientModel = {
  version: 1,
  title: 'Test',
  levels: ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'].map((name, i) => ({ level: i + 1, name })),
  context: [{ id: 'rol', question: 'Rol?', options: [{ id: 'a', label: 'A; met puntkomma' }, { id: 'b', label: 'B' }] }],
  dimensions: [
    {
      id: 'd1',
      name: 'Eerste',
      intro: '',
      terms: [],
      items: [
        { id: 'i1', statement: 'Vraag "een"', options: ['o1', 'o2', '=SUM(A1)', 'o4', 'o5'] },
        { id: 'i2', statement: 'Vraag twee', options: ['p1', 'p2', 'p3', 'p4', 'p5'] },
      ],
    },
    {
      id: 'd2',
      name: 'Tweede',
      intro: '',
      terms: [],
      items: [
        { id: 'i3', statement: 'Vraag drie', options: ['q1', 'q2', 'q3', 'q4', 'q5'] },
        { id: 'i4', statement: 'Vraag vier', options: ['r1', 'r2', 'r3', 'r4', 'r5'] },
      ],
    },
  ],
};
const answers: Answers = { context: [0], items: [3, 4, 0, null] };
const result = scoreAnswers(shapeOf(model), answers.items);
const labels: ExportLabels = {
  headers: ['Soort', 'Onderdeel', 'Vraag', 'Antwoord', 'Niveau', 'Score', 'Doel', 'Notitie'],
  kindContext: 'Context',
  kindItem: 'Vraag',
  kindDimension: 'Onderdeel',
  kindTotal: 'Totaal',
  kindLink: 'Link',
  dontKnow: 'Weet ik niet',
  notAnswered: 'Niet beantwoord',
  insufficient: 'Onvoldoende beantwoord',
};
const input = {
  model,
  answers,
  result,
  targets: [4, null],
  notes: ['', 'Anna; "teamleider"\nen Cem', '', '=gevaarlijk'],
  link: 'https://x.nl/zelfscan/#v1.1.340-',
  code: 'v1.1.340-.2.t4-.n~Anna',
  date: '2026-11-23',
  name: 'nulmeting',
};

describe('csvCell', () => {
  it.each([
    ['gewoon', 'gewoon'],
    ['met;puntkomma', '"met;puntkomma"'],
    ['met "quote"', '"met ""quote"""'],
    ['regel\nnieuw', '"regel\nnieuw"'],
    ['=1+1', "'=1+1"],
    ['-5', "'-5"],
    [3, '3'],
    [null, ''],
  ])('%j → %j', (v, out) => expect(csvCell(v)).toBe(out));
});

describe('toCsv', () => {
  const csv = toCsv(input, labels);
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  it('starts with a BOM and a header', () => {
    expect(csv.startsWith('\uFEFFSoort;Onderdeel;Vraag;Antwoord;Niveau;Score;Doel;Notitie\r\n')).toBe(true);
  });
  it('has context, items (with notes), dimensions (with targets), total and link', () => {
    expect(lines).toEqual([
      'Soort;Onderdeel;Vraag;Antwoord;Niveau;Score;Doel;Notitie',
      'Context;;Rol?;"A; met puntkomma";;;;',
      `Vraag;Eerste;"Vraag ""een""";'=SUM(A1);3;;;`,
      'Vraag;Eerste;Vraag twee;p4;4;;;"Anna; ""teamleider""\nen Cem"',
      'Vraag;Tweede;Vraag drie;Weet ik niet;;;;',
      "Vraag;Tweede;Vraag vier;Niet beantwoord;;;;'=gevaarlijk",
      'Onderdeel;Eerste;;Drie;3;3,5;4;',
      'Onderdeel;Tweede;;Onvoldoende beantwoord;;;;',
      'Totaal;;;Drie;3;3,5;;',
      'Link;;;https://x.nl/zelfscan/#v1.1.340-;;;;',
    ]);
  });
});

describe('toJsonExport', () => {
  it('gives plain data with numbers and nulls, no NaN', () => {
    const j = toJsonExport(input, labels);
    expect(j.totaal).toEqual({ score: 3.5, niveau: 3, niveaunaam: 'Drie' });
    expect(j.onderdelen[1]).toMatchObject({ score: null, niveau: null, beantwoord: 0, weetIkNiet: 1, vragen: 2 });
    expect(j.onderdelen[1]?.antwoorden[0]).toEqual({ id: 'i3', vraag: 'Vraag drie', niveau: null, antwoord: 'Weet ik niet', notitie: '' });
    expect(j.onderdelen[1]?.antwoorden[1]).toEqual({ id: 'i4', vraag: 'Vraag vier', niveau: null, antwoord: null, notitie: '=gevaarlijk' });
    expect(j.onderdelen[0]).toMatchObject({ doel: 4 });
    expect(j).toMatchObject({ soort: 'zelfscan-uitslag', naam: 'nulmeting', code: 'v1.1.340-.2.t4-.n~Anna', datum: '2026-11-23' });
    expect(j.context).toEqual([{ vraag: 'Rol?', antwoord: 'A; met puntkomma' }]);
    expect(JSON.stringify(j)).not.toMatch(/NaN|Infinity/);
  });
});

import { storageStrings } from './common';

/** UI strings of the tips area (3×7 tips and the checklist). Keys start with `tips.`. */
export const tips = {
  'tips.title': '3 × 7 tips om klantbeleving levend te houden',
  'tips.description': 'Eenentwintig tips om klantgerichte initiatieven op gang te krijgen, gaande te houden en te steunen als management. Vink af wat je al doet.',
  'tips.intro': 'Veel initiatieven voor klantbeleving starten vol energie en stranden daarna. Deze 21 tips helpen je het vol te houden. Vink aan wat je al doet: je vinkjes blijven alleen in deze browser.',
  'tips.perspective.levend-krijgen': 'Klantbeleving levend krijgen',
  'tips.perspective.levend-houden': 'Klantbeleving levend houden',
  'tips.perspective.management': 'Voor management en directie',
  'tips.done': 'Gedaan',
  'tips.progress': '{done} van {total} tips afgevinkt',
  'tips.reset': 'Vinkjes wissen',
  'tips.storageError': storageStrings['storage.notSaved'],
  'tips.newer': storageStrings['storage.newer'],
  'tips.unreadable': storageStrings['storage.unreadable'],
  'tips.noScript': 'Vinkjes zetten kan alleen met JavaScript aan. De tips zelf kun je altijd lezen.',
  'tips.tip': 'Tip {n}',
  'tips.breadcrumb': 'Tips',
  'tips.allTips': 'Alle 21 tips',
} as const;

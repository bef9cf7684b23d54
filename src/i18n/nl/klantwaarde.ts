/** UI strings of the klantwaarde area. Keys start with `klantwaarde.`. */
import { storageStrings } from './common';
export const klantwaarde = {
  // Page only (the Astro page; not passed to the island)
  'klantwaarde.page.title': 'Klantwaarde berekenen',
  'klantwaarde.page.description':
    'Reken uit wat een ontevreden, tevreden en zeer tevreden klant je oplevert, inclusief mond-tot-mondreclame. Met je eigen cijfers en te delen via een link.',
  'klantwaarde.page.intro':
    'Hoeveel meer levert een tevreden klant op dan een ontevreden klant? Met deze rekenhulp zie je het in euro’s, met je eigen cijfers. Zo onderbouw je je business case voor klantbeleving.',
  'klantwaarde.page.terms.before': 'We verdelen klanten zoals de ',
  'klantwaarde.page.terms.link': 'Net Promoter Score (NPS)',
  'klantwaarde.page.terms.after':
    ' dat doet: ontevreden klanten (detractors), tevreden klanten (passives) en zeer tevreden klanten (promoters).',
  'klantwaarde.page.source.before': 'Het rekenmodel en het voorbeeld komen uit de bron ',
  'klantwaarde.page.source.after': '.',
  'klantwaarde.page.noscript':
    'De rekenhulp werkt alleen met JavaScript. Hieronder zie je het voorbeeld uit het artikel, helemaal uitgerekend.',
  'klantwaarde.page.example.title': 'Het voorbeeld uit het artikel',
  'klantwaarde.page.example.intro':
    'In het artikel is een ontevreden klant {d} waard, een tevreden klant {p} en een zeer tevreden klant {z}. Daarna komt mond-tot-mondreclame erbij: een ontevreden klant houdt {kept} mogelijke klanten tegen en een zeer tevreden klant brengt er {brought} aan. Elk van die klanten telt voor de waarde van een tevreden klant.',
  'klantwaarde.page.example.chosen':
    'Het artikel noemt alleen de klantwaarde per soort klant. De winst per jaar en het aantal jaren hebben wij gekozen, zo dat je precies op de bedragen van het artikel uitkomt. Het klantenbestand en het scenario zijn ook voorbeelden van ons.',
  'klantwaarde.page.example.formula':
    'Klantwaarde = winst per jaar × aantal jaren klant. Per saldo = klantwaarde − tegengehouden klanten × waarde van een tevreden klant (ontevreden), of + aangebrachte klanten × die waarde (zeer tevreden).',

  // Segments
  'klantwaarde.segment.detractor': 'Ontevreden klant',
  'klantwaarde.segment.passive': 'Tevreden klant',
  'klantwaarde.segment.promoter': 'Zeer tevreden klant',
  'klantwaarde.segment.detractor.nps': 'detractor',
  'klantwaarde.segment.passive.nps': 'passive',
  'klantwaarde.segment.promoter.nps': 'promoter',
  'klantwaarde.segment.short.detractor': 'Ontevreden',
  'klantwaarde.segment.short.passive': 'Tevreden',
  'klantwaarde.segment.short.promoter': 'Zeer tevreden',

  // Table
  'klantwaarde.table.caption': 'Waarde per klant, per soort klant',
  'klantwaarde.table.segment': 'Soort klant',
  'klantwaarde.table.profit': 'Winst per jaar',
  'klantwaarde.table.years': 'Jaren klant',
  'klantwaarde.table.lifetime': 'Klantwaarde',
  'klantwaarde.table.referral': 'Effect van aanbevelen',
  'klantwaarde.table.adjusted': 'Per saldo',

  // Inputs
  'klantwaarde.inputs.title': 'Jouw cijfers',
  'klantwaarde.inputs.toResults': 'Naar de uitkomst',
  'klantwaarde.inputs.help': 'Typ bedragen zoals je gewend bent: 1.000 of 12,50. De uitkomst verandert meteen.',
  'klantwaarde.field.profit': 'Winst per klant per jaar',
  'klantwaarde.field.years': 'Aantal jaren klant',
  'klantwaarde.fieldset.referral': 'Mond-tot-mondreclame',
  'klantwaarde.field.keptAway': 'Mogelijke klanten die één ontevreden klant tegenhoudt',
  'klantwaarde.field.broughtIn': 'Nieuwe klanten die één zeer tevreden klant aanbrengt',
  'klantwaarde.fieldset.base': 'Je klantenbestand',
  'klantwaarde.mixMode.label': 'Verdeling invullen in',
  'klantwaarde.mixMode.pct': 'procenten',
  'klantwaarde.mixMode.count': 'aantallen',
  'klantwaarde.field.customers': 'Aantal klanten',
  'klantwaarde.mix.sum': 'Samen: {sum}',
  'klantwaarde.mix.total': 'Samen: {n} klanten',
  'klantwaarde.fieldset.scenario': 'Scenario: klanten tevredener maken',
  'klantwaarde.field.toPassive': 'Ontevreden klanten die tevreden worden',
  'klantwaarde.field.toPromoter': 'Tevreden klanten die zeer tevreden worden',
  'klantwaarde.slider': '{label} (schuifregelaar)',
  'klantwaarde.advanced': 'Geavanceerd',
  'klantwaarde.field.discountRate': 'Disconteringsvoet per jaar',
  'klantwaarde.field.discountRate.hint': 'Rekent winst van later terug naar wat die nu waard is. Laat op 0 staan om met het artikel mee te rekenen.',
  'klantwaarde.field.referredValue': 'Waarde van één aangebrachte of tegengehouden klant',
  'klantwaarde.field.referredValue.hint': 'Leeg laten: dan geldt de klantwaarde van een tevreden klant ({value}), zoals in het artikel.',
  'klantwaarde.unit.years': 'jaar',
  'klantwaarde.unit.euro': 'in euro',
  'klantwaarde.unit.pct': 'in procent',
  'klantwaarde.unit.customers': 'klanten',
  'klantwaarde.reset': 'Terug naar het voorbeeld uit het artikel',

  // Field names in errors and notices (lower case, used inside sentences)
  'klantwaarde.name.profitDetractor': 'winst per jaar van een ontevreden klant',
  'klantwaarde.name.yearsDetractor': 'jaren klant van een ontevreden klant',
  'klantwaarde.name.profitPassive': 'winst per jaar van een tevreden klant',
  'klantwaarde.name.yearsPassive': 'jaren klant van een tevreden klant',
  'klantwaarde.name.profitPromoter': 'winst per jaar van een zeer tevreden klant',
  'klantwaarde.name.yearsPromoter': 'jaren klant van een zeer tevreden klant',
  'klantwaarde.name.keptAway': 'tegengehouden klanten',
  'klantwaarde.name.broughtIn': 'aangebrachte klanten',
  'klantwaarde.name.customers': 'aantal klanten',
  'klantwaarde.name.mixDetractor': 'ontevreden klanten in je klantenbestand',
  'klantwaarde.name.mixPassive': 'tevreden klanten in je klantenbestand',
  'klantwaarde.name.mixPromoter': 'zeer tevreden klanten in je klantenbestand',
  'klantwaarde.name.toPassive': 'ontevreden klanten die tevreden worden',
  'klantwaarde.name.toPromoter': 'tevreden klanten die zeer tevreden worden',
  'klantwaarde.name.discountRate': 'disconteringsvoet',
  'klantwaarde.name.referredValue': 'waarde van een aangebrachte klant',
  'klantwaarde.name.mix': 'verdeling van je klanten',
  'klantwaarde.name.mixMode': 'manier van invullen van de verdeling',

  // Errors: "{Field}: problem. Toegestaan: range."
  'klantwaarde.error.empty': '{field}: vul een getal in.',
  'klantwaarde.error.not-a-number': '{field}: dit is geen getal. Gebruik cijfers, bijvoorbeeld 1.000 of 12,50.',
  'klantwaarde.error.negative': '{field}: mag niet negatief zijn.',
  'klantwaarde.error.too-many-decimals': '{field}: gebruik hoogstens {decimals} cijfers na de komma.',
  'klantwaarde.error.too-large': '{field}: dit getal is te groot.',
  'klantwaarde.error.too-small': '{field}: dit getal is te klein.',
  'klantwaarde.error.range': 'Toegestaan: {min} tot en met {max}.',
  'klantwaarde.error.mix-sum': 'De verdeling telt op tot {sum}. Samen moet dat precies 100% zijn.',
  'klantwaarde.error.mix-empty': 'Vul bij de verdeling minstens één klant in.',
  'klantwaarde.error.mix-too-large': 'Samen zijn dit meer dan {max} klanten. Dat is het maximum.',
  'klantwaarde.error.summary': 'Controleer {n} veld(en). De uitkomst toont de laatste geldige berekening.',

  // Notices
  'klantwaarde.notice.reset':
    'In deze link stonden waarden die we niet kunnen gebruiken. Deze velden staan weer op hun standaardwaarde: {fields}.',
  // A shared link's notice and buttons; on a phone only the first part shows (the rest: `…More`).
  'klantwaarde.notice.link': 'Je bekijkt een gedeelde berekening.',
  'klantwaarde.notice.linkMore': ' Wat je hier verandert, bewaren we niet. Zo blijft je eigen berekening in deze browser staan.',
  'klantwaarde.notice.keep': 'Bewaar',
  'klantwaarde.notice.keepMore': ' als mijn berekening',
  'klantwaarde.notice.kept': 'Bewaard. Deze berekening is nu jouw eigen berekening in deze browser.',
  // The same words in every tool (common.ts storage.*).
  'klantwaarde.notice.notSaved': storageStrings['storage.notSaved'],
  'klantwaarde.notice.newer': storageStrings['storage.newer'],
  'klantwaarde.notice.unreadable': storageStrings['storage.unreadable'],
  'klantwaarde.notice.startFresh': storageStrings['storage.startFresh'],
  'klantwaarde.notice.changedElsewhere': storageStrings['storage.changedElsewhere'],
  'klantwaarde.notice.close': 'Melding sluiten',
  // The part of the calculator that reads what you type loads on first use; this says it could not.
  'klantwaarde.notice.offline': 'Dit deel van de rekenhulp kon niet laden. Controleer je verbinding en probeer het opnieuw.',

  // Results
  'klantwaarde.results.title': 'Uitkomst',
  'klantwaarde.conclusion.cost': 'Een ontevreden klant kost je per saldo {amount}.',
  'klantwaarde.conclusion.zero': 'Een ontevreden klant levert je per saldo niets op.',
  'klantwaarde.conclusion.gain': 'Een ontevreden klant levert je per saldo {amount} op.',
  'klantwaarde.conclusion.promoter': 'Een zeer tevreden klant levert {promoter} op: {diff} meer dan een ontevreden klant.',
  'klantwaarde.conclusion.promoterLess': 'Een zeer tevreden klant levert {promoter} op.',
  'klantwaarde.chart.title': 'Waarde per klant, per saldo',
  'klantwaarde.chart.label': 'Staafdiagram van de waarde per klant, per saldo: {list}.',
  'klantwaarde.base.title': 'Je klantenbestand',
  'klantwaarde.base.nps': 'NPS',
  'klantwaarde.base.customers': 'Klanten',
  'klantwaarde.base.value': 'Waarde van je klantenbestand',
  'klantwaarde.scenario.title': 'Scenario',
  'klantwaarde.scenario.nps': 'Nieuwe NPS',
  'klantwaarde.scenario.npsDelta': '{delta} punten',
  'klantwaarde.scenario.delta': 'Verschil in waarde',
  'klantwaarde.scenario.perPoint': 'Waarde per NPS-punt',
  'klantwaarde.scenario.noPerPoint': 'geen verschuiving',
  'klantwaarde.scenario.more':
    'Maak je {x}% van je ontevreden klanten tevreden en {y}% van je tevreden klanten zeer tevreden, dan gaat je NPS van {from} naar {to}. Je klantenbestand is dan {delta} meer waard.',
  'klantwaarde.scenario.less':
    'Maak je {x}% van je ontevreden klanten tevreden en {y}% van je tevreden klanten zeer tevreden, dan gaat je NPS van {from} naar {to}. Met deze cijfers is je klantenbestand dan wel {delta} minder waard.',
  'klantwaarde.scenario.same':
    'Maak je {x}% van je ontevreden klanten tevreden en {y}% van je tevreden klanten zeer tevreden, dan gaat je NPS van {from} naar {to}. De waarde van je klantenbestand verandert niet.',
  'klantwaarde.scenario.none': 'Vul bij het scenario een percentage in. Dan zie je wat het oplevert als klanten tevredener worden.',

  // Assumptions
  'klantwaarde.assume.title': 'Hiervan gaan we uit',
  'klantwaarde.assume.intro': 'We nemen aan dat:',
  'klantwaarde.assume.detractor': 'een ontevreden klant {profit} winst per jaar oplevert en {years} jaar klant blijft (klantwaarde {lifetime});',
  'klantwaarde.assume.passive': 'een tevreden klant {profit} winst per jaar oplevert en {years} jaar klant blijft (klantwaarde {lifetime});',
  'klantwaarde.assume.promoter': 'een zeer tevreden klant {profit} winst per jaar oplevert en {years} jaar klant blijft (klantwaarde {lifetime});',
  'klantwaarde.assume.noDiscount': 'een euro winst later evenveel waard is als een euro nu (disconteringsvoet 0%);',
  'klantwaarde.assume.discount': 'je winst van later terugrekent naar nu met {rate}% per jaar, en dat die winst aan het eind van elk jaar binnenkomt;',
  'klantwaarde.assume.keptAway': 'een ontevreden klant gemiddeld {n} mogelijke klanten tegenhoudt;',
  'klantwaarde.assume.broughtIn': 'een zeer tevreden klant gemiddeld {n} nieuwe klanten aanbrengt;',
  'klantwaarde.assume.passiveNeutral': 'een tevreden klant niemand aanbrengt en niemand tegenhoudt;',
  'klantwaarde.assume.referredAuto': 'elke aangebrachte of tegengehouden klant evenveel waard is als een tevreden klant: {value};',
  'klantwaarde.assume.referredOwn': 'elke aangebrachte of tegengehouden klant {value} waard is (jouw eigen waarde);',
  'klantwaarde.assume.referralTiming': 'aangebrachte en tegengehouden klanten meteen meetellen, zonder wachttijd;',
  'klantwaarde.assume.base': 'je {customers} klanten hebt: {d} ontevreden, {p} tevreden en {z} zeer tevreden;',
  'klantwaarde.assume.scenario':
    'in het scenario {x}% van de ontevreden klanten tevreden wordt en {y}% van de huidige tevreden klanten zeer tevreden, terwijl winst, klantduur en aanbevelen per soort klant gelijk blijven.',

  // Share
  'klantwaarde.share.title': 'Delen',
  'klantwaarde.share.label': 'Link naar deze berekening',
  'klantwaarde.share.copy': 'Kopieer link',
  'klantwaarde.share.copied': 'Link gekopieerd. Plak hem in een mail of chat.',
  'klantwaarde.share.fallback': 'Kopiëren lukte niet vanzelf. De link is geselecteerd: kopieer hem met Ctrl+C (op een Mac Cmd+C).',
  'klantwaarde.share.privacy': 'De link bevat je cijfers. Iedereen met de link ziet ze.',
  'klantwaarde.print': 'Afdrukken',
  'klantwaarde.print.link': 'Link naar deze berekening:',

  // Meeting view
  'klantwaarde.meeting.open': 'Presenteer',
  'klantwaarde.meeting.openMore': ' in een vergadering',
  'klantwaarde.meeting.title': 'Wat is een klant waard?',
  'klantwaarde.meeting.summary':
    'Bij {customers} klanten gaat de NPS van {from} naar {to} als {x}% van de ontevreden klanten tevreden wordt en {y}% van de tevreden klanten zeer tevreden.',
  'klantwaarde.meeting.summaryNone': 'Bij {customers} klanten met een NPS van {from}, zonder scenario.',
  'klantwaarde.meeting.qr': 'QR-code met de link naar deze berekening',
  'klantwaarde.meeting.scan': 'Scan de code om deze berekening op je telefoon te openen.',
} as const;

/**
 * UI strings of the zelfscan area. Keys start with `zelfscan.`; the islands get theirs as a prop
 * (see src/i18n/index.ts `stringsFor`), so nothing here is bundled into JavaScript:
 * - `zelfscan.page.*`: the zelfscan page itself (Astro only);
 * - `zelfscan.teamview.page.*`: the team page itself (Astro only);
 * - `zelfscan.teamview.*`: the team island (`stringsFor('zelfscan.teamview.')`);
 * - every other `zelfscan.*` key: the scan island.
 */
import { storageStrings } from './common';

export const zelfscan = {
  // Zelfscan page (Astro only)
  'zelfscan.page.title': 'Zelfscan klantbeleving',
  'zelfscan.page.description':
    'Hoe volwassen is de klantbeleving in jouw organisatie? Beantwoord 24 vragen en krijg je niveau, een radar per onderdeel en concrete volgende stappen. Gratis en privé.',
  'zelfscan.page.lead':
    'Waar staat jouw organisatie met klantbeleving, en wat is een slimme volgende stap? Beantwoord 24 vragen over zes onderdelen en krijg meteen je uitslag met concreet advies.',
  'zelfscan.page.facts.time': 'Duurt ongeveer 10 minuten.',
  'zelfscan.page.facts.privacy': 'Je antwoorden blijven in je browser. Er gaat niets naar een server.',
  'zelfscan.page.facts.share': 'Deel je uitslag met een link, of vergelijk met je team.',
  'zelfscan.page.noscript.title': 'De zelfscan heeft JavaScript nodig',
  'zelfscan.page.noscript.text':
    'De vragen, de uitslag en het advies worden in je browser berekend. Zet JavaScript aan om de scan te doen. Wil je toch alvast lezen? Deze gidsen gaan over dezelfde onderwerpen:',
  'zelfscan.page.about.title': 'Wat meet de zelfscan?',
  'zelfscan.page.about.dimensions': 'De zes onderdelen',
  'zelfscan.page.about.items': '{n} vragen',
  'zelfscan.page.team.link': 'Vergelijk de uitslagen van je team',
  // How we calculate (rendered by the page into the result, so it costs no JavaScript)
  'zelfscan.page.rules.1': 'Elk antwoord is een niveau van 1 tot 5. ‘Weet ik niet’ en open vragen tellen niet mee.',
  'zelfscan.page.rules.2':
    'De score van een onderdeel is het gemiddelde van de beantwoorde vragen, op één decimaal. Is minder dan de helft van de vragen van een onderdeel beantwoord, dan krijgt het geen score: ‘onvoldoende beantwoord’.',
  'zelfscan.page.rules.3': 'Het niveau van een onderdeel is de score naar beneden afgerond. Met 3,8 zit je dus op niveau 3: een niveau heb je pas als je het helemaal haalt.',
  'zelfscan.page.rules.4':
    'Je totaalscore is het gemiddelde van de onderdelen met een score. Je totaalniveau is die score naar beneden afgerond, maar hoogstens één niveau boven je zwakste onderdeel. Een ketting is zo sterk als de zwakste schakel.',
  'zelfscan.page.rules.5': 'Heeft minder dan de helft van de onderdelen een score, dan geven we geen totaalniveau.',
  'zelfscan.page.rules.6':
    'Je drie volgende stappen komen uit de drie zwakste onderdelen: per onderdeel de vraag met het laagste antwoord onder 5. Bij een gelijke stand gaat voor wat eerder in de scan staat. Zijn er minder dan drie onderdelen om te verbeteren, dan nemen we nog een vraag uit het zwakste onderdeel.',
  'zelfscan.page.rules.7': 'Je antwoorden over sector, grootte en rol veranderen alleen het advies, nooit de score.',

  // Team page (Astro only)
  'zelfscan.teamview.page.title': 'Zelfscan: vergelijk je team',
  'zelfscan.teamview.page.description':
    'Plak de uitslaglinks van je collega’s en zie per onderdeel het gemiddelde, de spreiding en waar jullie het oneens zijn. Alles blijft in je browser.',
  'zelfscan.teamview.page.lead':
    'Laat iedereen in je team de zelfscan doen en zijn link naar jou sturen. Plak de links hieronder. Je ziet dan waar jullie het over eens zijn, en waar niet.',
  'zelfscan.teamview.page.breadcrumb': 'Team vergelijken',
  'zelfscan.teamview.page.privacy': 'De links worden alleen in je browser gelezen. Er gaat niets naar een server.',
  'zelfscan.teamview.page.noscript': 'Het vergelijken gebeurt in je browser en werkt alleen met JavaScript.',
  'zelfscan.teamview.page.back': 'Terug naar de zelfscan',

  // Scan island: start screen
  'zelfscan.start.title': 'Eerst iets over jou',
  'zelfscan.start.intro':
    'Met deze drie vragen passen we het advies aan je situatie aan. Ze tellen niet mee voor de score. Je mag ze overslaan.',
  'zelfscan.start.choose': 'Kies…',
  'zelfscan.start.button': 'Begin met de vragen',
  'zelfscan.start.resume': 'Ga verder waar je was',

  // Progress and navigation
  'zelfscan.progress.label': 'Voortgang',
  'zelfscan.progress.answered': '{n} van {total} vragen beantwoord',
  'zelfscan.progress.step': 'Stap {n} van {total}',
  'zelfscan.progress.start': 'Over jou',
  'zelfscan.progress.result': 'Uitslag',
  'zelfscan.progress.count': '{n}/{total}',
  'zelfscan.nav.prev': 'Vorige',
  'zelfscan.nav.next': 'Volgende',
  'zelfscan.nav.result': 'Bekijk je uitslag',
  'zelfscan.nav.open': 'Nog {n} open. Je kunt toch verder; open vragen tellen niet mee.',

  // Dimension screen
  'zelfscan.dimension.heading': 'Onderdeel {n} van {total}: {name}',
  'zelfscan.dimension.hint': 'Kies bij elke vraag de zin die het best past bij jouw organisatie zoals die nu is.',
  'zelfscan.item.dontKnow': 'Weet ik niet',
  'zelfscan.terms': 'Begrippen uitgelegd:',

  // Notices
  'zelfscan.notice.corrupt': 'We konden je bewaarde antwoorden niet lezen. Je begint met een lege scan.',
  'zelfscan.notice.old':
    'Je bewaarde antwoorden horen bij een oudere versie van de zelfscan (versie {v}). De vragen zijn veranderd, dus je begint met een lege scan.',
  // The same words in every tool (common.ts storage.*).
  'zelfscan.notice.unavailable': storageStrings['storage.notSaved'],
  'zelfscan.notice.newer': storageStrings['storage.newer'],
  'zelfscan.notice.startFresh': storageStrings['storage.startFresh'],
  'zelfscan.notice.close': 'Sluiten',
  'zelfscan.notice.link.empty': 'Deze link bevat geen antwoorden.',
  'zelfscan.notice.link.format': 'Deze link is geen uitslag van de zelfscan, of hij is beschadigd.',
  'zelfscan.notice.link.version':
    'Deze link hoort bij versie {v} van de zelfscan. Die vragen verschillen van de huidige versie ({current}), dus we kunnen hem niet tonen. Vraag om een nieuwe link.',
  'zelfscan.notice.link.length': 'Deze link is niet compleet. Misschien is hij bij het kopiëren afgebroken.',
  'zelfscan.notice.link.chars': 'Deze link bevat tekens die niet kloppen. Misschien is hij bij het kopiëren veranderd.',
  'zelfscan.notice.link.own': 'Hieronder zie je je eigen scan.',

  // Shared view
  'zelfscan.shared.title': 'Uitslag uit een gedeelde link',
  'zelfscan.shared.text': 'Dit is de uitslag van iemand anders. Je eigen antwoorden blijven zoals ze waren.',
  'zelfscan.shared.own': 'Naar je eigen scan',
  'zelfscan.shared.start': 'Doe de scan zelf',

  // Result
  'zelfscan.result.title': 'Jouw uitslag',
  'zelfscan.result.overall': 'Totaalniveau',
  'zelfscan.result.level': 'Niveau {n}: {name}',
  'zelfscan.result.score': 'Score {score} van 5',
  'zelfscan.result.capped':
    'Je gemiddelde is hoger, maar je zwakste onderdeel houdt het totaal tegen: hoogstens één niveau erboven.',
  'zelfscan.result.capped.shared':
    'Het gemiddelde is hoger, maar het zwakste onderdeel houdt het totaal tegen: hoogstens één niveau erboven.',
  'zelfscan.result.noOverall':
    'We geven nog geen totaalniveau: minder dan de helft van de onderdelen heeft genoeg antwoorden. Beantwoord meer vragen om je niveau te zien.',
  'zelfscan.result.noOverall.shared':
    'Geen totaalniveau: minder dan de helft van de onderdelen heeft genoeg antwoorden.',
  'zelfscan.result.figures': 'Kerncijfers',
  'zelfscan.result.dimensions': 'Per onderdeel',
  'zelfscan.result.chart': 'Radar van de zes onderdelen',
  'zelfscan.result.chart.desc': 'Score per onderdeel op een schaal van 1 tot 5. Dezelfde cijfers staan in de tabel.',
  'zelfscan.result.table.caption': 'Score en niveau per onderdeel',
  'zelfscan.result.table.dimension': 'Onderdeel',
  'zelfscan.result.table.score': 'Score',
  'zelfscan.result.table.level': 'Niveau',
  'zelfscan.result.table.answered': 'Beantwoord',
  'zelfscan.result.table.bar': 'Balk',
  'zelfscan.result.answered': '{n} van {total}',
  'zelfscan.result.dontKnow': '{n} × weet ik niet',
  'zelfscan.result.insufficient': 'onvoldoende beantwoord',
  'zelfscan.result.strongest': 'Sterkste onderdeel',
  'zelfscan.result.weakest': 'Zwakste onderdeel',
  'zelfscan.result.allEqual': 'Alle onderdelen scoren even hoog: {score}.',
  'zelfscan.result.nextSteps': 'Je drie volgende stappen',
  'zelfscan.result.nextSteps.shared': 'Drie volgende stappen',
  'zelfscan.result.nextSteps.intro': 'Uit je zwakste onderdelen, bij de vragen met het laagste antwoord.',
  'zelfscan.result.nextSteps.intro.shared': 'Uit de zwakste onderdelen, bij de vragen met het laagste antwoord.',
  'zelfscan.result.nextSteps.none':
    'Je staat bij elke beantwoorde vraag op het hoogste niveau. Kijk bij de adviezen hieronder hoe je dat vasthoudt.',
  'zelfscan.result.nextSteps.none.shared':
    'Elke beantwoorde vraag staat op het hoogste niveau. Bij de adviezen hieronder staat hoe je dat vasthoudt.',
  'zelfscan.result.nextSteps.empty': 'Beantwoord meer vragen om volgende stappen te zien.',
  'zelfscan.result.nextSteps.empty.shared': 'Er zijn te weinig vragen beantwoord voor volgende stappen.',
  'zelfscan.result.step.from': '{dimension} · nu op niveau {n}',
  'zelfscan.result.context': 'Voor jouw situatie',
  'zelfscan.result.context.shared': 'Voor deze situatie',
  'zelfscan.result.advice': 'Alle adviezen per onderdeel',
  'zelfscan.result.advice.intro': 'Open een onderdeel voor je antwoord op elke vraag en de stap naar het volgende niveau.',
  'zelfscan.result.advice.intro.shared':
    'Open een onderdeel voor het antwoord op elke vraag en de stap naar het volgende niveau.',
  'zelfscan.result.advice.summary': '{score} · niveau {n}',
  'zelfscan.result.yourAnswer': 'Jouw antwoord:',
  'zelfscan.result.yourAnswer.shared': 'Antwoord:',
  'zelfscan.result.answer.level': 'niveau {n}',
  'zelfscan.result.answer.dontKnow': 'weet ik niet',
  'zelfscan.result.answer.none': 'niet beantwoord',
  'zelfscan.result.answer.ask':
    'Geen advies zonder antwoord. Vraag een collega die het wel weet, of zoek het uit en vul de vraag later in.',
  'zelfscan.result.answer.ask.shared': 'Geen advies: deze vraag is niet met een niveau beantwoord.',

  // The five levels, one line each (start page and result). The names come from the model.
  'zelfscan.levels.title': 'De vijf niveaus',
  'zelfscan.levels.1': 'Klantbeleving is nog een voornemen: niemand is er eigenaar van en niemand meet het.',
  'zelfscan.levels.2': 'Iemand heeft klantbeleving als taak; er lopen losse acties, gedragen door een paar trekkers.',
  'zelfscan.levels.3': 'Een project met steun van de top en een eerste meting; afdelingen gaan samenwerken.',
  'zelfscan.levels.4': 'Een programma over afdelingen heen: klantreizen worden gemeten en de business case staat.',
  'zelfscan.levels.5': 'Klantbeleving zit in hoe de organisatie stuurt en werkt; teams verbeteren zelf.',
  'zelfscan.levels.here': 'hier sta je',
  'zelfscan.levels.here.shared': 'deze uitslag',
  'zelfscan.levels.credit': 'De namen volgen de vijf fasen van het CX-volwassenheidsmodel van het XM Institute.',
  'zelfscan.levels.more': 'Meer over de niveaus',
  'zelfscan.result.read': 'Lees verder:',
  'zelfscan.result.loading': 'Adviezen laden…',
  'zelfscan.result.loadError': 'De adviezen konden niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'zelfscan.result.retry': 'Opnieuw proberen',
  'zelfscan.kind.articles': 'gids',
  'zelfscan.kind.terms': 'begrip',
  'zelfscan.kind.tips': 'tip',
  'zelfscan.kind.books': 'boek',

  // How we calculate
  'zelfscan.rules.title': 'Hoe we rekenen',
  // Actions
  'zelfscan.actions.title': 'Bewaren en delen',
  'zelfscan.share.label': 'Link naar deze uitslag',
  'zelfscan.share.copy': 'Kopieer link',
  'zelfscan.share.copied': 'De link staat op je klembord.',
  'zelfscan.share.fallback': 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).',
  'zelfscan.share.note':
    'Je antwoorden staan in de link zelf, achter het #-teken. Dat deel stuurt je browser nooit naar een server. Wie de link heeft, ziet je antwoorden.',
  'zelfscan.share.note.shared':
    'De antwoorden staan in de link zelf, achter het #-teken. Dat deel stuurt je browser nooit naar een server. Wie de link heeft, ziet de antwoorden.',
  'zelfscan.download.csv': 'Download CSV',
  'zelfscan.download.json': 'Download JSON',
  'zelfscan.download.name': 'zelfscan-klantbeleving-{date}',
  'zelfscan.print': 'Print of bewaar als pdf',
  'zelfscan.edit': 'Antwoorden aanpassen',
  'zelfscan.team': 'Vergelijk met je team',
  'zelfscan.reset': 'Opnieuw beginnen',
  'zelfscan.reset.question': 'Weet je het zeker? Al je antwoorden worden gewist. Dit kun je niet ongedaan maken.',
  'zelfscan.reset.yes': 'Ja, wis mijn antwoorden',
  'zelfscan.reset.no': 'Nee, terug',
  'zelfscan.reset.done': 'Je antwoorden zijn gewist. Je begint opnieuw.',
  'zelfscan.print.link': 'Link naar deze uitslag:',
  'zelfscan.print.date': 'Gemaakt op {date}',

  // Export labels
  'zelfscan.export.kind': 'Soort',
  'zelfscan.export.dimension': 'Onderdeel',
  'zelfscan.export.question': 'Vraag',
  'zelfscan.export.answer': 'Antwoord',
  'zelfscan.export.level': 'Niveau',
  'zelfscan.export.score': 'Score',
  'zelfscan.export.kind.context': 'Context',
  'zelfscan.export.kind.item': 'Vraag',
  'zelfscan.export.kind.dimension': 'Onderdeel',
  'zelfscan.export.kind.total': 'Totaal',
  'zelfscan.export.kind.link': 'Link',
  'zelfscan.export.dontKnow': 'Weet ik niet',
  'zelfscan.export.notAnswered': 'Niet beantwoord',
  'zelfscan.export.insufficient': 'Onvoldoende beantwoord',
  // Team island
  'zelfscan.teamview.input': 'Uitslaglinks, één per regel',
  'zelfscan.teamview.input.hint':
    'Plak 2 tot 50 links. Zet eventueel een naam voor de link, zoals: Anna: https://…',
  'zelfscan.teamview.compare': 'Vergelijk',
  'zelfscan.teamview.clear': 'Leegmaken',
  'zelfscan.teamview.summary': '{n} uitslagen vergeleken.',
  'zelfscan.teamview.tooFew': 'Plak minstens twee geldige links om te vergelijken.',
  'zelfscan.teamview.skipped': 'Overgeslagen regels',
  'zelfscan.teamview.line': 'Regel {n}:',
  'zelfscan.teamview.reason.no-code': 'geen link naar een zelfscan-uitslag',
  'zelfscan.teamview.reason.version': 'hoort bij versie {v} van de zelfscan; de huidige versie is {current}',
  'zelfscan.teamview.reason.damaged': 'de link is beschadigd of niet compleet',
  'zelfscan.teamview.reason.no-answers': 'de link bevat geen antwoorden',
  'zelfscan.teamview.reason.too-many': 'meer dan 50 links; deze is niet meegenomen',
  'zelfscan.teamview.person': 'Deelnemer {n}',
  'zelfscan.teamview.dimensions': 'Per onderdeel',
  'zelfscan.teamview.chart': 'Radar van de gemiddelde score per onderdeel',
  'zelfscan.teamview.chart.desc': 'Gemiddelde score van het team per onderdeel, op een schaal van 1 tot 5. Dezelfde cijfers staan in de tabel.',
  'zelfscan.teamview.table.dimension': 'Onderdeel',
  'zelfscan.teamview.table.caption': 'Gemiddelde score, laagste en hoogste score per onderdeel',
  'zelfscan.teamview.table.mean': 'Gemiddelde',
  'zelfscan.teamview.table.range': 'Laagste – hoogste',
  'zelfscan.teamview.table.n': 'Met score',
  'zelfscan.teamview.table.agree': 'Eens?',
  'zelfscan.teamview.disagree': 'Verschil van 2 niveaus of meer',
  'zelfscan.teamview.agree': 'Ongeveer eens',
  'zelfscan.teamview.none': '—',
  'zelfscan.teamview.heatmap': 'Antwoorden per vraag',
  'zelfscan.teamview.heatmap.intro':
    'Elk vakje is het antwoord van één persoon: het niveau (1 tot 5), ? voor ‘weet ik niet’ of – als de vraag open bleef. Hoe donkerder, hoe hoger. Rijen met een verschil van 2 niveaus of meer zijn gemarkeerd.',
  'zelfscan.teamview.heatmap.caption': 'Antwoord per vraag en per persoon',
  'zelfscan.teamview.heatmap.question': 'Vraag',
  'zelfscan.teamview.heatmap.spread': 'Spreiding',
  'zelfscan.teamview.heatmap.region': 'Tabel met antwoorden per vraag (scroll opzij voor meer personen)',
  'zelfscan.teamview.cell.dontKnow': 'weet ik niet',
  'zelfscan.teamview.cell.none': 'niet beantwoord',
} as const;

/**
 * Words too common to be a term or a cue of a concept: as a surface form they would mark
 * nearly every sentence of every page (and cost every tab the work). Function words and the
 * most frequent verbs and adverbs of Dutch and English news text; a pack using one is refused
 * with its field path.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    // Dutch
    'de het een en of maar want dus van in op aan te met voor door over uit bij tot naar om onder tegen na sinds ' +
    'zonder tussen dan als dat die dit deze wat wie waar wanneer hoe er hier daar niet geen wel ook nog al meer ' +
    'minder veel weinig is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen zal zullen ' +
    'moet moeten wil willen mag ik jij je u hij zij ze wij we jullie hun hen haar hem mijn ons onze zo nu toen ' +
    'jaar jaren keer procent aantal mensen ' +
    // English
    'the a an and or but so of in on at to with for by from about into over after before under between than as ' +
    'that this these those what who where when how there here not no yes also still more less many much is are ' +
    'was were be been being has have had can could will would shall should may might must it its he she they we ' +
    'you i his her their our my me him them us year years time percent number people'
  ).split(' '),
);

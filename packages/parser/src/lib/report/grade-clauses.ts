import type {GradeValue} from '@scrutiny/schema'
import type {GradeStatement} from './grades.js'
import {trimTrailingPunctuation} from './grades.js'
import {areaList, frameworkAreaByWords, isFrameworkArea, isQuestionWording, isReorderedAreaName, oneAreaInWords, pillarNamed} from './framework-areas.js'
import {twoFireQuestions} from './fire-questions.js'
import {gradeValue, saysEarlierInspection, withoutInspectorate} from './patterns.js'
import {rememberedPerDocument} from './remembered.js'
import {isGenericSubject, isProperName, resolveSubject, withoutArticle} from './subjects.js'
import {feedDate} from './title.js'

// Judgements written in prose, one clause at a time. A grade word counts only as a predicate:
// after "is", "are", "be" or "as" (with "judged to be", "now", "also" … between), or as the verb
// "requires improvement"; and only when what follows ends the clause or names the area ("at …",
// "in the way it …"). "A good understanding", "made good progress" and "was good last year" are not
// judgements. The subject is the clause before the predicate: the force or service (or "it"), a
// proper name, a possessive ("Humberside Police’s overall approach to …") or an area phrase that
// refers to the force ("its response to fires", "the extent to which the service …").

/** Counts written as words, from one: a framework grades at most twelve areas. */
export const countWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** A count written as a number, a word or an article ("a", "an": one). */
export function countOf(text: string): number {
  if (/\d/.test(text)) return Number(text)
  const word = text.toLowerCase()
  return word === 'a' || word === 'an' ? 1 : countWords.indexOf(word) + 1
}

// One scan finds the candidates: a grade after a word that can link it to a subject, or the verb.
// " – that is", " — that is" or " - that is": one pattern searches a sentence once, where three substring searches read it thrice.
const dashThenThatIs = / [–—-] that is/
// A grade word in quotes is a candidate wherever it stands ("judged the force “Good” across …"):
// `objectThenGrade` says whether the words before it link it to a subject. So is one after a comma
// or a semicolon: "outstanding for effectiveness, outstanding for efficiency and good for
// legitimacy", "judged as good in A; adequate in B; and requires improvement in C" continue a list of judgements.
// So is one right after the inspectorate's verb and its object, the body itself ("rating it good for
// responding to fires", "rated the service good at …"): `objectThenGrade` reads the object.
const predicate = /\b(?:(?:is|are|was|were|be|being|as|graded|rated|judged|considered|deemed|now|also|still|currently|overall|and)\s+['‘"“]?(outstanding|good|adequate|inadequate|requiring improvement|(?<=\bas\s{1,3}['‘"“]?)needing improvement)|(requires? improvement|required improvement))\b|(?<=['‘"“])(outstanding|good|adequate|inadequate)(?=['’"”])|(?<=[,;]\s{1,3})(outstanding|good|adequate|inadequate)\b|(?<=\b(?:rated|rating|graded|grading|judged|judging)\s{1,3}(?:it|the\s{1,3}(?:force|service|brigade|constabulary))\s{1,3})(outstanding|good|adequate|inadequate)\b/gi
// "HMICFRS … judged the force “Good” across the three areas of …", "a report … declared it ‘good’ in
// all three measures": the inspectorate's verb and its object (the force, "it" or a name of at most
// six capitalised words), then the grade in quotes. The object is the subject graded.
// "rated the county force ‘Good’ in …": a news report's "the county force" is the force.
// "The report brands the force ‘good’ at …": a newspaper's verb for the inspectorate's.
const objectThenGrade = /\b(?:rated|rating|graded|grading|judged|judging|assessed|declared|deemed|brand(?:s|ed))\s+(it|(?:the\s+)?(?:county\s+)?(?:force|[Ss]ervice|constabulary|brigade)|[\p{Lu}][\p{L}&'’.-]*(?:\s+(?:(?:and|of|&)\s+)?[\p{Lu}][\p{L}&'’.-]*){0,5})(?:\s+as)?\s+$/u
// "if inspectors rated it ‘good’ …", "hopes HMICFRS will judge it ‘good’": a hope, not a grade.
const hypothetical = /\b(?:if|would|could|should|might|will|hopes?|aims?|wants?|expects?)\b/i
// "was judged ‘inadequate’ at …", "were deemed ‘good’ in …": the inspectorate's verbs link as "rated" does.
// "It is, however, good at …": a contrast set off by commas between the verb and the grade.
const copula = /\b(?:is|are|be|as|graded|rated|judged|assessed|deemed)(?:\s+(?:now|also|still|currently|being|judged to be|assessed as|judged as|rated as|considered|overall)|,\s*(?:however|though|nevertheless|nonetheless),)*\s+$/i
// "HMICFRS said the constabulary was good at …": a news release reports the inspectorate's words in
// the past tense ("However, inspectors said it was good at …"). "was" links a grade only in such a
// sentence, and never one that speaks of an earlier inspection.
// "The report stated that the force was good at …", "…, was good at tackling serious and organised
// crime, and …, the report said.": the report's words, reported before or after them.
// "A report, released today by …, said the performance of the force … was good": a report with an aside between commas;
// "The report released on Wednesday said it was …": or a participle after it.
// "HMICFRS inspectors found DWFRS was good at …": the inspectorate's inspectors report as it does.
// "Positively, we found it was good at:": so does the inspectorate in its own summary.
const reportedSpeech = /^(?:(?:however|but|and|also|positively),?\s+)?(?:hmic(?:frs)?|we|the (?:police |fire )?inspectorate|(?:hmic(?:frs)?\s+)?inspectors|(?:the|a|its) (?:new |latest )?report(?:,[^,]{1,100},| (?:published|released|issued)\b[^,.;:]{0,60}?)?|(?:his|her) majesty['’]s inspector\b[^,.]{0,60}?) (?:said|found|concluded|reported|stated|noted)\b/i
// "…, the report said." closing the sentence, or set off by commas inside it ("While the service was
// good at …, the report said, it needed to be better …").
const reportedAfter = /,\s(?:hmic(?:frs)?|the (?:police |fire )?inspectorate|inspectors|the report) (?:said|found|concluded|stated)(?:\W{0,3}$|,\s)/i
// "Inspectors said the service was, however, good at …": the contrast between commas, as after "is".
const pastCopula = /\b(?:was|were)(?:\s+(?:also|still|overall|judged|assessed|rated|graded)|,\s*(?:however|though|nevertheless|nonetheless),)*\s+$/i
const negated = /\b(?:not|no longer|never)\s+(?:\S+\s+){0,3}$/i
const closingQuote = /^['’"”]/
// Two grade words in a row, joined by a comma or "or": a scale or a choice ("outstanding, good, …
// or inadequate"). A list of judgements puts an area between its grades.
const gradeAlternatives = /\b(?:outstanding|good|adequate|inadequate|requires improvement)['’"”]?(?:,|\s+or)\s+['‘"“]?(?:outstanding|good|adequate|inadequate|requires improvement)\b/i
// "… is ‘good’ or ‘adequate’ in all areas, except investigating crime, where it ‘requires
// improvement’": a range the areas are in, then the exception graded on its own. A scale lists its
// grades and stops; an exception names an area after a comma and grades it apart.
/** The words that open an exception to a range or a list ("apart from", "except for", "other than", "save for"). */
export const exceptionWords = String.raw`(?:apart from|except(?: for)?|other than|save for)`
const exceptionAfter = new RegExp(String.raw`,\s+${exceptionWords}\s`, 'i')
// "requires improvement to how it protects the public", "… to its efficiency": fire pages name the
// question or pillar after "to". The lookahead sits after the whitespace it needs.
// "on all counts", "on each of the three pillars": "on" starts an area only for every one.
// "rated good when it came to looking after its staff": a news writer's way into the areas.
// "rated the brigade as “outstanding” both for understanding and preventing fires": "both" before the areas it grades.
const areaStart = /^\s*(?:overall\s+|both\s+)?(?:at|in|for|across|in respect of|in relation to|when it (?:comes|came) to|to(?=\s+(?:how|the way|its)\b)|on(?=\s+(?:all|each|every)\b))\s+/i
// "requires improvement in areas like looking after staff, and recruiting …", "in areas such as A and
// B": the areas after it are the examples the grade is given for.
const areasSuchAs = /^(?:(?:key|other)\s+)?areas\s+(?:like|such as)\s+/i
// "rated ‘good’ – the second highest of four grades – for …": a news report explains the grade
// between dashes (typed as hyphens too) before the area. Bounded: an aside is at most 80 characters.
const gradeAside = /^\s[–—-]\s(?:the|a|an)\s[^–—]{1,80}?\s[–—-](?=\s)/i
// "good in four areas", "‘Good’ in 10 out of 11 subcategories", "in two of its three key areas": a count of grades, not a graded area;
// so are "key areas" and "other areas", which name none.
const countedAreas = new RegExp(
  String.raw`^(?:\d+|${countWords.join('|')}|all|both|most|many|several|some|no|the other|key|other)\b(?:\s+(?:of|out of|other|more|\d+|the|its|their|${countWords.join('|')})\b)*\s+(?:[a-z]+\s+)?(?:areas?|questions?|pillars?|(?:sub)?categor(?:y|ies)|judgm?ents?)\b`,
  'i'
)
const clauseEnd = /^\s*(?:overall\s*)?(?:[.;,:)!?]|and\b|but\b|$)/i
// "in two of its three key areas, ‘Efficiency’ and ‘People’", "in one area – investigating crime": a
// count of areas, then the areas it counts after a comma, colon or dash (and "namely": "in two areas, namely A and B");
// "was rated as “good” in only one: fair and respectful treatment of the public": the noun left out before a colon.
const countThenList = new RegExp(
  String.raw`^(?:only\s+|just\s+)?(\d+|${countWords.join('|')})\b(?:\s+(?:of|out of)\s+(?:its|the|their)\s+(?:\d+|${countWords.join('|')}))?(?:\s+(?:[a-z]+\s+)?(?:areas?|questions?|pillars?|categor(?:y|ies))\s*(?:[,:]|\s[–—-])|:)\s*(?:namely,?\s+)?`,
  'i'
)
const pillarWord = /^(?:effectiveness|efficiency|legitimacy|people)$/i
// Where the areas a count names end: the sentence's end, a dash, a clause of its own.
const countedListEnd = /[.!?;:](?:\s|$)|\s[–—-]\s|,? but\b|, (?:and )?(?:which|where|while|although|though)\b/i

// "good at understanding risk in some areas but …", "good at preventing fires in places": a
// judgement of part of an area is the inspectors' comment, not the area's grade.
const partial = /\bin (?:some|many|several|certain|a few|a number of|most) (?:areas|respects|ways|places|parts|cases)\b|\bin (?:places|parts)\b/i
// Where a clause can begin: the subject is the text from one of these to the predicate.
// A sentence can open with a subordinate clause too: "Though it is good at …, it requires …".
// A word boundary is matched after its space (the lookbehind), so two in a row both count ("We found that X …").
// "Kent Police has been told it ‘requires improvement’ in …": the clause after "told" has the subject.
// "Inspectors added the service is ‘good’ at …", "recognised KFRS is …", "welcomed the report saying the
// service is good at …": news drops "that" after more reporting verbs than "said" and "found".
// "… the report, which states North Wales Police requires improvement in …": and in the present tense.
// "… praised staff after the Service was rated as ‘Good’": "after" opens a clause, but not in "looks after its people".
// A full stop before a lower-case word ends no sentence, but begins a clause: "we found:\nthe extent
// to which … is good.\nthe extent to which …" (a flattened list of pillar sentences).
const boundary = /[;:,“"(]\s*|\.\s+(?=[a-z])|(?<=\s)(?:and|but|that|(?<!\blook(?:s|ed|ing)?\s)after|found|finds|said|says|stated|states|concludes|told|added|noted|recogni[sz]ed|saying|means|whereas|while|whilst|because|although|though)\s|^\s*(?:however|in general|overall|by contrast|positively|in particular|although|though|while|whilst|whereas),?\s+/gi
// An area ends where the next clause starts: a subject ("and it", "and the force", "and its
// response … is", not the object "and its workforce"), a grade ("and good at …", not the area "good
// use of resources") or a verb of its own ("and has continued to …"). A dash between spaces may be
// typed as a hyphen (" - "), and a grade word may be capitalised ("and Good at …"). A list of
// judgements ("good at A, good at B and good at C") stops at each grade as it does at a capital.
// ", according to a report by …" names who judged, and ", which …" says more of the area; neither is part of it,
// nor is ", with inspectors branding …", what the inspectors said besides, or ", noting …", ", saying …" (", says report": who said it); ", however it requires …" is a clause of its own;
// nor is ", and that this was reflected in …", a further finding the report states, or ", this is really key …".
// ", as was its neighbour" compares another thing with the one graded.
// A quoted grade after "and" or a comma gives the next judgement ("… for A and ‘adequate’ for B", "…
// for A, ‘Requires Improvement’ for B", capitalised or not), so does a
// quote that opens with one ("‘… good at looking after its staff’ and ‘good at promoting its values’").
const areaStop =
  /[;:]|\s[–—-]\s|,? but\b|, however\b|, according to\b|, which\b|, as (?:was|were|is|are)\b|, with inspectors\b|, (?:noting|saying|adding|citing|says|said)\b|, (?:and )?(?=it\b|its\b|the\b|that\b|this\b|[\p{Lu}]|['‘"“](?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Rr]equires [Ii]mprovement|[Ii]nadequate)\b|(?:outstanding|good|adequate|inadequate) (?:at|for)\b)| and (?=['‘"“](?:[Oo]utstanding|[Gg]ood|[Aa]dequate|[Ii]nadequate|[Rr]equires [Ii]mprovement)(?:['’"”]|\s+(?:at|for|in)\b)|it\b|its\b[^.;,]{0,60}?\b(?:is|are|was|were|has|have|requires?)\b|the force\b|the service\b|(?:[Oo]utstanding|[Gg]ood(?! use)|[Aa]dequate|[Ii]nadequate|[Rr]equires [Ii]mprovement|has|have|had|is|are|was|were)\b)|\.\s/u
const maxSubjectLength = 160
const maxAreaLength = 240
const maxBoundaries = 8
const maxNameLength = 100

// Fire news shortens the questions to one word ("outstanding for protection, good for prevention
// and adequate for response", "its protection work"): only as the whole area, never inside a longer phrase.
const shortQuestionName = /^(?:its |the )?(?:fire )?(?:prevention|protection|response)(?: work| activity| activities)?$/i

// What HMICFRS grades: the pillars and questions of PEEL (2014–19 and since 2021) and of fire and
// rescue inspections. Prose also calls sub-topics good ("good at keeping complainants updated",
// "good financial management"); a clause is a judgement only when its area names a graded one.
const gradedArea = new RegExp(
  [
    // "effectively" qualifies a sub-topic ("uses intelligence profiles effectively").
    'effective(?!ly)',
    'efficien',
    'legitima',
    'keep\\w* (?:people|the public) safe',
    'reduc\\w* crime',
    'prevent',
    'anti-social',
    // "investigating crime", "its investigation of crime", "investigates offending" (2014); not
    // "keeping victims updated throughout an investigation".
    'investigat\\w*(?: of)? (?:crimes?|offending)',
    'vulnerab',
    'serious and organised crime',
    'specialist capabilit',
    'armed',
    'demand',
    'resources',
    // "planning for the future", "future planning"; not "identifying future leaders".
    'plan\\w* for (?:the )?future',
    'future (?:planning|demand)',
    'fair',
    'respect',
    // "behaves ethically and lawfully", "ethical and lawful workforce behaviour"; not "ethical decision-making".
    'ethical(?:ly)? and lawful',
    // "treats its workforce", "the workforce"; not "its workforce’s wellbeing", a sub-topic.
    'workforce(?![\'’]s)',
    // "how it treats members of the public" (PEEL 2017's fair treatment question).
    'treat(?:s|ment of)? (?:members of )?the public',
    'public treatment',
    'police powers',
    'positive workplace',
    'respon(?:d\\w*|ses?) to (?:the public|fires?|emergencies|national risks?|incidents|major and multi-agency incidents)',
    // "its understanding of the risk of fire and other emergencies" (fire 2018/19's question in a news copy).
    // "understanding community risk": the fire question in the sector's words.
    'understand\\w* (?:of )?(?:the )?(?:community )?(?:risk|fires?)',
    // "how it identifies risks in its communities": the fire question on understanding risk.
    'identif\\w* (?:the )?risks',
    'fire regulation',
    // Fire pages since 2021 name questions by their topics: "fire protection", "operational
    // response", "how it plans to deal with major incidents".
    'fire protection',
    'operational response',
    'major (?:and multi-agency )?incidents',
    'protect\\w* the public',
    'afford',
    'values and culture',
    'right people',
    'diversity',
    // Names and the clauses news releases write them as: "managing offenders", "how it manages offenders".
    'manag\\w* performance',
    'develop\\w* leaders',
    // "looks after its people" (the fire pillar), "looking after its staff" (a news copy's words).
    'look\\w* after its (?:people|staff)',
    // "promoting the right values and culture", "promoting its values throughout the organisation".
    'promot\\w* (?:the right |its )?values',
    'public protection',
    // "our management of offenders and suspects" (a force's own words).
    'manag\\w* (?:of )?offenders',
    // "disrupting serious organised crime", "how the force disrupts organised crime"; not "disrupting the activity of organised crime groups".
    'disrupt\\w* (?:serious )?(?:and )?organised crime(?! groups)',
    // "how it deals with organised crime" (PEEL 2016's question in a force's words).
    'deal\\w* with (?:serious )?(?:and )?organised crime',
    'leadership',
    // Vetting and counter-corruption inspections grade forces on that one thing (since 2023).
    'vetting and (?:counter-)?corruption',
    'value for money',
    'strategic planning',
    'recording data',
    'crime recording',
    'records? crime',
    // "recording crime", "its recording of reports of violent crime" (an inspector's quote).
    'recording (?:of )?(?:reports of )?(?:[a-z-]+ )?crime',
    'crime data',
    shortQuestionName.source
  ].join('|'),
  'i'
)

const overallOpening = /^\s*overall,\s+/i
const leadingConjunction = /^(?:and|but|so|yet|while|whereas|however,?)\s+/i
const subjectStart = /^(?:[\p{Lu}]|the\s|its\s|how\s|it\b|they\b|we\b)/u
const extentOf = /^the (?:extent to which|efficiency with which|way in which|way) (?:the )?(?:force|service|brigade|constabulary|it)\s+(\S.*)$/i
// "The extent to which Derbyshire Constabulary is effective at …": PEEL 2015–17 pillar sentences name the force;
// a news copy may put "the" before the name or print the opening in capitals ("THE EXTENT to which the Dyfed-Powys Police is …").
const extentNamed = /^(?:[Tt]he|THE) (?:extent|EXTENT) to which (?:the )?((?:[\p{Lu}][\p{L}&'’.-]*\s+(?:(?:and|of|&)\s+)?){1,6})(\S.*)$/u
const abilityOf = /^the ability of (.+?) to (.+)$/i
// "The effectiveness of the service requires improvement in the way it:": a pillar of the subject.
// Bounded: an aside is at most 160 characters, with no dash inside.
const explanatoryAside = /\s[–—-]\s(?:that is|in other words),?\s[^–—]{1,160}?\s[–—-]\s/g
const pillarOf = /^the (effectiveness|efficiency|legitimacy) of (?:the |its )?(force|service|brigade|constabulary)$/i
// "the performance of the force to keep people safe from fires": the body's performance at an area.
const performanceAt = /^the performance of (?:the |its )?(force|service|brigade|constabulary) (?:to|in|at) (\S.*)$/i
const howIt = /^how (?:(?:the )?(?:force|service|brigade|constabulary)|it) (.+)$/i
// "We judged the way it promotes the right values and culture to be inadequate."
const judgedWay = /^we (?:judged|found|assessed) (?:the way|how) (?:(?:the )?(?:force|service|brigade|constabulary)|it) (.+)$/i
const itsArea = /^its (.+)$/i
// Bounded: a name is at most 100 characters, the words after the bodies at most 80.
// "West Yorkshire Police was one of 30 forces classed as good …": a count in figures, and a news verb
// before "as" (or the inspectorate's, which the predicate starts with: "one of the forces rated good at …").
const oneOfMany = /^(\S.{0,99}?)\s+(?:is|was)\s+(?:also\s+)?one of (?:only |just |the )?(?:[a-z0-9]+\s+)?(?:forces|services|brigades|constabularies)\b(?:[^,;]{0,80}?\s+to\s+be|\s+(?:classed|ranked|rated|graded|judged|assessed))?$/i
// "performance", "its performance", "CFRS performance", "the service’s overall performance". Bounded: a name is at most 100 characters.
const performanceOf = /^(?:(its|their|our)\s+|(\S.{0,99}?)(?:['’]s?)?\s+)?(?:overall\s+)?performance$/i
// Bounded: a subject is at most `maxSubjectLength` characters.
const bracketedInitials = /\s\([\p{Lu}]{2,8}\)$/u
const fireSubject = /\b(?:service|brigade)\s$/i
const possessive = /^(.+?)['’]s\s+(\S.*)$/
// "we" is the subject graded only on a service's or force's own page ("we are ‘Good’ at"): the
// inspectorate never grades itself.
const pronoun = /^(?:it|they|we)$/i
// A grade given in the past tense ("was graded", "had been graded", "we also judged"): an earlier
// inspection's when the sentence says so ("In 2019", "last year").
// "In its last inspection", "at our last full inspection": the inspection before this one.
// "since its last inspection" measures change up to this one, unless a clause says what it was then
// ("since its last inspection, when it was graded …"); so does "since it was last inspected".
const sinceInspection = /\bsince (?:(?:an?|its|the|our|their) (?:last |previous |first )?(?:full )?(?:inspection|assessment)|(?:it|they|we) (?:was|were) last inspected)(?: in (?:19|20)\d\d)?(?!,? (?:when|where|in which)\b)/gi
const lastInspection = /(?<!\bsince (?:its|our|the|their) )\b(?:last|previous) (?:full |PEEL |main )?(?:inspection|assessment)\b|\bsince (?:its|our|the|their) last (?:full |PEEL |main )?(?:inspection|assessment)\b[^,.]{0,40},? (?:when|where|in which)\b|\blast time\b/i
// "In 2013, HMIC judged Kent Police as …": the verb in the simple past, not "has rated"; "the previous
// report that found Wiltshire Police to be ‘Inadequate’ …" too.
const pastGrading = /\b(?:was|were|had been|we(?:\s+\w+)?)\s+(?:\w+\s+)?(?:graded|rated|judged|assessed|deemed|found)\b|(?<!\b(?:has|have|been|be|is|are|to|now)\s)\b(?:graded|rated|judged|assessed|deemed|found)\b/i
// The verbs every `pastGrading` match holds: a plain alternation rules out most sentences faster than
// that pattern, which tries its word boundaries and lookbehind at every word.
const mayGradeInPast = /(?:grad|rat|judg|deem)ed|assessed|found/i
// "HMICFRS found the force to be adequate in", "The force was graded as good at": the subject is the
// clause before the infinitive or the passive.
// "The service continues to be good at …": still graded so this round.
const infinitive = /(?<!\s)\s+(?:continues\s+)?to$/i
// "the Service has been recognised as ‘Outstanding’ in …": a news release's word for graded; "The
// service was seen as adequate in …", "… is considered good at …": a newspaper's; "The Service had
// been judged as good in …": minutes' reported speech.
// "Nottinghamshire and South Wales Police were both rated as ‘good’": "both" says the subject is two bodies.
const passive = /(?<!\s)\s+(?:is|are|was|were|has been|have been|had been)(?:\s+(?:once again|again|also|now|both))?(?:\s+(?:graded|rated|judged|assessed|found|deemed|recogni[sz]ed|seen|considered|regarded|viewed|classed|classified))?$/i
// "It also", "The service still": an adverb the verb "requires improvement" follows. From the first
// character of a whitespace run only (the lookbehind), so a long run stays linear.
const adverbAfterSubject = /(?<!\s)\s+(?:also|still|now|currently|again)$/i
/**
 * Whether text ends in "to" in any case, as the infinitive must: a pattern anchored at the end still
 * tries every whitespace run of the clause, two character codes answer first. `| 0x20` lowers a
 * capital letter and leaves `t` and `o` as they are.
 */
function endsInTo(text: string): boolean {
  return (text.charCodeAt(text.length - 2) | 0x20) === 116 && (text.charCodeAt(text.length - 1) | 0x20) === 111
}
const closingBracket = 41
// The last letters of the words `passive` can end with ("is", "are", "been", "also", "now", "graded", "found" …).
const passiveEndings = 'sendowSENDOW'

/** Whether text may end as `passive` does: its last letter answers before the pattern tries every whitespace run. */
function mayEndPassive(text: string): boolean {
  return passiveEndings.includes(text.charAt(text.length - 1))
}
// "HMICFRS rated the force as good at", "We judged the service to be good at", "HMIC judges Kent
// Police to be good" (HMIC before 2017): the object is the subject graded.
// "Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has rated …": the
// inspectorate's full name, bounded, with its initials; "The report, the first of …, judged the Met
// as being …": a report with an aside between commas.
const active = /^(?:hmic(?:frs)?|the inspectorate|inspectors|we|the (?:\w+ )?(?:report|inspection|assessment)(?:,[^,]{1,100},)?|(?:his|her) majesty['’]s inspectorate of [^()]{1,100}?(?:\s+\(hmic(?:frs)?\))?)\s+(?:(?:has|have)\s+)?(?:grade[ds]?|rate[ds]?|judge[ds]?|assess(?:es|ed)?)\s+(\S.*)$/i

/**
 * The graded judgements of a sentence written as prose, one per clause. Remembered for the
 * document: a list's lead-in is read for the grade it leaves its items, then as a sentence of its
 * own. The answer is shared: read it, never change it.
 *
 * @example gradeClauses('In general, the force is good at tackling anti-social behaviour.')
 *   // [{subject: 'the force', area: 'tackling anti-social behaviour', grade: 'good'}]
 */
export const gradeClauses: (text: string) => readonly GradeStatement[] = rememberedPerDocument(readGradeClauses)

function readGradeClauses(text: string): GradeStatement[] {
  const found: GradeStatement[] = []
  predicate.lastIndex = 0
  let match = predicate.exec(text)
  // A sentence with no candidate grades nothing: the sentence-wide tests below run only on one that has.
  if (!match) return changedGrades(text)
  // "The efficiency of the service – that is, how it uses its resources – was found to be
  // inadequate": the aside between dashes explains the subject; the judgement reads without it.
  // The dashes may be typed as hyphens between spaces (" - that is, … - ").
  const sentence = dashThenThatIs.test(text) ? text.replace(explanatoryAside, ' ') : text
  if (sentence !== text) {
    predicate.lastIndex = 0
    match = predicate.exec(sentence)!
  }
  // "Each is graded ‘outstanding’, ‘good’, ‘requires improvement’ or ‘inadequate’", "graded good or
  // adequate in all areas": the scale, or alternatives, not a judgement.
  // The range before an exception grades nothing; the exception is read as any grade is.
  const alternatives = gradeAlternatives.exec(sentence)
  const exception = alternatives ? exceptionAfter.exec(sentence.slice(alternatives.index)) : null
  if (alternatives && !exception) return changedGrades(sentence)
  const rangeEnd = alternatives ? alternatives.index + exception!.index : 0
  // "In 2019, the force was graded as good at …": an earlier inspection's grade.
  // "… adding that improvements had been made since an inspection in 2018": change since an earlier
  // inspection, up to this one, says nothing of an earlier grade.
  const earlier = () => saysEarlierInspection(sentence.includes('since') ? sentence.replace(sinceInspection, '') : sentence) || lastInspection.test(sentence)
  if (mayGradeInPast.test(sentence) && pastGrading.test(sentence) && earlier()) return found
  // A stored news page's first sentence may open with its date ("date 2022-07-27 A report … said").
  const reported = (reportedSpeech.test(sentence.trimStart().replace(feedDate, '')) || reportedAfter.test(sentence)) && !earlier()
  // The body a judgement named when its area was in words no framework names: a series' next grade is still the body's.
  let unread: GradeStatement | undefined
  for (; match; match = predicate.exec(sentence)) {
    if (match.index < rangeEnd) continue
    const verb = match[2] !== undefined
    const word = verb ? match[2]! : (match[1] ?? match[3] ?? match[4] ?? match[5]!)
    // "Inspectors said it required improvement in …": the past tense of the verb only in the inspectorate's reported words.
    if (verb && !reported && word.charAt(7) === 'd') continue
    // "require improvement" and "requires improvement" are the one grade.
    // "was rated as requiring improvement": the participle after a linking word names the grade; so
    // does a news report's "were rated as needing improvement" (after "as" only: "areas needing
    // improvement" names no grade).
    const grade = verb ? 'requires-improvement' : gradeValue(word.replace(/^(?:requiring|needing)/i, 'requires'))
    if (!grade) continue
    const wordEnd = match.index + match[0].length
    let wordStart = wordEnd - word.length
    if (wordStart > 0 && isOpeningQuote(sentence.charCodeAt(wordStart - 1))) wordStart--
    const before = sentence.slice(Math.max(0, wordStart - 60), wordStart)
    let link = copula.exec(before) ?? (reported ? pastCopula.exec(before) : null)
    // "graded Wiltshire Police as ‘inadequate’ in …": "as" links the grade to the verb's object.
    const object = ((match[3] ?? match[5]) !== undefined && !link) || asBefore.test(before) ? objectThenGrade.exec(before) : null
    if (object) {
      found.push(...objectGrades(sentence, object[1]!, grade, wordEnd, earlier))
      continue
    }
    // "… work needs to be done in A, B, C and D, which were all judged to ‘Require Improvement’", "two
    // areas – ‘A’ and ‘B’ – were found to be ‘inadequate’", "… A, B and C – all now assessed as
    // ‘good’", "A and B, being graded as ‘good’ in both areas", "in how it records crime, where its
    // performance was outstanding": the grade follows the areas it grades, in a clause after a comma
    // or a dash that ends with it (or refers back: "in both areas"). This inspection's when the
    // sentence says nothing earlier, or says "now".
    const after = gradedAfter(before)
    if (after && (!earlier() || /\bnow\b/i.test(after[0])) && endsOrRefersBack(sentence, wordEnd)) {
      const listed = areasBefore(sentence, wordStart - (before.length - after.index))
      // "… and how it responds to the public, being graded as ‘good’ in both areas": two areas, though
      // the framework's names did not cut them.
      const pair = listed?.length === 1 && bothAfter.test(sentence.slice(wordEnd, wordEnd + 60)) ? twoAreas(listed[0]!) : undefined
      const areas = pair ?? listed
      if (areas) {
        for (const area of areas) found.push({subject: 'the force', grade, area})
        continue
      }
    }
    // "… while preventing crime was ‘good’": a news report's past tense links a grade to an area named
    // as the subject (never to a body: "the force was good" may be any year's).
    const areaSubjectOnly = !link && !verb && pastCopula.test(before)
    if (areaSubjectOnly) link = pastCopula.exec(before)
    // "… ‘adequate’ for investigating crime, and ‘requires improvement’ for responding to the public":
    // a grade after "and" with no subject of its own is the judgement before's.
    // So is a quoted one after a plain "and", a pair of a series ("‘adequate’ for A, ‘good’ for B and
    // ‘requires improvement’ for C"): the quote marks it a grade's name, not a verb of a new clause.
    const previous = found.at(-1) ?? unread
    const quoted = isOpeningQuote(sentence.charCodeAt(wordStart))
    if (verb && !link && previous && (quoted ? quotedAfterAnd : unquotedAfterAnd).test(before)) {
      const area = areaAfter(sentence, wordEnd)
      if (area && gradedArea.test(area)) for (const piece of serialListAfter(sentence, wordEnd, area) ?? areaPieces(area)) found.push({subject: previous.subject, grade, area: piece})
      continue
    }
    if (!link && !verb) {
      // "… and good at treating its workforce …": the subject of the judgement before; so is a grade
      // after a comma that names a graded area ("…, outstanding for efficiency and …").
      const comma = previous && /[,;]\s*$/.test(before)
      if (previous && (comma || /\band\s+$/i.test(before))) {
        const area = areaAfter(sentence, wordEnd)
        if (area !== undefined && (comma ? area && namesGradedHead(area) && !countedAreas.test(area) && !partial.test(area) : !area || gradedArea.test(area))) {
          for (const piece of (area && serialListAfter(sentence, wordEnd, area)) || areaPieces(area)) found.push({subject: previous.subject, grade, ...(piece ? {area: piece} : {})})
        }
      }
      continue
    }
    if (negated.test(before)) continue
    const predicateStart = link ? wordStart - (before.length - link.index) : wordStart
    const area = areaAfter(sentence, wordEnd)
    // Cheap tests first: most grade words in prose are adjectives or sub-topics.
    // "across the three pillars" names every pillar: kept for the reader, which knows whose pillars they are.
    // "It is, however, good" ending a cut copy: a contrast grades the area it goes on to name, never the body whole.
    if (area === '' && link?.[0].includes(',')) continue
    // "in two of its three key areas, A and B": the areas the count names.
    const counted = area ? countedListAfter(sentence, wordEnd) : undefined
    if (area === undefined || (area && !counted && !allPillars.test(area) && !everyArea.test(area) && (!namesGradedHead(area) || countedAreas.test(area) || partial.test(area)))) {
      // "found West Mercia Police to be ‘good’ in recording date about crimes, ‘adequate’ in police powers
      // and public treatments, …": an area in words no framework names still leaves the body judged, whose
      // next grade in the series ("…, ‘adequate’ in …") is the body's too.
      if (area && link && !found.length && !countedAreas.test(area) && !partial.test(area)) {
        const judged = clauseSubject(sentence, predicateStart)
        if (judged && !judged.area && !judged.areas && !(areaSubjectOnly && !judged.performance)) unread = {subject: judged.subject, grade}
      }
      continue
    }
    const subject = clauseSubject(sentence, predicateStart)
    // "Performance was ‘inadequate’ in …": a body's performance, with the inspectorate's word quoted, links as an area does.
    if (!subject || (areaSubjectOnly && (!(subject.areas || (subject.performance && isOpeningQuote(sentence.charCodeAt(wordStart)))) || earlier()))) continue
    // "Recording data about crime was judged to be ‘inadequate’", "A, B and C were judged ‘adequate’";
    // not "Making best use of resources Requires improvement", a table's row flattened to a line
    // (a table may list other services' scores).
    if (subject.areas && (!link || area)) continue
    if (subject.areas) {
      for (const piece of subject.areas) found.push({subject: subject.subject, grade, area: piece})
      continue
    }
    if (counted) {
      if (!subject.area) for (const piece of counted) found.push({subject: subject.subject, grade, area: piece})
      continue
    }
    const fullArea = subject.area ? (area ? `${subject.area} ${area}` : subject.area) : area
    if (!area && subject.area && !gradedArea.test(subject.clause)) continue
    const fronted = !area && !subject.area ? frontedArea(sentence, predicateStart) : undefined
    // "Overall, West Sussex Fire & Rescue was rated ‘requires improvement’, but …": the sentence says the
    // grade is the body's overall one, which is kept as such.
    const overall = !area && !subject.area && !fronted && overallOpening.exec(sentence)?.[0].length === sentence.indexOf(subject.clause)
    // "classed as good in efficiency reports examining how well they understand demand, …": the report named for its pillar grades that pillar.
    const reportPillar = area ? pillarReportArea.exec(area)?.[1]?.toLowerCase() : undefined
    const pieces = overall ? ['overall'] : subject.area ? [fullArea] : fronted ? areaList(fronted) : reportPillar ? [reportPillar] : (listedAfter(sentence, wordEnd, area) ?? serialListAfter(sentence, wordEnd, area) ?? areaPieces(area))
    for (const piece of pieces) found.push({subject: subject.subject, grade, ...(piece ? {area: piece} : {})})
    // "Its prevention and deterrence performance was rated as “adequate,” as was its support and
    // protection of the workforce itself.": the area after "as was" has the same grade, the same body's.
    const likewise = asWasIts.exec(sentence.slice(wordEnd, wordEnd + maxAreaLength))
    if (likewise && namesGradedHead(likewise[1]!)) found.push({subject: subject.subject, grade, area: likewise[1]!})
  }
  found.push(...changedGrades(sentence))
  return found
}

// The clause after a comma or a dash that gives the areas before it their grade: ", which were all
// judged to ‘…’", ", which is now …", "– all now assessed as …", "– graded as …", "– were found to
// be …", ", being graded as …", ", where its performance was …", ", both of which were rated as …".
// Matched from the comma or dash only.
const gradedAfterAreas =
  /(?:,|\s[–—-])\s+(?:(?:(?:which|that|(?:both|all|each) of which)\s+(?:were|are|was|is)|being|were|are|was|is)(?:\s+(?:now|all|also|both|still))*(?:\s+(?:judged|rated|graded|assessed|found|deemed|categori[sz]ed))?|(?:(?:now|all|both)\s+)*(?:judged|rated|graded|assessed|found|deemed|categori[sz]ed)|where (?:its|their) performance (?:is|was)|where (?:it|they)(?:\s+(?:is|are|was|were))?)(?:\s+to\s+be|\s+as|\s+to)?\s+['‘"“]?$/i
// What may follow such a grade: the clause's end (a closing dash too), or words that refer back to
// the areas before ("in both areas", "in each of them", "in this area").
const endOfGradedAfter = /^['’"”]?\s*(?:[.;,:)!?–—]|-\s|and\b|but\b|$)/i
const bothAfter = /^['’"”]?\s+(?:in|for)\s+both\b/i
const refersBack = /^['’"”]?\s+(?:in|for|across)\s+(?:(?:both|all|each)(?:\s+of)?(?:\s+(?:these|those|the|them|its))?(?:\s+(?:two|three|\d+))?(?:\s+areas?)?|this area|these areas)\s*(?:[.;,:)!?–—]|-\s|$)/i

/** The clause before a grade that gives the areas before it their grade (`gradedAfterAreas`), if `before` ends with one. */
function gradedAfter(before: string): RegExpExecArray | null {
  // Every such clause holds one of these words: a substring search rules most grade words out first.
  return /which|that|being|were|are|was|is|ed\b|where/i.test(before) ? gradedAfterAreas.exec(before) : null
}

/** Whether the grade ending at `end` ends its clause or refers back to the areas before it. */
function endsOrRefersBack(sentence: string, end: number): boolean {
  const rest = sentence.slice(end, end + 60)
  return endOfGradedAfter.test(rest) || refersBack.test(rest)
}

const wordStarts = /(?<=\s)\S/g
// The words an area listed before its grade may follow: a preposition ("improvements in …"), "including", "except",
// "improved", "these are" (a list the next sentence grades), or a dash, colon or comma. Matched at the end of the text before a word start.
const areaLead = /(?:\b(?:in|at|for|on|including|improved|except|these are)|[–—:,]|\s-)\s+['‘"“]?$/i
// Or the area opens with the force's own words for it: "its understanding of demand", "how it records crime".
const areaOpening = /^(?:its|their|how)\s/i
// A run that opens with a lead word or a conjunction starts later ("including A", "but two areas – A");
// "particularly in how …": an adverb before the lead word.
const notAnArea = /^(?:in|at|for|on|of|to|including|as|improved|except|and|but|or|so|yet|while|whereas|particularly|especially|notably)\b|\s[–—-]\s|:/i
// Quote marks around a word or a list's piece; not an apostrophe inside a word ("WMFS’s").
const quoteMark = /(?<=^|\s)['‘"“]|['’"”](?=$|[\s,;])/g

/**
 * The areas listed right before `end`, which a clause after them grades: the framework's names
 * (`areasEndingAt`); or else the longest run of words after a preposition, dash or comma whose pieces
 * (cut at commas, and by the framework's names) each name a graded area with no verb of their own
 * ("WMFS’s promotion of the right values and culture, managing performance and developing leaders").
 */
function areasBefore(sentence: string, end: number): string[] | undefined {
  const head = trimEnd(sentence.slice(Math.max(0, end - maxListLength), end))
  wordStarts.lastIndex = 0
  for (let match = wordStarts.exec(head); match; match = wordStarts.exec(head)) {
    const listed = trimEnd(head.slice(match.index).replace(quoteMark, ''))
    if (notAnArea.test(listed) || !(areaOpening.test(listed) || areaLead.test(head.slice(Math.max(0, match.index - 14), match.index)))) continue
    const areas = listed.split(serialCut).flatMap((piece) => areaList(piece.trim()))
    if (areas.every((area) => area !== '' && namesGradedHead(area) && !finiteVerb.test(area) && !countedAreas.test(area) && !partial.test(area))) return areas
  }
  return areasEndingAt(sentence, end)
}

/**
 * The framework's areas listed right before `end` ("… in treating the public fairly and with respect,
 * responding to the public, investigating crime and protecting vulnerable people"): the longest run
 * of words ending there that the framework's names cut into two areas or more, every one a name.
 */
function areasEndingAt(sentence: string, end: number): string[] | undefined {
  const head = sentence.slice(Math.max(0, end - maxListLength), end)
  wordStarts.lastIndex = 0
  for (let match = wordStarts.exec(head); match; match = wordStarts.exec(head)) {
    const areas = areaList(head.slice(match.index))
    if (areas.length >= 2 && areas.every((area) => isFrameworkArea(area))) return areas
  }
  return undefined
}

// The text a list of areas can run to: up to the sentence's end, bounded.
const maxListLength = 400
const listSeparator = /^\s*[,;]/
const sentenceEnd = /[.!?](?:\s|$)/
const wordEnds = /\S(?=\s)/g

/**
 * "rated Thames Valley Police as ‘Good’ for Effectiveness, Efficiency and Legitimacy", "graded as
 * “good” for A; B; and C with …": one grade for a list of the framework's area names, which a comma
 * before a capital or a semicolon cut short. The list is the longest run after the grade that the
 * framework's names cut into areas; `undefined` when the area is not a name followed by a separator.
 */
function listedAfter(sentence: string, from: number, area: string): string[] | undefined {
  if (area === '' || !isFrameworkArea(area)) return undefined
  const at = sentence.indexOf(area, from)
  if (at === -1 || !listSeparator.test(sentence.slice(at + area.length, at + area.length + 3))) return undefined
  let tail = sentence.slice(at, at + maxListLength)
  const end = sentenceEnd.exec(tail)
  if (end) tail = tail.slice(0, end.index)
  // Each word end, the longest prefix first: the list is the longest run of names.
  const ends = [...tail.matchAll(wordEnds)].map((match) => match.index + 1)
  if (!ends.includes(tail.length)) ends.push(tail.length)
  for (let index = ends.length - 1; index >= 0 && ends[index]! > area.length; index--) {
    const areas = areaList(trimEnd(tail.slice(0, ends[index])))
    if (areas.length >= 2 && areas.every((piece) => isFrameworkArea(piece))) return areas
  }
  return undefined
}

// Where a serial list of areas ends: the sentence's end, a dash between spaces, a colon, or a clause
// of its own (", which …", "but …", ", according to …", "and it …"). Matched from a separator's first character only.
// A grade word ("… and good at …"), a clause with a subject of its own ("; it is judged …") or a
// concession (", although it should do better at …") ends it too.
const serialEnd =
  /[.!?:](?:\s|$)|\s[–—-]\s|,? but\b|, according to\b|, (?:and )?which\b|[,;] (?:and )?(?:it|they|we|the force|the service)\s| and (?:it|they|we|the force|the service)\s|,? (?:although|though|while|whilst|whereas|with inspectors)\b|\sas well as (?:at|in|for)\s|\b(?:outstanding|good(?! use)|adequate|inadequate|requires? improvement)\b/i
// Where a serial list is cut: a comma or a semicolon, with any "and" after it.
const serialCut = /[,;]\s*(?:and\s+)?/
// "its planning for future demand is judged to be": a clause, not an area.
const finiteVerb = /\b(?:is|are|was|were|has|have|had|works?|worked)\b/i
// "and" between the last two areas of a serial list, found from the right (string search, no pattern).
const serialAnd = ' and '

/**
 * "rated adequate for A, B, C and D", "graded good for how it responds to the public, protecting
 * vulnerable people, managing offenders and suspects and supporting its workforce", "adequate at
 * preventing crime, its treatment of the public, protecting vulnerable people; developing a positive
 * workplace and making good use of resources": one grade for each area of a serial list the writer
 * words in their own way. Read only where commas or semicolons cut the list, and only when every
 * piece names something HMICFRS grades; a piece holding a framework's name with "and" in it
 * ("Managing offenders and suspects") stays whole, and the last piece is cut at its last "and" only
 * where both sides name a graded area. `undefined` when the area is not such a list.
 */
function serialListAfter(sentence: string, from: number, area: string): string[] | undefined {
  if (area === '') return undefined
  const at = sentence.indexOf(area, from)
  if (at === -1) return undefined
  let tail = withoutCoverage(sentence.slice(at, at + maxListLength))
  const end = serialEnd.exec(tail)
  if (end) tail = withoutTrailingSeparator(tail.slice(0, end.index))
  // No comma or semicolon: one piece, no list (the tests below look the tail up in the framework's names).
  if (!tail.includes(',') && !tail.includes(';')) return undefined
  // "preventing crime, tackling anti-social behaviour and keeping people safe": a question's own words are one area.
  if (isQuestionWording(tail) || isReorderedAreaName(tail)) return undefined
  const printed: string[] = []
  for (const piece of tail.split(serialCut)) {
    const trimmed = piece.trim()
    if (trimmed === '') return undefined
    // "using police powers and in their treatment of the public": a piece opening with a preposition continues the one before.
    if (printed.length > 0 && continuation.test(trimmed)) printed[printed.length - 1] += `, ${trimmed}`
    else printed.push(trimmed)
  }
  // "reducing crime, keeping people safe": two pieces that are one question's words ("keeping people safe and reducing crime") are one area;
  // so are two that name one area in other words ("right people, right skills": Getting the right people with the right skills).
  for (let index = printed.length - 2; index >= 0; index--) {
    const [first, second] = [printed[index]!, printed[index + 1]!]
    if (isQuestionWording(`${first} and ${second}`) || isQuestionWording(`${second} and ${first}`) || sameAreaInWords(first, second)) printed.splice(index, 2, `${first}, ${second}`)
  }
  if (printed.length < 2) return undefined
  const areas: string[] = []
  for (const [index, piece] of printed.entries()) {
    const named = areaList(piece)
    if (named.length > 1 || isFrameworkArea(piece) || index < printed.length - 1) {
      areas.push(...named)
      continue
    }
    // The last piece: "disrupting serious and organised crime and providing value for money".
    areas.push(...lastTwo(piece))
  }
  return areas.every((piece) => piece.includes(' ') && namesGradedHead(piece) && !finiteVerb.test(piece) && !countedAreas.test(piece) && !partial.test(piece)) ? areas : undefined
}

// "for its efficiency which includes meeting current demands and its use of resources, as well as planning for
// the future": what a graded area covers, its parts graded with it, not apart. Matched from the space before "which" only.
const coverage = /\s(?:which|that) (?:includes?|included|covers?|covered)\s/i

/**
 * The text cut before a clause that says what the graded area before it covers; whole when the words
 * before name no graded area ("across all the strands which include effectiveness, …" names the areas in it).
 */
function withoutCoverage(text: string): string {
  const clause = coverage.exec(text)
  return clause && namesGradedHead(text.slice(0, clause.index)) ? text.slice(0, clause.index) : text
}

/** A list's text without the comma or semicolon (and "and") left before the clause that ends it ("…, B and C; and requires improvement …"). */
function withoutTrailingSeparator(text: string): string {
  let trimmed = text.trimEnd()
  if (trimmed.toLowerCase().endsWith(' and')) trimmed = trimmed.slice(0, -4).trimEnd()
  return trimmed.endsWith(',') || trimmed.endsWith(';') ? trimmed.slice(0, -1) : text
}

/** Whether two pieces of a list each name, in other words, one and the same graded area. */
function sameAreaInWords(first: string, second: string): boolean {
  const area = oneAreaInWords([first, second])
  return area !== undefined && frameworkAreaByWords(`${first} ${second}`) === area
}

/** The areas of a serial list standing alone ("A, B and C" after "in relation to"), as `serialListAfter` reads them after a grade. */
export const serialAreas = (text: string): string[] | undefined => serialListAfter(text, 0, text)

/** The graded areas a sentence lists at its end ("… in efficiency these are A; B; and C."), which the next may grade as "all of these" or "both". */
export function areasListedAtEnd(sentence: string): string[] | undefined {
  const areas = areasBefore(sentence, trimTrailingPunctuation(trimEnd(sentence)).length)
  // "… inspectors rate services for making best use of resources and future affordability": one run
  // of words holding two areas, the first from its last lead ("for") on.
  const pair = areas?.length === 1 ? twoAreas(areas[0]!) : undefined
  return pair ? [lastLedArea(pair[0]) ?? pair[0], pair[1]] : areas
}

/** The shortest run of words ending `text` after a lead word (`areaLead`) that names a graded area, with no verb of its own. */
function lastLedArea(text: string): string | undefined {
  let found: string | undefined
  wordStarts.lastIndex = 0
  for (let match = wordStarts.exec(text); match; match = wordStarts.exec(text)) {
    const rest = text.slice(match.index)
    if (areaLead.test(text.slice(Math.max(0, match.index - 14), match.index)) && gradedArea.test(rest) && !finiteVerb.test(rest)) found = rest
  }
  return found
}

/** The last piece of a serial list, cut at its last "and" where both sides name a graded area. */
function lastTwo(piece: string): string[] {
  let cut: string[] | undefined
  for (let and = piece.lastIndexOf(serialAnd); and > 0; and = piece.lastIndexOf(serialAnd, and - 1)) {
    const left = piece.slice(0, and).trim()
    const right = piece.slice(and + serialAnd.length).trim()
    if (!namesGradedHead(left) || !namesGradedHead(right) || continuation.test(right)) continue
    // "leadership and force management and building and supporting the workforce": a cut that leaves a framework's name whole wins.
    if (isFrameworkArea(left) || isFrameworkArea(right)) return [left, right]
    cut ??= [left, right]
  }
  return cut ?? [piece]
}

// "good at using data to help it make decisions about prevention, protection and response": what
// follows "about" is the topic of a sub-topic's object. "recording data about crime" names its area before it.
const about = /\sabout\s/i

/** Whether an area names a graded one before any "about" that begins the topic of its object. */
function namesGradedHead(area: string): boolean {
  const at = area.search(about)
  const head = at === -1 ? area : area.slice(0, at)
  // Or a framework's area in other words ("national risks", "right people, right skills").
  return gradedArea.test(head) || isFrameworkArea(head)
}

// "‘Preventing fires and other risks’ fell from ‘good’ last time to ‘requires improvement’ now", "has
// improved, from ‘inadequate’ last time to ‘requires improvement’ this time": a change of grade, whose
// second grade is this inspection's. Bounded: the words between are few.
const gradeOrRequiring = String.raw`['‘"“]?(?:outstanding|good|adequate|inadequate|requir(?:es|ing) improvement)['’"”]?`
const changedGrade = new RegExp(
  String.raw`\b(?:moved|improved|fallen|fell|dropped|declined|gone|went|risen|rose|slipped|changed),?\s+from\s+${gradeOrRequiring}\s+(?:(?:last time|previously)['’"”]?\s+)?to\s+['‘"“]?(outstanding|good|adequate|inadequate|requir(?:es|ing) improvement)\b`,
  'gi'
)

const fromGrade = /\bfrom\s+['‘"“]?(?:outstanding|good|adequate|inadequate|requir)/i
const auxiliaries = new Set(['has', 'have', 'had', 'now', 'since'])

/** Where a clause's subject ends before its verb at `end`: before "has", "now" … ("A has now moved from …"), word by word, not by a pattern anchored at the end. */
function beforeAuxiliaries(sentence: string, end: number): number {
  let at = sentence.slice(0, end).trimEnd().length
  for (let space = sentence.lastIndexOf(' ', at - 1); space !== -1 && auxiliaries.has(sentence.slice(space + 1, at).toLowerCase()); space = sentence.lastIndexOf(' ', at - 1)) {
    at = sentence.slice(0, space).trimEnd().length
  }
  return at
}

/**
 * The grades a sentence gives as changes: for areas named as the subject ("A fell from ‘good’ last
 * time to ‘requires improvement’ now"), or for the body, with the areas after the second grade ("The
 * force has improved from ‘inadequate’ to ‘adequate’ in responding to the public").
 */
function changedGrades(sentence: string): GradeStatement[] {
  const found: GradeStatement[] = []
  // Few sentences say "from" before a grade word: a quick test rules the others out before the pattern.
  if (!sentence.includes(' from ') || !fromGrade.test(sentence)) return found
  changedGrade.lastIndex = 0
  for (let match = changedGrade.exec(sentence); match; match = changedGrade.exec(sentence)) {
    const subject = clauseSubject(sentence, beforeAuxiliaries(sentence, match.index))
    const grade = gradeValue(match[1]!.replace(/^requiring/i, 'requires'))
    if (!grade || !subject) continue
    if (subject.areas) for (const area of subject.areas) found.push({subject: subject.subject, grade, area})
    else if (!subject.area && !subject.performance && isNamed(subject.subject)) found.push(...bodyChangedIn(sentence, subject.subject, grade, match.index + match[0].length))
  }
  return found
}

/** The graded areas after a body's change of grade ("… to ‘adequate’ in responding to the public"), each given the new grade; none when the area is no graded one. */
function bodyChangedIn(sentence: string, subject: string, grade: GradeValue, wordEnd: number): GradeStatement[] {
  const area = areaAfter(sentence, wordEnd)
  if (!area || !namesGradedHead(area) || countedAreas.test(area) || partial.test(area)) return []
  const pieces = listedAfter(sentence, wordEnd, area) ?? serialListAfter(sentence, wordEnd, area) ?? areaPieces(area)
  return pieces.map((piece) => ({subject, grade, area: piece}))
}

const asBefore = /\sas\s+$/i
// ", as was its support and protection of the workforce": a second area of the same body, given the grade before it. Bounded.
const asWasIts = /^['’"”]?,['’"”]?\s+as (?:was|were|is|are) ((?:its|their) [^.;,:!?]{3,120}?)\s*(?=[.;,:!?]|$)/i
const unquotedAfterAnd = /[,;]\s*and\s+$/i
const quotedAfterAnd = /(?:[,;]\s*|\s)and\s+$/i
const countyBody = /^(?:the\s+)?county\s+/i
// "An efficiency report", "its legitimacy inspection": a PEEL 2014–17 report named for the one pillar it grades.
const pillarReport = /\b(effectiveness|efficiency|legitimacy) (?:report|inspection|assessment)\b/i
// The same as an area: "in its efficiency inspection", "in efficiency reports examining …".
const pillarReportArea = /^(?:(?:its|the|their|this year['’]s|the latest|its latest) )?(effectiveness|efficiency|legitimacy) (?:reports?|inspections?|assessments?)\b/i

/**
 * The grades of "<verb> <object> ‘<grade>’ <area>": the object is the subject, and the area must be
 * a graded one or every area ("across the three areas of …"); not in a hope or of an earlier inspection.
 */
function objectGrades(sentence: string, object: string, grade: GradeStatement['grade'], wordEnd: number, earlier: () => boolean): GradeStatement[] {
  const area = areaAfter(sentence, wordEnd)
  // "In the areas of effectiveness, efficiency and people, it graded the Service as ‘Requires Improvement’."
  const pillars = area === '' ? frontedPillars(sentence) : undefined
  if (pillars && !hypothetical.test(sentence.slice(0, wordEnd)) && !earlier()) {
    const subject = pronoun.test(object) ? 'the force' : object.replace(countyBody, 'the ')
    return isNamed(subject) ? pillars.map((piece) => ({subject, grade, area: piece})) : []
  }
  if (area === undefined || hypothetical.test(sentence.slice(0, wordEnd)) || earlier()) return []
  const subject = pronoun.test(object) ? 'the force' : object.replace(countyBody, 'the ')
  // "An efficiency report has rated West Mercia Police as ‘good’.": the clause ends at the grade, as
  // "West Mercia Police has been rated as good." does; the area is the pillar the report is named
  // for, else none (the reader settles it as for the passive).
  if (area === '') {
    if (!isNamed(subject)) return []
    const pillar = pillarReport.exec(sentence.slice(0, wordEnd))
    return [{subject, grade, ...(pillar ? {area: pillar[1]!.toLowerCase()} : {})}]
  }
  const counted = countedListAfter(sentence, wordEnd)
  if (counted) return isNamed(subject) ? counted.map((piece) => ({subject, grade, area: piece})) : []
  const every = allPillars.test(area) || everyArea.test(area)
  if (!every && (!namesGradedHead(area) || countedAreas.test(area) || partial.test(area))) return []
  if (!isNamed(subject)) return []
  return (every ? [area] : (listedAfter(sentence, wordEnd, area) ?? serialListAfter(sentence, wordEnd, area) ?? areaPieces(area))).map((piece) => ({subject, grade, area: piece}))
}

// "In the area of investigating crime, the force was rated ‘adequate’", "When it comes to responding to the
// public, it was judged ‘inadequate’": the area put before the clause. Bounded: a phrase up to its comma.
const fronted = /^(?:in (?:the area of|terms of|respect of|relation to)|when it comes to|as for|for|on|regarding)\s+([^,;:]{3,120}),\s/i

// "In the areas of effectiveness, efficiency and people, …": the pillars put before the clause. Bounded: at most four words.
const frontedPillarList = /^in (?:the |its )?(?:areas|pillars) of ((?:[a-z]+(?:,\s*|\s+and\s+)){1,3}[a-z]+),\s/i
// One whitespace before "and": the pieces are trimmed, and a run of spaces cannot backtrack.
const pillarListCut = /,\s*(?:and\s+)?|\sand\s+/

/** The pillars a sentence puts before a clause whose grade names no area, when every word of the list is one. */
function frontedPillars(sentence: string): string[] | undefined {
  const match = frontedPillarList.exec(sentence.trimStart())
  const pillars = match?.[1]!.split(pillarListCut).map((pillar) => pillar.trim())
  return pillars && pillars.length >= 2 && pillars.every((pillar) => pillarWord.test(pillar)) ? pillars : undefined
}

/** The graded area a sentence puts before the clause whose grade names none, if it does. */
function frontedArea(sentence: string, predicateStart: number): string | undefined {
  const match = fronted.exec(sentence)
  if (!match || match[0].length > predicateStart) return undefined
  const area = match[1]!.trim()
  return namesGradedHead(area) && !countedAreas.test(area) && !partial.test(area) ? area : undefined
}

/**
 * "rated ‘Requires improvement’ in two of its three key areas, ‘Efficiency’ and ‘People’": the areas a
 * count names after it, one grade for each, when there are as many as the count says and every one
 * names a pillar or a graded area; `undefined` otherwise.
 */
function countedListAfter(sentence: string, from: number): string[] | undefined {
  let rest = sentence.slice(from, from + maxAreaLength)
  const quote = closingQuote.exec(rest)
  if (quote) rest = rest.slice(quote[0].length)
  const start = areaStart.exec(rest)
  if (!start) return undefined
  rest = rest.slice(start[0].length)
  const count = countThenList.exec(rest)
  if (!count) return undefined
  rest = rest.slice(count[0].length)
  const end = countedListEnd.exec(rest)
  const listed = trimEnd(end ? rest.slice(0, end.index) : rest)
  // "in only one: fair and respectful treatment of the public": one area counted is the whole phrase, whatever "and" it holds.
  const howMany = countOf(count[1]!)
  const areas = (howMany === 1 ? [listed] : listed.split(listCut)).map((piece) => trimEnd(piece.replace(quoteMark, '')).trim())
  // A pillar's one word ("People") names it in a list the count vouches for.
  const named = (area: string) => area !== '' && (pillarWord.test(area) || pillarNamed(area) !== undefined || (namesGradedHead(area) && !finiteVerb.test(area)))
  return areas.length === howMany && areas.every(named) ? areas : undefined
}

/** The area after a grade ("at tackling crime"), '' when the clause ends there, `undefined` when the grade word is an adjective. */
function areaAfter(sentence: string, from: number): string | undefined {
  // An area is a phrase: a bounded slice keeps a sentence with many grade words linear.
  let rest = sentence.slice(from, from + maxAreaLength)
  const quote = closingQuote.exec(rest)
  if (quote) rest = rest.slice(quote[0].length)
  const aside = gradeAside.exec(rest)
  if (aside) rest = rest.slice(aside[0].length)
  const agent = gradedBy.exec(rest)
  if (agent) rest = rest.slice(agent[0].length)
  const start = areaStart.exec(rest)
  if (!start) return clauseEnd.test(rest) ? '' : undefined
  rest = rest.slice(start[0].length)
  const examples = areasSuchAs.exec(rest)
  if (examples) rest = rest.slice(examples[0].length)
  rest = withoutCoverage(rest)
  const stop = areaStop.exec(rest)
  const area = withoutUnopenedQuote(trimEnd(withoutInspectorate(stop ? rest.slice(0, stop.index) : rest)))
  // "… was judged as ‘good’ in both inspections": the inspections the grade was given in, not an area.
  return inspectionsOnly.test(area) ? '' : area.replace(whereJudged, '')
}

/**
 * "‘the service is good at looking after its staff’ and …": the quote that closes after an area
 * opened before the grade, so it is not the area's. Only curly marks: a straight one may be an apostrophe.
 */
function withoutUnopenedQuote(area: string): string {
  const last = area.charCodeAt(area.length - 1)
  if ((last !== 0x2019 && last !== 0x201d) || area.includes('‘') || area.includes('“')) return area
  return area.slice(0, -1).trimEnd()
}

// "… and responding to fire and emergencies in a Government inspection", "… according to Government
// report", "… for effectiveness and efficiency in the 42 page document": where the judgement was made
// is no part of the last area. Bounded: at most three words between.
export const whereJudged = /(?<!\s)\s+(?:according to|in|following|after|by)\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:inspection|report|assessment|inspectors|inspectorate|watchdog|document)[.!?]?$/iu

// "rated as requiring improvement in its first ever inspection": this inspection, named as the news tells it.
const inspectionsOnly = /^(?:both|each|all|this|these|the two|the latest|its latest|its first(?: ever)?|its (?:most )?recent) (?:inspections?|assessments?|reports?)$/i
// "the Service was rated as ‘Good’ by Her Majesty’s Inspectorate … (HMICFRS)", "rated as ‘good’ by
// government inspectors": who gave the grade, before the area or the clause's end, is not an area.
const gradedBy =
  /^\s+by\s+(?:(?:His|Her)\s+Majesty['’]s\s+Inspectorate\s+(?:of|for)\s+Constabulary(?:\s+and\s+Fire\s+(?:&|and)\s+Rescue\s+Services?)?(?:\s+\((?:HMICFRS|HMIC)\))?|HMICFRS|HMIC|(?:the\s+|government\s+){0,2}(?:inspectors|inspectorate|watchdog))(?=[\s.,;:)!?]|$)/i

// "good at making the best use of resources and at providing an affordable service", "to its
// efficiency, to how it uses resources and at …": the preposition repeated after "and" or a comma
// starts the next area; so does "in" before a verb's "-ing" ("outstanding in how it treats members of
// the public, and in treating its workforce …"), and "as well as" with a preposition ("good in preventing crime …
// as well as at building, supporting and protecting its workforce"). Matched from a comma or the first character of a whitespace run only.
const repeatedPreposition = /(?:,\s*(?:and\s+)?|(?<![,\s])\s+and\s+)(?:at\s+|(?:to|in)\s+(?=(?:how|the way|its)\b)|in\s+(?=[a-z]+ing\b))|(?<![,\s])\s+as well as\s+(?:at|in|for)\s+/gi

// "effectively and efficiently keeping people safe and secure": two pillars' adverbs sharing one phrase.
const pillarAdverbs = /^(effectively|efficiently|legitimately),?\s+and\s+(effectively|efficiently|legitimately)\s+(\S.*)$/i

/**
 * The areas of one judgement, cut where a preposition repeats, when every piece names a graded area;
 * or the two pillars whose adverbs share one phrase.
 */
function areaPieces(area: string): string[] {
  if (area === '') return [area]
  const adverbs = pillarAdverbs.exec(area)
  if (adverbs) return [`${adverbs[1]!} ${adverbs[3]!}`, `${adverbs[2]!} ${adverbs[3]!}`]
  const pieces = area.split(repeatedPreposition)
  if (pieces.length > 1 && pieces.every((piece) => gradedArea.test(piece))) return pieces
  // "good in understanding fire and risk and future affordability": two areas in other words, which
  // the framework's words cut; never one question's own words ("preventing crime and keeping people safe").
  if (isQuestionWording(area) || isReorderedAreaName(area)) return [area]
  const named = areaList(area)
  return named.length > 1 && named.every((piece) => isFrameworkArea(piece)) ? named : [area]
}

// A clause that starts with its verb ("has been graded as"), and the subject a sentence opens with
// (the words before its first verb, as in "The Service has improved …").
// The verb may be the predicate's own ("and is good at"): the clause is then empty.
const sharedVerb = /^(?:(?:has|have|is|are|was|were)\b|$)/i
// "It provides an efficient service and is good at …": the opening verb may be any in the present tense.
// "The force had a good approach to …, was good at …": or "had", in reported speech.
// An adverb opening the sentence is not the subject's ("Overall the service was …"), nor is the pillar
// a PEEL 2014 overview names first ("in terms of its effectiveness, in general, the force is good at A
// and is good at B").
// Case-sensitive: a verb is in lower case ("South Wales Police" holds no verb).
const openingSubject = /^\s*(?:[Ii]n terms of its [a-z]+,\s+)?(?:(?:[Oo]verall|[Hh]owever|[Ii]n general),?\s+)?(\S.{0,80}?)\s+(?:has|have|had|is|are|was|were|[a-z]+s)\b/

/** The subject of the clause that ends at `end`, trying the nearest clause start first. */
function clauseSubject(sentence: string, end: number): ClauseSubject | undefined {
  const head = sentence.slice(Math.max(0, end - maxSubjectLength), end)
  const starts = [0]
  boundary.lastIndex = 0
  for (let match = boundary.exec(head); match; match = boundary.exec(head)) {
    if (match[0].length === 0) boundary.lastIndex++
    else starts.push(match.index + match[0].length)
  }
  // The subject at each start, read once: the areas and "and" tests below go back to starts read already.
  const read = new Map<number, ClauseSubject | undefined>()
  const subjectAt = (start: number): ClauseSubject | undefined => {
    if (!read.has(start)) read.set(start, candidateSubject(head, start))
    return read.get(start)
  }
  for (let index = starts.length - 1, tried = 0; index >= 0 && tried < maxBoundaries; index--, tried++) {
    // "The Service has improved … and has been graded as ‘Good’ at …": a verb after "and" or "but"
    // shares the subject the sentence opens with; so does one right after a comma, in a series of the
    // subject's verbs ("The force had a good approach to …, was good at …, and had …").
    if (index > 0 && end <= maxSubjectLength && /(?:\band|\bbut|,)\s+$/i.test(head.slice(0, starts[index])) && sharedVerb.test(head.slice(starts[index]).trim())) {
      const opening = openingSubject.exec(head)?.[1]
      if (opening && isNamed(opening)) return {subject: pronoun.test(opening) ? 'the force' : opening, clause: head.slice(starts[index])}
    }
    // "Avon Fire and Rescue Service (FRS) is good at …": the initials in brackets are not the subject.
    if (head.charAt(starts[index]! - 1) === '(') continue
    let subject = subjectAt(starts[index]!)
    if (!subject) continue
    // "Lancashire Constabulary’s approach to investigating crime and managing offenders is good": the
    // areas after "and" are the end of a longer subject when a name stands before them; an earlier start reads it.
    if (subject.areas) {
      const areas = areasAsSubject(head, starts, index, subject, subjectAt)
      if (areas) return areas
      continue
    }
    // "The extent to which the force treats the public and its workforce …": an area joined by "and" is one area.
    if (subject.area && index > 0 && /^\s+and\s+$/i.test(head.slice(starts[index - 1], starts[index]).slice(-5))) {
      const longer = subjectAt(starts[index - 1]!)
      // Not when the longer clause holds a judgement of its own ("how it uses … is good and how it plans …").
      if (longer?.area && isGenericSubject(longer.subject) && !/\b(?:is|are)\b/i.test(longer.clause)) return longer
    }
    // "Shropshire Fire and Rescue Service": a name joined by "and" is one name, not "Rescue Service".
    while (index > 0 && !isGenericSubject(subject.subject) && /^\s+and\s+$/i.test(head.slice(starts[index - 1] ?? 0, starts[index]).slice(-5))) {
      const longer = subjectAt(starts[index - 1]!)
      if (!longer || isGenericSubject(longer.subject)) break
      subject = longer
      index--
    }
    return subject
  }
  return undefined
}

/** A clause's subject: the body graded (with the area a possessive or "the extent to which" gives), or graded areas named as the subject. */
interface ClauseSubject {
  subject: string
  area?: string
  /** The framework's areas the clause names as its subject ("Recording data about crime was …"): the page's own. */
  areas?: string[]
  /** The subject was named as its performance ("Performance was ‘inadequate’ in the following area"). */
  performance?: true
  clause: string
}

// A capitalised word after the first: a name ("In Essex, investigating crime was good") may make the areas another body's.
const laterName = /\s[\p{Lu}]/u

/**
 * Graded areas as the subject ("police powers and public treatment, managing offenders, and
 * developing a positive workplace were judged ‘adequate’"): the longest list of the framework's
 * names that ends at the predicate, over the clause starts its commas make; nothing when a name
 * stands before it, as the areas may then be another body's.
 */
function areasAsSubject(
  head: string,
  starts: readonly number[],
  index: number,
  subject: ClauseSubject,
  subjectAt: (start: number) => ClauseSubject | undefined
): ClauseSubject | undefined {
  let longest = subject
  let from = index
  // An earlier start may fall inside a name ("police powers and public treatment" has "and"): every one is tried.
  for (let earlier = index - 1; earlier >= 0 && index - earlier <= maxBoundaries; earlier--) {
    const longer = subjectAt(starts[earlier]!)
    if (!longer?.areas) continue
    longest = longer
    from = earlier
  }
  return laterName.test(head.slice(0, starts[from])) ? undefined : longest
}

/** The subject of the clause of `head` that starts at `start`, with the clause's text. */
function candidateSubject(head: string, start: number): ClauseSubject | undefined {
  const quoted = withoutQuoteMarks(head.slice(start).trim())
  const conjunction = leadingConjunction.exec(quoted)
  // "however ‘responding to fires …’": a quote may open after the conjunction.
  const clause = conjunction ? withoutQuoteMarks(quoted.slice(conjunction[0].length)) : quoted
  const subject = subjectOf(clause)
  // Each answer of `subjectOf` is a new object: the clause is added to it, not to a copy.
  if (subject) (subject as ClauseSubject).clause = clause
  return subject as ClauseSubject | undefined
}

function subjectOf(text: string): Omit<ClauseSubject, 'clause'> | undefined {
  if (text === '') return undefined
  // A subject starts with a capital (a name, "The force", "It") or "the", "its", "how", "it", "we";
  // graded areas named as the subject may start in lower case ("while preventing crime was ‘good’").
  const opening = subjectStart.test(text)
  if (endsInTo(text)) text = text.replace(infinitive, '')
  if (mayEndPassive(text)) text = text.replace(passive, '')
  // "It also requires improvement in …": an adverb between the subject and the verb.
  text = text.replace(adverbAfterSubject, '')
  if (text.charCodeAt(text.length - 1) === closingBracket) text = text.replace(bracketedInitials, '')
  if (!opening) return areasNamed(text)
  const object = active.exec(text)
  if (object) text = object[1]!
  const lower = text.charCodeAt(0) >= 97
  if (pronoun.test(text)) return {subject: 'the force'}
  // "it is one of only four forces in England and Wales to be judged outstanding in …": the one of many is the subject.
  const many = oneOfMany.exec(text)
  if (many && isNamed(many[1]!)) return {subject: pronoun.test(many[1]!) ? 'the force' : many[1]!}
  // "CFRS performance ‘requires improvement’ in …", "Performance was ‘inadequate’ in …": the body's
  // performance is the body graded.
  const performance = performanceOf.exec(text)
  if (performance) {
    const owner = performance[2]?.trim()
    if (!owner) return {subject: 'the force', performance: true}
    if (isNamed(owner)) return {subject: pronoun.test(owner) ? 'the force' : owner, performance: true}
  }
  if (isGenericSubject(text)) return {subject: text}
  const extent = extentOf.exec(text) ?? howIt.exec(text) ?? judgedWay.exec(text)
  // "the extent to which the service …": a fire and rescue service, which a place-only heading cannot tell.
  if (extent) return {subject: fireSubject.test(text.slice(0, text.length - extent[1]!.length)) ? 'the service' : 'the force', area: extent[1]!}
  const named = extentNamed.exec(text)
  if (named && isProperName(named[1]!.trim())) return {subject: named[1]!.trim(), area: named[2]!}
  const pillar = pillarOf.exec(text)
  if (pillar) return {subject: `the ${pillar[2]!.toLowerCase()}`, area: pillar[1]!.toLowerCase()}
  const performing = performanceAt.exec(text)
  if (performing) return {subject: `the ${performing[1]!.toLowerCase()}`, area: performing[2]!}
  const ability = abilityOf.exec(text)
  if (ability && isNamed(ability[1]!)) return {subject: ability[1]!, area: ability[2]!}
  const its = itsArea.exec(text)
  if (its) return {subject: 'the force', area: its[1]!}
  const owner = lower && !text.startsWith('the ') ? null : possessive.exec(text)
  if (owner && isNamed(owner[1]!)) return {subject: owner[1]!, area: owner[2]!}
  const areas = object ? undefined : areasNamed(text)
  if (areas) return areas
  // "judged the Met as being …": the object of the inspectorate's verb may be a name after "the"; so
  // may a body's known name joined by "and", which the clause's "and" would otherwise cut ("that the
  // Tyne and Wear Fire and Rescue Service has been graded").
  if (theName.test(text) && text.length <= maxNameLength && isProperName(text) && (object || (joinedName.test(text) && resolveSubject(withoutArticle(text)) !== undefined))) return {subject: text}
  // Names are short and capitalised; the patterns above already tried every lower-case start.
  if (lower || text.length > maxNameLength) return undefined
  return isProperName(text) ? {subject: text} : undefined
}

const theName = /^the [\p{Lu}]/u
const joinedName = /\sand\s/

/** The framework's areas a clause names as its subject, the page's own ("Recording data about crime"). */
function areasNamed(text: string): Omit<ClauseSubject, 'clause'> | undefined {
  // Every name of the framework holds a graded area's words: the pattern rules most clauses out before the list is cut.
  const areas = text.length > maxListLength || !gradedArea.test(text) ? undefined : areaList(text)
  return areas?.every((piece) => isFrameworkArea(piece)) ? {subject: 'the force', areas} : undefined
}

function isNamed(text: string): boolean {
  return isGenericSubject(text) || pronoun.test(text) || isProperName(text)
}

/** `text` without an opening quote mark at its start and a closing one at its end, tested by character code. */
function withoutQuoteMarks(text: string): string {
  const start = isOpeningQuote(text.charCodeAt(0)) ? 1 : 0
  const end = text.length > start && isClosingQuote(text.charCodeAt(text.length - 1)) ? text.length - 1 : text.length
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** `'`, `‘`, `"` or `“`. */
function isOpeningQuote(code: number): boolean {
  return code === 39 || code === 0x2018 || code === 34 || code === 0x201c
}

/** `'`, `’`, `"` or `”`. */
function isClosingQuote(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 34 || code === 0x201d
}

function trimEnd(text: string): string {
  return trimTrailingPunctuation(text).trim()
}

// "across the three pillars", "in all three pillars", "in each of its pillars": every pillar, not a count of some.
const allPillars = /^(?:(?:all|each of|every one of)\s+)?(?:the\s+|its\s+)?(?:three|3)\s+pillars\b|^(?:all|each) of (?:the|its) pillars\b|^all (?:the )?pillars\b/i

// "for each of the three areas", "in all three measures", "all three of its inspection criteria", "across the board", "on all counts",
// "across the three areas of police effectiveness, efficiency and legitimacy": every area graded,
// which stand for the pillars only where the text nearby names them (`namesThePillars`).
// "three areas" alone is a count of some ("good in three areas, adequate in six"): every area is "all",
// "each of" or "the" three.
const everyArea = /^(?:(?:all|each|every one) of\s+(?:the\s+|its\s+)?|all\s+(?:the\s+|its\s+)?|the\s+|its\s+)(?:three|3)\s+(?:[a-z]+\s+){0,2}?(?:areas|measures|categories|headings|pillars|domains|counts|criteria)\b|^(?:all|each)\s+(?:three|3)\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:areas|measures|categories|headings|pillars|domains|criteria)\b|^the board\b|^all counts\b/i

/** Whether an area stands for every area graded ("each of the three areas", "the board"): the pillars when the text nearby names them. */
export const namesEveryArea = (text: string): boolean => everyArea.test(text)

const effectivenessWord = /\beffective(?:ness)?\b/i
const efficiencyWord = /\befficien(?:cy|t)\b/i
// PEEL's third pillar, or a fire inspection's ("how well it looks after its staff").
const legitimacyWord = /\blegitima(?:cy|te)\b/i
const peopleWord = /\bpeople\b|\bstaff\b/i

/**
 * Whose three pillars text names, if it names them: PEEL's ("effectiveness, efficiency and
 * legitimacy") or a fire inspection's ("covers three broad areas – effectiveness, efficiency and
 * people", "how well it looks after its staff").
 */
export function pillarsNamedIn(text: string): 'police' | 'fire' | undefined {
  const effectiveness = effectivenessWord.test(text)
  const efficiency = efficiencyWord.test(text)
  // Legitimacy is PEEL's pillar alone: with one of the other two beside it, the three are PEEL's even
  // where a copy misspells the third ("effecitveness, efficiency, and legitimacy").
  if (legitimacyWord.test(text) && (effectiveness || efficiency)) return 'police'
  return effectiveness && efficiency && peopleWord.test(text) ? 'fire' : undefined
}

// A pillar named as what a page's reports are about: "PEEL: Police effectiveness 2015", "efficiency
// reports", "annual “legitimacy” assessments", "HMICFRS’s effectiveness inspection", "the latest
// reports on how efficient they are", "graded every police force on its overall effectiveness".
const pillarOfReports =
  /\bpolice\s+(effectiveness|efficiency|legitimacy|leadership)\b|\b(effectiveness|efficiency|legitimacy|leadership)['’"”]?\s+(?:reports?|inspections?|assessments?|gradings?|judge?ments?)\b|\bon\s+how\s+(effective|efficient|legitimate)\b|\bon\s+(?:its|their)\s+(?:overall\s+)?(effectiveness|efficiency|legitimacy)\b/gi
// Any pillar's name, wherever the page prints it ("Police effectiveness, efficiency and legitimacy").
const pillarNoun = /\b(?:effectiveness|efficiency|legitimacy|leadership)\b/gi
const pillarOfAdjective: Readonly<Record<string, string>> = {effective: 'effectiveness', efficient: 'efficiency', legitimate: 'legitimacy'}

/**
 * The one PEEL pillar a page names as the subject of its reports ("… were among 10 forces classed as
 * good in efficiency reports"), for the grades whose sentences name no area; `undefined` where the page
 * names no pillar so, or prints the name of any other pillar anywhere ("cannot tell" over a guess).
 *
 * @example pillarOfPage('West Yorkshire Police was one of 30 forces classed as good in efficiency reports.') // 'efficiency'
 * @example pillarOfPage('Following the PEEL (Police effectiveness, efficiency and legitimacy) assessment …') // undefined
 */
export function pillarOfPage(text: string): string | undefined {
  const named = new Set<string>()
  for (const match of text.matchAll(pillarOfReports)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase()
    named.add(pillarOfAdjective[word] ?? word)
  }
  if (named.size !== 1) return undefined
  const [pillar] = named
  for (const match of text.matchAll(pillarNoun)) if (match[0].toLowerCase() !== pillar) return undefined
  return pillar
}

/** Whether an area stands for every pillar of the framework ("across the three pillars"). */
export const namesAllPillars = (text: string): boolean => allPillars.test(text)

// Where a list of areas may be cut: a comma or semicolon (with "and" after it), or "and", matched
// from the first character of its whitespace run only (the lookbehind), so a long run stays linear.
const listCut = /[,;]\s*(?:and\s+)?|(?<![,;\s])\s+and\s+/
// "treating people fairly and with respect", "using police powers and in their treatment of the
// public": a piece that starts with a preposition qualifies or continues the one before it.
const continuation = /^(?:with|to|for|in|at|of|on|by|from)\b/i
// "rated good for efficiency, legitimacy and effectiveness in a new inspection": where the report
// is said to be is not part of the last area.
const inInspection = /(?<!\s)\s+(?:in|following|after)\s+(?:an?|its|the|this|their)\s+(?:(?:new|latest|recent|annual|first|full)\s+)?(?:inspection|report|assessment)$/i

/**
 * The areas of a list news prose names in its own words: the framework's names cut it first
 * (`areaList`); a phrase they leave whole is cut at its commas and "and" when every piece is a
 * pillar ("rated good for efficiency, legitimacy and effectiveness") or, where the sentence says
 * the phrase is a list of graded areas (`listed`: "the inadequate areas included …", "‘Good’
 * gradings for …"), names something HMICFRS grades in two words or more ("preventing crime and use
 * of resources"). A judgement's area is one question more often than a list ("good at preventing
 * crime and keeping people safe" is PEEL 2016's): only pillars cut it. A framework name or a
 * pillar's wording ("effective at keeping people safe and reducing crime") stays one area, and
 * "preventing and investigating crime" is one phrase ("preventing" alone names nothing).
 *
 * @example gradedAreaList('efficiency, legitimacy and effectiveness', false) // ['efficiency', 'legitimacy', 'effectiveness']
 */
export function gradedAreaList(text: string, listed: boolean): string[] {
  const areas = areaList(text)
  if (areas.length > 1 || text.length > maxListLength) return areas
  const whole = text.replace(inInspection, '')
  if (isFrameworkArea(whole) || pillarNamed(whole)) return areas
  const pieces: string[] = []
  for (const piece of whole.split(listCut)) {
    const trimmed = piece.trim()
    if (trimmed === '') return areas
    if (pieces.length > 0 && continuation.test(trimmed)) pieces[pieces.length - 1] += ` and ${trimmed}`
    else pieces.push(trimmed)
  }
  const named = (piece: string) => pillarNamed(piece) !== undefined || (listed && piece.includes(' ') && gradedArea.test(piece))
  if (pieces.length > 1 && pieces.every(named)) return pieces
  // "understanding risk, prevention, protection and response": a question's one-word name among the
  // pieces says the phrase is a list, when every other piece names a graded area in two words or more.
  const short = (piece: string) => shortQuestionName.test(piece)
  if (pieces.length > 1 && pieces.some(short) && pieces.every((piece) => short(piece) || (piece.includes(' ') && gradedArea.test(piece)))) return pieces
  // "good at using resources and providing an affordable service": two fire questions in one phrase.
  return twoFireQuestions(whole) ?? areas
}

// A group of areas named by their grade, whatever the words around it: a noun for the areas and the
// grade they were given ("areas graded as good", "things that were listed in the report as
// “requiring improvement”", "areas found to require improvement"), or the grade and a noun
// ("‘inadequate’ areas", "the ‘adequate’ grade"). Readers put it before a verb and the areas it
// names ("… included A and B", "… was: A; B; C") or a list (a lead-in ending "include:").
const groupNoun = String.raw`(?:areas?|things|aspects|questions|categories)`
const groupNounWord = new RegExp(groupNoun, 'i')
/** Whether a text holds one of the nouns `gradeGroup` names areas by: a substring test to rule text out before the pattern runs. */
export const mayNameGroup = (text: string): boolean => groupNounWord.test(text)
const groupGradeWord = String.raw`['‘"“]?(?:outstanding|good|adequate|inadequate|requir(?:es|ed|ing) improvement)['’"”]?`
const groupGradeNoun = String.raw`(?:grades?|gradings?|ratings?|categor(?:y|ies))`

// "the areas in which the brigade was rated as requiring improvement", "the four areas where it was
// rated ‘good’": the body graded stands between the noun and its grade: a pronoun, the force or
// service, or a name, at most eight words (readers compile the group case-insensitive, so a name's
// capitals are not asked for).
const groupSubject = String.raw`[\w&'’-]+(?: [\w&'’-]+){0,7}`
const groupWhere = String.raw`(?:in which|where) ${groupSubject} (?:was|were|is|are|has been|have been|had been) (?:rated|graded|judged|assessed|deemed|found)(?: as| to be)? (?:${groupGradeWord}|to require improvement)`

/** A group of areas named by their grade ("the ‘inadequate’ areas", "areas graded as good"), as a pattern's source: readers put the verb and areas after it. */
export const gradeGroup = String.raw`(?:(?:other|these|those|all|some) )?(?:${groupNoun} ${groupWhere}|${groupNoun} (?:(?:that|which) (?:were|are|was|is) )?(?:listed|rated|graded|judged|assessed|identified|described)(?: in the report)?(?: as| to be)? ${groupGradeWord}|${groupNoun} (?:requiring|(?:that|which) requires?|(?:found|judged|assessed) to require) improvement|${groupGradeWord} (?:${groupNoun}|${groupGradeNoun}))`

const groupGradeValue = /outstanding|good|adequate|inadequate|(requir)/i

/** The grade a `gradeGroup` match names. */
export function gradeOfGroup(group: string): GradeValue | undefined {
  const word = groupGradeValue.exec(group)
  return word ? (word[1] ? 'requires-improvement' : gradeValue(word[0])) : undefined
}

/** Whether a phrase names something HMICFRS grades (a pillar or question), not a sub-topic. */
export const namesGradedArea = (text: string): boolean => gradedArea.test(text)

const and = ' and '
// "… fairly and with respect": a phrase that starts with a preposition qualifies the area before it.
const qualifier = /^(?:with|to|for|in|at|of|on|by)\b/i

/**
 * Two areas said to be both graded, whose names may hold "and" themselves ("preventing crime and
 * tackling anti-social behaviour and treating people fairly and with respect"): cut at the last "and"
 * that leaves a graded area on each side (or before one opened by "how it"), not before a qualifier
 * ("with respect"); none without such a cut.
 *
 * @example twoAreas('investigating crime, and responding to the public') // ['investigating crime', 'responding to the public']
 */
export function twoAreas(text: string): [string, string] | undefined {
  for (let at = text.lastIndexOf(and); at > 0; at = text.lastIndexOf(and, at - 1)) {
    const left = text.slice(0, at)
    const right = text.slice(at + and.length)
    // "both investigating crime, and responding to the public": the comma before "and" is the list's.
    // "its management of investigations and how it responds to the public": an area opened by the
    // force's own words ("how it …") after "and" starts the second; the first is what precedes it.
    if (!qualifier.test(right) && gradedArea.test(right) && (gradedArea.test(left) || areaOpening.test(right))) return [trimTrailingPunctuation(left), right]
  }
  return undefined
}

/** Whether an area is a count of grades ("four areas", "10 out of 11 subcategories"), not a graded area. */
export const isCountedAreas = (text: string): boolean => countedAreas.test(text)

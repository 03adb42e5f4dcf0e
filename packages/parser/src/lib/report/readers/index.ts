import type {ReaderFactory} from '../context.js'
import {causeClauses} from './cause-clauses.js'
import {causeFailures} from './cause-failures.js'
import {causeLeadIns} from './cause-lead-ins.js'
import {causeProgress} from './cause-progress.js'
import {causeReportedSpeech} from './cause-reported-speech.js'
import {causeStatementLines} from './cause-statement-lines.js'
import {causeVerdicts} from './cause-verdicts.js'
import {countedDemandLists} from './counted-demand-lists.js'
import {engageReasons} from './engage-reasons.js'
import {findingBoxes} from './finding-boxes.js'
import {gradeCountLists} from './grade-count-lists.js'
import {gradeCounts} from './grade-counts.js'
import {gradeForceLists} from './grade-force-lists.js'
import {gradeLabels} from './grade-labels.js'
import {gradeLists} from './grade-lists.js'
import {gradeNamedAreas} from './grade-named-areas.js'
import {gradeSentences} from './grade-sentences.js'
import {gradeTables} from './grade-tables.js'
import {history} from './history.js'
import {labelledFindings} from './labelled-findings.js'
import {practiceVerdicts} from './practice-verdicts.js'
import {proseLists} from './prose-lists.js'
import {publication} from './publication.js'
import {recommendationStatements} from './recommendation-statements.js'
import {runOnLists} from './run-on-lists.js'
import {trackerRows} from './tracker-rows.js'

/**
 * The layout readers, in the order they enter each block: a reader that reads a block (returns
 * `true`) hides it from those after it. Finding boxes come first so that a line shaped like the
 * next item of a box's list is read as one before anything else sees it; their main work is in
 * `exit`, after grade sentences may have named a new subject. Only two readers go before them, as
 * neither hides a block: cause progress only takes notes (a closing sentence may sit in a block
 * another reader reads), and cause statement lines read a cause's statement printed as a heading,
 * which still opens its section. A new layout is one more file here. A reader whose handlers act
 * only on blocks holding some word declares it (`triggers`), and sees no other block. Causes in
 * reported speech come last: they take notes from a block and leave it to every reader before.
 */
export const reportReaders: readonly ReaderFactory[] = [causeProgress, causeStatementLines, findingBoxes, labelledFindings, trackerRows, publication, gradeForceLists, gradeTables, gradeLabels, engageReasons, proseLists, countedDemandLists, practiceVerdicts, causeClauses, causeVerdicts, causeLeadIns, causeFailures, history, recommendationStatements, runOnLists, gradeLists, gradeCounts, gradeCountLists, gradeNamedAreas, gradeSentences, causeReportedSpeech]

// Helpers the @scrutiny packages share, not part of the public API (no semver promise): import them
// from `@scrutiny/parser/internal`.
export {isPageFurniture, isPageNumberLine, runningLineKey} from './lib/normalise/furniture.js'
// The blocks a report's readers see, which `scripts/diff-formats.mjs` compares between text and HTML.
export {reportBlocks} from './lib/report/blocks.js'
export {contentWords, flatten, paraphraseScore, sameFindingText, sameFlatText} from './lib/response/match.js'
export {stanceOf} from './lib/response/stance.js'
export {lineStarts, pointAt} from './lib/points.js'
// Written dates and words, for the register's provenance headers and the linter's messages (one text
// module for every package: one month table, one date reader, one overlap loop).
export {isoDay, monthNamePattern, sharedCount} from './lib/text.js'
// Which clause of the `namesReport` rule a passage naming the report meets, for `report-identified`.
export {genericPassage, genericReference, inspectorateName, nameClause} from './lib/response/report-names.js'
export type {NameClause} from './lib/response/report-names.js'

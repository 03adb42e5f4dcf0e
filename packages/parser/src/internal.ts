// Helpers the @scrutiny packages share, not part of the public API (no semver promise): import them
// from `@scrutiny/parser/internal`.
export {isPageNumberLine} from './lib/input/text-to-mdast.js'
export {sameFindingText} from './lib/response/match.js'

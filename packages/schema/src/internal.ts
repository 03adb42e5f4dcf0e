// Helpers the @scrutiny packages share, not part of the public API (no semver promise): import them
// from `@scrutiny/schema/internal`.
export {normaliseName} from './lib/reference/names.js'
export {formatPath} from './lib/validate.js'
export {bodiesWithInitials, initialsOf} from './lib/reference/initials.js'
export type {BodyWithInitials} from './lib/reference/initials.js'

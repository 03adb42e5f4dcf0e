// Helpers the @scrutiny packages share, not part of the public API (no semver promise): import them
// from `@scrutiny/convert/internal`. `@scrutiny/word` edits a .docx with the same bounded zip reader.
export {checkZip, inflateEntry} from './lib/docx/zip.js'
export type {CheckedZip, ZipEntry, ZipLimits} from './lib/docx/zip.js'

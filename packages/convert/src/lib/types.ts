// Converted nodes say where they came from: the Word paragraph (from 0) or the PDF page (from 1).
declare module 'mdast' {
  interface Data {
    /** Index of the Word paragraph the node was read from, counting from 0. */
    paragraph?: number
    /** PDF page the node was read from, counting from 1. */
    page?: number
  }
}

export {}

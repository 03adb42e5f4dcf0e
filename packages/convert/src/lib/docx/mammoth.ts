import mammoth from 'mammoth'

/**
 * Style map for the styles OPCC templates use; mammoth's defaults cover Heading 1-6 and lists
 * (numbered and bulleted paragraphs, whatever their style, become `li`).
 */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h4:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  // Comments are kept out of the body text.
  'comment-reference => !'
]

/**
 * Each paragraph is prefixed with a marker `\uE000<index>#<numbered>\uE001` (private-use characters,
 * stripped again from the HTML): `index` is the paragraph's place in the body, from 0, and
 * `numbered` its place among paragraphs with list numbering (empty if it has none).
 */
export const markerPattern = /\uE000(\d+)#(\d*)\uE001/g

interface MammothElement {
  type: string
  children?: MammothElement[]
  numbering?: unknown
  value?: string
}

/** mammoth's HTML for the document, with paragraph markers, and the count of numbered paragraphs. */
export async function docxToHtml(bytes: Uint8Array): Promise<{html: string; numberedParagraphs: number; errors: string[]}> {
  let paragraphs = 0
  let numbered = 0
  const mark = (element: MammothElement): MammothElement => {
    const children = element.children?.map(mark)
    if (element.type !== 'paragraph') return children ? {...element, children} : element
    const marker = `\uE000${paragraphs++}#${element.numbering ? numbered++ : ''}\uE001`
    return {...element, children: [{type: 'run', children: [{type: 'text', value: marker}]}, ...(children ?? [])]}
  }

  // mammoth reads `buffer` in Node and `arrayBuffer` in browsers; both are given.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  const input = {buffer: bytes, arrayBuffer: whole ? bytes.buffer : bytes.slice().buffer} as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  const result = await mammoth.convertToHtml(input, {
    styleMap,
    ignoreEmptyParagraphs: false,
    externalFileAccess: false,
    // The document does not choose how it is read: a style map embedded in it is ignored.
    includeEmbeddedStyleMap: false,
    // Images are never read (nor linked images fetched): only their alt text matters.
    convertImage: mammoth.images.imgElement(async () => ({src: ''})),
    transformDocument: mark
  })
  return {
    html: result.value,
    numberedParagraphs: numbered,
    errors: result.messages.filter((message) => message.type === 'error').map((message) => message.message)
  }
}

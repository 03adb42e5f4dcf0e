/** Where a body paragraph of `word/document.xml` stands, by character index into the XML. */
export interface ParagraphSpan {
  /** Just after the paragraph's properties (`<w:pPr>…</w:pPr>`), or its opening tag: where content starts. */
  contentStart: number
  /** The `</w:p>` closing tag: where content ends. */
  contentEnd: number
}

// One tag at a time: a paragraph open or close tag, or an mc:Choice boundary. `[^>]*` cannot run
// past the next `>`, so the scan is linear.
const tags = /<(\/?)(w:p|mc:Choice)(?=[\s/>])[^>]*?(\/?)>/g

/**
 * The body paragraphs of `word/document.xml`, indexed as `@scrutiny/convert` counts them (mammoth's
 * order: a paragraph is counted when it closes, so one inside a text box comes before the paragraph
 * holding it). Content under `mc:Choice` is skipped: mammoth reads the `mc:Fallback` copy.
 * Self-closing `<w:p/>` paragraphs are counted but have no span (they hold no text to anchor to).
 */
export function bodyParagraphs(xml: string): Array<ParagraphSpan | undefined> {
  const paragraphs: Array<ParagraphSpan | undefined> = []
  const open: number[] = []
  let choiceDepth = 0
  tags.lastIndex = 0
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    const [whole, closing, name, selfClosing] = match
    if (name === 'mc:Choice') {
      if (selfClosing) continue
      choiceDepth += closing ? -1 : 1
      continue
    }
    if (selfClosing) {
      if (choiceDepth === 0) paragraphs.push(undefined)
      continue
    }
    if (!closing) {
      open.push(match.index + whole.length)
      continue
    }
    const openEnd = open.pop()
    if (openEnd === undefined || choiceDepth > 0) continue
    paragraphs.push({contentStart: afterProperties(xml, openEnd), contentEnd: match.index})
  }
  return paragraphs
}

/** The index just after a paragraph's `<w:pPr>` element, when it opens the paragraph. */
function afterProperties(xml: string, at: number): number {
  if (xml.startsWith('<w:pPr/>', at)) return at + '<w:pPr/>'.length
  if (!xml.startsWith('<w:pPr>', at) && !xml.startsWith('<w:pPr ', at)) return at
  const end = xml.indexOf('</w:pPr>', at)
  return end < 0 ? at : end + '</w:pPr>'.length
}

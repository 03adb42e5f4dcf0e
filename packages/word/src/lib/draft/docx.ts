import {AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun} from 'docx'
import type {DraftBlock, ResponseDraft} from './draft-response.js'
import {placeholderText} from './placeholder.js'
import type {Inline} from './placeholder.js'

// Word numbering for the three parts' headings: "1.", "2.", "3.", as OPCC templates number them.
const partNumbering = 'scrutiny-parts'

function runs(content: readonly Inline[]): TextRun[] {
  return content.map((inline) =>
    typeof inline === 'string'
      ? new TextRun(inline)
      : // Highlighted, so the author sees what is left to write.
        new TextRun({text: placeholderText(inline), highlight: 'yellow'})
  )
}

function toParagraph(block: DraftBlock): Paragraph {
  switch (block.type) {
    case 'title':
      return new Paragraph({text: block.text, heading: HeadingLevel.TITLE})
    case 'heading':
      if (block.level === 'part') {
        return new Paragraph({text: block.text, heading: HeadingLevel.HEADING_1, numbering: {reference: partNumbering, level: 0}})
      }
      return new Paragraph({text: block.text, heading: block.level === 'group' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3})
    case 'quote':
      return new Paragraph({text: block.text, style: 'Quote'})
    case 'paragraph':
      return new Paragraph({children: runs(block.content)})
  }
}

/**
 * The draft as a Word document (`.docx` bytes): Word's own Title, Heading 1-3 and Quote styles,
 * so the navigation pane shows the parts, with the parts numbered by Word ("1.", "2.", "3."),
 * and placeholders highlighted. Runs in Node and in browsers.
 *
 * @example
 *   const bytes = await draftToDocx(draftResponse(report, {body: 'warwickshire'}))
 */
export async function draftToDocx(draft: ResponseDraft): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Scrutiny',
    title: draft.blocks[0]?.type === 'title' ? draft.blocks[0].text : 'Response',
    description: `Draft response of the ${draft.body.localPolicingBody.name} under ${draft.citation}`,
    styles: {
      // Outline levels on the heading styles: what Word's navigation pane and LibreOffice's
      // outline read the parts from.
      default: {
        heading1: {paragraph: {outlineLevel: 0}},
        heading2: {paragraph: {outlineLevel: 1}},
        heading3: {paragraph: {outlineLevel: 2}}
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: {italics: true},
          paragraph: {indent: {left: 720, right: 720}}
        }
      ]
    },
    numbering: {
      config: [
        {
          reference: partNumbering,
          levels: [{level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START}]
        }
      ]
    },
    sections: [{children: draft.blocks.map(toParagraph)}]
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

import * as z from 'zod'

/** A place in a source text; the same shape as unist `Point`, so mdast positions fit without copying. */
export const SourcePoint = z
  .object({
    line: z.number().int().min(1).meta({description: 'Line, counting from 1.'}),
    column: z.number().int().min(1).meta({description: 'Column, counting from 1, in UTF-16 code units.'}),
    offset: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({description: 'Offset from the start of the text, counting from 0, in UTF-16 code units.'})
  })
  .meta({
    id: 'SourcePoint',
    title: 'Source point',
    description: 'One place in the source text (compatible with unist Point).'
  })

/** Where a finding, grade or passage stands in its source; compatible with unist `Position`. */
export const SourceSpan = z
  .object({
    start: SourcePoint,
    end: SourcePoint,
    page: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({description: 'Page number, counting from 1, when the source was a PDF.'}),
    paragraph: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({description: 'Paragraph index, counting from 0, when the source was a Word document.'})
  })
  .meta({
    id: 'SourceSpan',
    title: 'Source span',
    description:
      'The stretch of source text a value was read from: start and end points (compatible with unist Position), and the page or paragraph for PDF and Word sources.'
  })

export type SourcePoint = z.infer<typeof SourcePoint>
export type SourceSpan = z.infer<typeof SourceSpan>

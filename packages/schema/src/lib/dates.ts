import * as z from 'zod'

/** A calendar date written `YYYY-MM-DD`; validated as a real date (no 30 February). */
export const IsoDate = z.iso.date().meta({
  id: 'IsoDate',
  title: 'ISO date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD.'
})

export type IsoDate = z.infer<typeof IsoDate>

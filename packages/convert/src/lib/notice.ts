/** Something a reader noticed but could work around; becomes a VFileMessage on the file. */
export interface Notice {
  ruleId: string
  reason: string
  /** The note: why it matters or what to do. */
  note?: string
  /** `'warning'` (default) or `'info'`. */
  level?: 'warning' | 'info'
}

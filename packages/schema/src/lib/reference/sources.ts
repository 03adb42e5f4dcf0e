/** A legislation.gov.uk address from its path, e.g. `legislation('uksi/2017/864/made')`. */
export const legislation = (path: string): string => `https://www.legislation.gov.uk/${path}`

/** An HMICFRS address from its path. */
export const hmicfrs = (path: string): string => `https://hmicfrs.justiceinspectorates.gov.uk/${path}`

import {access} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'

/** The configuration file `scrutiny lint` looks for when `--config` is not given. */
export const configFileName = '.scrutinyrc.json'

/**
 * Find the nearest `.scrutinyrc.json`: in the folder of the response, then each folder above it,
 * as remark and ESLint look for theirs. For standard input the search starts in the working folder.
 *
 * @example
 *   await findConfig('drafts/response.docx', '/work') // '/work/.scrutinyrc.json' if only that one exists
 */
export async function findConfig(responsePath: string, cwd: string): Promise<string | undefined> {
  let folder = responsePath === '-' ? resolve(cwd) : dirname(resolve(cwd, responsePath))
  for (;;) {
    const candidate = join(folder, configFileName)
    try {
      await access(candidate)
      return candidate
    } catch {
      const parent = dirname(folder)
      if (parent === folder) return undefined
      folder = parent
    }
  }
}

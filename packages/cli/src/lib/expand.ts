import {stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {glob} from 'tinyglobby'
import {FileError} from './errors.js'
import {toFileError} from './read.js'

/** The extensions a folder is searched for: the formats the parser and the converter read. */
export const documentExtensions = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] as const

const globCharacters = /[*?[\]{}]/

/**
 * Turn the paths, folders and globs on the command line into a sorted list of files (`-` stays
 * as is). A missing path, a glob that matches nothing or a folder without documents is a
 * `FileError`: a typo should stop the run before it starts, not hide in a summary.
 *
 * @example
 *   await expandInputs(['fixtures/corpus/reports'], cwd) // => ['fixtures/corpus/reports/custody-cleveland-2011.txt', ...]
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const files: string[] = []
  for (const input of inputs) {
    if (input === '-') {
      files.push(input)
      continue
    }
    const info = await stat(resolve(cwd, input)).catch((error: unknown) => {
      if (globCharacters.test(input)) return undefined
      throw toFileError(input, error, 'a file, a folder or a glob')
    })
    if (info?.isFile()) {
      files.push(input)
      continue
    }
    const pattern = info?.isDirectory() ? `**/*.{${documentExtensions.join(',')}}` : input
    const base = info?.isDirectory() ? input : ''
    const matches = (await glob(pattern, {cwd: resolve(cwd, base), onlyFiles: true, expandDirectories: false})).sort()
    if (matches.length === 0) {
      throw new FileError(
        input,
        info ? `holds no documents, expected files ending .${documentExtensions.join(', .')}` : 'matches no files, expected a glob that matches documents'
      )
    }
    // A loop, not a spread: a folder of a million files would pass the engine's argument limit.
    for (const match of matches) files.push(base ? join(base, match) : match)
  }
  return files
}

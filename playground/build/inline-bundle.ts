import type {Plugin, Rollup} from 'vite'

/**
 * Inline the built scripts and styles into `index.html` and drop the separate files, so the page
 * opens from `file://` (where browsers refuse module scripts loaded by URL) as well as from a host.
 */
export function inlineBundle(): Plugin {
  return {
    name: 'scrutiny-inline-bundle',
    apply: 'build',
    enforce: 'post',
    // Last of all, after Vite has rewritten the dynamic-import preload markers in the chunks.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find(
          (file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.html')
        )
        if (!html) return
        let page = String(html.source)
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.isEntry) {
            page = replaceTag(page, scriptTag(file.fileName), `<script type="module">${escapeScript(file)}</script>`)
            delete bundle[file.fileName]
          } else if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            page = replaceTag(page, styleTag(file.fileName), `<style>${String(file.source)}</style>`)
            delete bundle[file.fileName]
          }
        }
        html.source = page
      }
    }
  }
}

function scriptTag(fileName: string): RegExp {
  return new RegExp(`<script type="module" crossorigin src="\\./${escapeRegExp(fileName)}"></script>`)
}

function styleTag(fileName: string): RegExp {
  return new RegExp(`<link rel="stylesheet" crossorigin href="\\./${escapeRegExp(fileName)}">`)
}

function replaceTag(page: string, tag: RegExp, replacement: string): string {
  if (!tag.test(page)) throw new Error(`Cannot inline the bundle: expected ${String(tag)} in index.html`)
  // A function, so `$` in the code is not read as a replacement pattern.
  return page.replace(tag, () => replacement)
}

/** `</script` inside the code would end the inline element early. */
function escapeScript(chunk: Rollup.OutputChunk): string {
  return chunk.code.replace(/<\/(script)/gi, '<\\/$1')
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

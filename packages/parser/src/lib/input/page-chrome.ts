// A saved web page is mostly not its report: a cookie banner, menus, a sidebar of related reports
// ("Kent 2021/22: the service requires improvement at …"), a footer. Read as text they give
// findings and grades that are not the page's. The landmarks of HTML say which parts are content:
// where a page has one `main` element (every current site template does), that is the page; and
// wherever it is, navigation, a search form, what the page hides, and the banner header,
// content-info footer and complementary sidebar of the page itself (not those inside an article,
// a section or `main`, where a header holds an article's heading and an aside may be a box of
// findings) are never content. Iterative: a page nested a thousand levels deep costs no stack.

/** The parts of a hast node this step reads and changes. */
export interface HtmlNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HtmlNode[]
}

// Elements never holding the report, wherever they are.
const neverContent = new Set(['nav', 'form', 'dialog', 'noscript', 'template'])
const neverContentRoles = new Set(['navigation', 'search', 'dialog', 'alertdialog'])
// The page's own landmarks: chrome at the page's level, content inside an article or section.
const pageLevel = new Set(['header', 'footer', 'aside'])
const pageLevelRoles = new Set(['banner', 'contentinfo', 'complementary'])
const contentContainers = new Set(['main', 'article', 'section'])

const roleOf = (node: HtmlNode): string | undefined => {
  const role = node.properties?.role
  // hast keeps a space-separated attribute as a string or a list, by the parser's schema.
  return typeof role === 'string' ? role.toLowerCase() : Array.isArray(role) ? String(role[0]).toLowerCase() : undefined
}

const isHidden = (node: HtmlNode): boolean => node.properties?.hidden === true || String(node.properties?.ariaHidden) === 'true'

const isMain = (node: HtmlNode): boolean => node.tagName === 'main' || roleOf(node) === 'main'

/**
 * Narrow a parsed page to its content, in place: the one `main` element if there is exactly one,
 * then without the chrome described above. Text outside any element (a fragment) is kept.
 *
 * @example
 *   // <body><nav>…</nav><main><h1>Kent 2018/19</h1>…</main><aside>Related: …</aside></body>
 *   dropPageChrome(hast) // the body holds the main element alone
 */
export function dropPageChrome(root: HtmlNode): void {
  const body = findElement(root, (node) => node.tagName === 'body')
  const mains = findAll(body ?? root, isMain)
  if (body && mains.length === 1) body.children = [mains[0]!]
  // Each element with whether it lies inside content (main, article, section), its children judged by that.
  const stack: Array<{node: HtmlNode; inContent: boolean}> = [{node: root, inContent: false}]
  while (stack.length > 0) {
    const {node, inContent} = stack.pop()!
    if (!node.children) continue
    // A child of main, an article or a section is inside content.
    const childrenInContent = inContent || (node.tagName !== undefined && (contentContainers.has(node.tagName) || isMain(node)))
    node.children = node.children.filter((child) => child.type !== 'element' || !isChrome(child, childrenInContent))
    for (const child of node.children) if (child.children) stack.push({node: child, inContent: childrenInContent})
  }
}

function isChrome(node: HtmlNode, inContent: boolean): boolean {
  const tag = node.tagName ?? ''
  const role = roleOf(node)
  if (neverContent.has(tag) || (role !== undefined && neverContentRoles.has(role)) || isHidden(node)) return true
  return !inContent && (pageLevel.has(tag) || (role !== undefined && pageLevelRoles.has(role)))
}

/** The first element (document order) that `test` accepts. Iterative. */
function findElement(root: HtmlNode, test: (node: HtmlNode) => boolean): HtmlNode | undefined {
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && test(node)) return node
    for (let index = (node.children?.length ?? 0) - 1; index >= 0; index--) stack.push(node.children![index]!)
  }
  return undefined
}

/** Every element that `test` accepts, not looking inside one it accepted. Iterative. */
function findAll(root: HtmlNode, test: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = []
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && test(node)) {
      found.push(node)
      continue
    }
    for (const child of node.children ?? []) stack.push(child)
  }
  return found
}

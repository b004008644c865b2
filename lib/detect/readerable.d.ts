declare module '@mozilla/readability/Readability-readerable.js' {
  /**
   * `isProbablyReaderable` of '@mozilla/readability', imported from its own file so that a
   * content-script bundle does not carry the whole Readability class.
   */
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}

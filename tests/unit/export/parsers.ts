/**
 * Small independent readers of the RIS and BibTeX exports, written for the tests (unit and E2E)
 * so the exports are checked by code that does not share their implementation.
 */

/** A small RIS reader written for the tests: records of [tag, value] pairs. */
export function parseRis(src: string): Record<string, string[]>[] {
  const out: Record<string, string[]>[] = [];
  let cur: Record<string, string[]> | null = null;
  for (const line of src.split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!m) continue;
    const [, tag, value] = m;
    if (tag === 'TY') cur = {};
    if (!cur) throw new Error('field before TY');
    (cur[tag] ??= []).push(value);
    if (tag === 'ER') {
      out.push(cur);
      cur = null;
    }
  }
  return out;
}

/** A small BibTeX reader written for the tests: entries with brace-balanced field values. */
export function parseBib(src: string): { type: string; key: string; fields: Record<string, string> }[] {
  const out: { type: string; key: string; fields: Record<string, string> }[] = [];
  let i = 0;
  while ((i = src.indexOf('@', i)) >= 0) {
    const head = /^@(\w+)\{([^,\s]+),/.exec(src.slice(i));
    if (!head) throw new Error(`bad entry at ${i}`);
    i += head[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      const m = /^\s*(\w+)\s*=\s*\{/.exec(src.slice(i));
      if (!m) break;
      i += m[0].length;
      let depth = 1;
      let v = '';
      while (depth > 0) {
        const ch = src[i++];
        if (ch === undefined) throw new Error('unbalanced braces');
        if (ch === '\\') {
          v += ch + src[i++];
          continue;
        }
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        if (depth > 0) v += ch;
      }
      fields[m[1]] = v;
      const sep = /^\s*,?/.exec(src.slice(i));
      i += sep ? sep[0].length : 0;
    }
    const close = /^\s*\}/.exec(src.slice(i));
    if (!close) throw new Error('entry not closed');
    i += close[0].length;
    out.push({ type: head[1], key: head[2], fields });
  }
  return out;
}

export const unTex = (s: string) =>
  s
    .replace(/^\{(.*)\}$/s, '$1')
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textless\{\}/g, '<')
    .replace(/\\textgreater\{\}/g, '>')
    .replace(/-\{\}/g, '-')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([{}&%$#_])/g, '$1');

/** A tiny YAML writer for front matter: every string double-quoted and escaped (JSON strings are valid YAML). */

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

const ODD_BREAKS = /[\u007f\u0085\u2028\u2029]/;

/** A YAML scalar: strings as double-quoted YAML (quotes, backslashes, controls, line breaks escaped). */
export function yamlScalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // JSON escapes ", \ and C0 controls; YAML double-quoted strings read the same escapes. Also escape
  // NEL/LS/PS and DEL, which some YAML readers treat as line breaks or reject.
  const json = JSON.stringify(v);
  if (!ODD_BREAKS.test(json)) return json;
  return json.replace(
    /[\u007f\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function isScalar(v: YamlValue): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isEmpty = (v: YamlValue[] | { [key: string]: YamlValue }) =>
  Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;

/** Writes the lines of a block sequence or mapping at `indent` into `out`. */
function block(v: YamlValue[] | { [key: string]: YamlValue }, indent: string, out: string[]): void {
  if (!Array.isArray(v)) {
    mapLines(v, indent, out, indent);
    return;
  }
  for (const item of v) {
    if (isScalar(item)) out.push(`${indent}- ${yamlScalar(item)}`);
    else if (isEmpty(item)) out.push(`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`);
    else if (Array.isArray(item)) {
      const at = out.length;
      block(item, `${indent}  `, out);
      out[at] = `${indent}- ${out[at].trimStart()}`;
    } else mapLines(item, `${indent}  `, out, `${indent}- `);
  }
}

/** Writes a mapping's lines into `out`; the first key line starts with `first` instead of `indent`. */
function mapLines(obj: { [key: string]: YamlValue }, indent: string, out: string[], first: string): void {
  let lead = first;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const key = SIMPLE_KEY.test(k) ? k : yamlScalar(k);
    if (isScalar(v)) out.push(`${lead}${key}: ${yamlScalar(v)}`);
    else if (isEmpty(v)) out.push(`${lead}${key}: ${Array.isArray(v) ? '[]' : '{}'}`);
    else {
      out.push(`${lead}${key}:`);
      block(v, `${indent}  `, out);
    }
    lead = indent;
  }
}

/** A `---` delimited front matter block for a mapping. */
export function frontMatter(obj: { [key: string]: YamlValue }): string {
  const out = ['---'];
  mapLines(obj, '', out, '');
  out.push('---', '');
  return out.join('\n');
}

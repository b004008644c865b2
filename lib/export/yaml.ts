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

function block(v: YamlValue, indent: string): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    return v.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${yamlScalar(item)}`];
      const lines = Array.isArray(item) ? block(item, `${indent}  `) : mapLines(item, `${indent}  `);
      if (lines.length === 0) return [`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`];
      return [`${indent}- ${lines[0].trimStart()}`, ...lines.slice(1)];
    });
  }
  return mapLines(v as { [key: string]: YamlValue }, indent);
}

function mapLines(obj: { [key: string]: YamlValue }, indent: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    const key = /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : yamlScalar(k);
    if (isScalar(v)) out.push(`${indent}${key}: ${yamlScalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) out.push(`${indent}${key}: []`);
    else if (!Array.isArray(v) && Object.keys(v).length === 0) out.push(`${indent}${key}: {}`);
    else out.push(`${indent}${key}:`, ...block(v, `${indent}  `));
  }
  return out;
}

/** A `---` delimited front matter block for a mapping. */
export function frontMatter(obj: { [key: string]: YamlValue }): string {
  return ['---', ...mapLines(obj, ''), '---', ''].join('\n');
}

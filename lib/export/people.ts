/**
 * Authors of a clipping from its byline, one entry per person, kept whole: Vietnamese names are
 * written family name first and have no "last, first" split, so every export writes them as one
 * literal name. Credits for photos, video or graphics are not authors.
 */

/** Roles that credit someone other than a writer ("Ảnh: Hữu Hạnh"). */
const NOT_AUTHOR =
  /^(?:ảnh|anh|photo|video|clip|đồ\s*họa|do\s*hoa|đồ\s*hoạ|thiết\s*kế|infographic|minh\s*họa|minh\s*hoạ|graphic|design)\b/iu;
/** Writer roles dropped before the name ("Bài:", "Tin, ảnh:", "Theo"). */
const WRITER_ROLE =
  /^(?:(?:bài|tin|bài\s*viết|nội\s*dung|thực\s*hiện|nhóm\s*pv|phóng\s*viên|pv|by|written\s*by)(?:\s*(?:và|,|&)\s*(?:ảnh|video))?\s*[:\-–]\s*|theo\s+|by\s+)/iu;

/** The persons named in a byline, in order, without duplicates. "" and null give []. */
export function bylinePeople(byline: string | null | undefined): string[] {
  const src = (byline ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!src) return [];
  const out: string[] = [];
  // A role prefix governs the names that follow it up to the next ";" (or the next role).
  for (const group of src.split(/\s*[;|\n]\s*|\s+[-–—]\s+(?=\p{Lu})/u)) {
    let g = group.trim();
    if (!g) continue;
    if (NOT_AUTHOR.test(g) && /[:\-–]/.test(g)) continue;
    g = g.replace(WRITER_ROLE, '');
    for (const part of g.split(/\s*,\s*|\s*&\s*|\s+và\s+|\s+and\s+|\s*\/\s*/iu)) {
      const name = part
        .replace(/\s*[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?\s*/g, ' ')
        .replace(/^[\s"'“”‘’.:;,-]+|[\s"'“”‘’.:;,-]+$/gu, '')
        .trim();
      if (name && /\p{L}/u.test(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

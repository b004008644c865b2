/**
 * Acronyms a user adds to the glossary (options page), stored with the settings: shape, limits
 * and validation (valibot), defined once.
 */
import * as v from 'valibot';

/** Most entries a user may add. */
export const MAX_USER_ACRONYMS = 500;

/** One user entry: the acronym as written (case-sensitive) and its expansions. */
export const UserAcronymSchema = v.object({
  abbr: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(2, 'too short'),
    v.maxLength(20, 'longer than 20 characters'),
    v.regex(/^[\p{L}\p{N}][\p{L}\p{N}.&/-]*[\p{L}\p{N}.]$/u, 'letters, digits and . & / - only'),
    v.check((s) => /\p{Lu}/u.test(s), 'needs a capital letter'),
  ),
  vi: v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'), v.maxLength(300, 'longer than 300 characters')),
  en: v.pipe(v.string(), v.trim(), v.maxLength(300, 'longer than 300 characters')),
});

export type UserAcronym = v.InferOutput<typeof UserAcronymSchema>;

/** The first problem of an entry, or null when it is valid. */
export function userAcronymProblem(entry: unknown): string | null {
  const r = v.safeParse(UserAcronymSchema, entry);
  return r.success ? null : (r.issues[0]?.message ?? 'invalid');
}

/** Keeps the valid entries of a stored list (trimmed; a later entry for the same acronym wins). */
export function normalizeUserAcronyms(value: unknown): UserAcronym[] {
  if (!Array.isArray(value)) return [];
  const byAbbr = new Map<string, UserAcronym>();
  for (const item of value) {
    const r = v.safeParse(UserAcronymSchema, item);
    if (r.success) {
      byAbbr.delete(r.output.abbr);
      byAbbr.set(r.output.abbr, r.output);
    }
  }
  return [...byAbbr.values()].slice(-MAX_USER_ACRONYMS);
}

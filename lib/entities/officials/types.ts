/** Shapes shared by the parts of the officials' recogniser. */

/** One office phrase found in the text (working-copy offsets). */
export interface TitleSpan {
  s: number;
  e: number;
  /** Lower-case head ("bộ trưởng"). */
  head: string;
  /** Has a body after the head ("Bộ trưởng Bộ Nội vụ"). */
  hasOrg: boolean;
}

/** A person found in the text. */
export interface Person {
  id: number;
  /** Lower-case name tokens of the fullest form. */
  toks: string[];
  /** Working-copy span of the fullest name form. */
  nameS: number;
  nameE: number;
  titles: TitleSpan[];
  /** Named "đồng chí": an official even without a title. */
  comrade: boolean;
  /** Starts of its mentions, increasing. */
  at: number[];
  /** Lower-case texts of `titles`, for de-duplication. */
  titleKeys: Set<string>;
  /** Company offices the person is named with ("Chủ tịch HĐQT"). */
  business: TitleSpan[];
}

/** One mention of a person (working-copy offsets). */
export interface OfficialMention {
  s: number;
  e: number;
  person: Person;
  titles: TitleSpan[];
}

export interface Chain {
  titles: TitleSpan[];
  end: number;
  business: boolean;
}

export interface NameHit {
  s: number;
  e: number;
  end: number;
  toks: string[];
  kind: 'full' | 'single';
  foreign: boolean;
}

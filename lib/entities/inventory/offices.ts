/**
 * Offices as Vietnamese writes them: heads of Party, State, National Assembly, Government, ministries,
 * courts, procuracies, local authorities, the army and police (ranks), and foreign offices (heads of
 * state and government, monarchs, ministers, ambassadors, heads of international organisations).
 * Sources: the Constitution of 2013 (chapters on the National Assembly, President, Government,
 * courts and procuracies), the Party Statute, the laws on the organisation of local government,
 * on officers of the People's Army and on the People's Public Security (ranks). English titles of
 * every head are in `english-titles.ts`.
 * Lower case, NFC, new-style tone placement ("ủy", "hòa"), words separated by single spaces.
 */

/**
 * Office heads (the word that names an office). Each may be preceded by "phó" (deputy) — those
 * forms are added below — and followed by modifiers such as "thường trực".
 */
const HEADS = [
  'tổng bí thư',
  'bí thư',
  'bí thư thứ nhất',
  'ủy viên',
  'ủy viên dự khuyết',
  'ủy viên trưởng',
  'ủy viên quốc vụ',
  'tỉnh ủy viên',
  'thành ủy viên',
  'huyện ủy viên',
  'chủ tịch',
  'chủ tịch nước',
  'thủ tướng',
  'bộ trưởng',
  'thứ trưởng',
  'chủ nhiệm',
  'trưởng ban',
  'trưởng đoàn',
  'tổng thư ký',
  'thư ký',
  'chánh văn phòng',
  'chánh án',
  'viện trưởng',
  'tổng kiểm toán',
  'tổng kiểm toán nhà nước',
  'tổng thanh tra',
  'chánh thanh tra',
  'thống đốc',
  'tổng cục trưởng',
  'cục trưởng',
  'vụ trưởng',
  'đại biểu quốc hội',
  'người phát ngôn',
  'phát ngôn viên',
  'kiểm sát viên',
  'trưởng đại diện',
  'tổng tư lệnh',
  'tư lệnh',
  'chính ủy',
  'tham mưu trưởng',
  'tổng tham mưu trưởng',
  'chỉ huy trưởng',
  'đại sứ',
  'tổng lãnh sự',
  'lãnh sự',
  'đại biện',
  'đặc phái viên',
  'ngoại trưởng',
  'tổng thống',
  'quốc vương',
  'nhà vua',
  'nữ hoàng',
  'thái tử',
  'thủ hiến',
  'thị trưởng',
  'quốc vụ khanh',
  'thượng nghị sĩ',
  'hạ nghị sĩ',
  'nghị sĩ',
  'tổng giám đốc',
  'giám đốc',
  'trợ lý',
  'trưởng phòng',
  'trưởng công an',
  'thường trực ban bí thư',
  'thẩm phán',
  'chủ tọa phiên tòa',
];

/** Military and police ranks: a title of their own, usually right before the name. */
export const RANKS = [
  'đại tướng',
  'thượng tướng',
  'trung tướng',
  'thiếu tướng',
  'đại tá',
  'thượng tá',
  'trung tá',
  'thiếu tá',
  'đô đốc',
  'phó đô đốc',
  'chuẩn đô đốc',
  'đại úy',
  'thượng úy',
  'trung úy',
  'thiếu úy',
];

/** Heads that only count as public office when a public body follows (company titles otherwise). */
export const RESTRICTED_HEADS = new Set([
  'tổng giám đốc',
  'giám đốc',
  'phó tổng giám đốc',
  'phó giám đốc',
  'trợ lý',
  'thư ký',
  'trưởng phòng',
  'phó trưởng phòng',
]);

/** Modifiers that may follow a head and belong to the title ("Phó Thủ tướng Thường trực"). */
export const HEAD_MODIFIERS = ['thường trực', 'thứ nhất', 'phụ trách', 'đặc mệnh toàn quyền'];

/** Words before a head that belong to the title ("nguyên Bộ trưởng"). */
export const TITLE_PREFIXES = new Set(['nguyên', 'cố', 'cựu', 'tân', 'quyền', 'đương kim']);

/** Heads that have no deputy form ("phó nhà vua" is not an office). */
const NO_DEPUTY = new Set([
  'ủy viên',
  'ủy viên dự khuyết',
  'ủy viên quốc vụ',
  'tỉnh ủy viên',
  'thành ủy viên',
  'huyện ủy viên',
  'đại biểu quốc hội',
  'người phát ngôn',
  'kiểm sát viên',
  'quốc vương',
  'nhà vua',
  'nữ hoàng',
  'thái tử',
  'thượng nghị sĩ',
  'hạ nghị sĩ',
  'nghị sĩ',
  'thẩm phán',
  'chủ tọa phiên tòa',
  'thường trực ban bí thư',
  'quốc vụ khanh',
  'thủ hiến',
  'đặc phái viên',
]);

/** All heads, deputies included, as token arrays (longest first when matched). */
export const TITLE_HEADS: string[] = (() => {
  const all = new Set<string>();
  for (const h of HEADS) {
    all.add(h);
    if (!h.startsWith('phó ') && !h.startsWith('tổng bí') && !NO_DEPUTY.has(h)) all.add(`phó ${h}`);
  }
  for (const r of RANKS) all.add(r);
  all.add('phó tổng thống');
  all.add('phó thủ tướng');
  all.add('phó chủ tịch nước');
  all.add('phó thị trưởng');
  all.add('phó tổng tham mưu trưởng');
  return [...all];
})();

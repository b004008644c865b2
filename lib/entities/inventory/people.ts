/**
 * The name model's knowledge: Vietnamese family names (with the Chinese ones as Sino-Vietnamese
 * renders them: Tập, Vương, Triệu) and the honorifics that announce a person. Source: the common
 * family names of Vietnam's population registers and of Chinese leaders as Vietnamese media write them.
 * Lower case, NFC, new-style tone placement ("ủy", "hòa"), words separated by single spaces.
 */

/** Common Vietnamese family names (and Chinese ones as written in Vietnamese). */
export const FAMILY_NAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lí tô mai trịnh đinh lương hà ' +
    'đào đoàn vương trương lâm phùng cao chu châu tạ thái lại lưu quách triệu tăng từ kiều khúc kim mạc ' +
    'nghiêm phí tôn tống tòng lò lường vi hầu giàng sùng vàng thào lục nông hứa diệp âu quan thân khổng ' +
    'lã lữ giáp bạch bế đàm doãn đường la lạc mẫn nhữ quản tiêu tiết trình ứng viên văn tập ôn giang lưu ' +
    'hàn mã khương uông lăng thạch đồng đậu cù cấn chế chử hoàng ninh kha ma sầm quàng cầm lù tòng'
  ).split(/\s+/),
);
// "văn", "ninh", "giang", "đồng" are rare as family names but common in places; they only count when the
// run that follows still forms a 2–4 syllable name.
FAMILY_NAMES.delete('văn');
FAMILY_NAMES.delete('ninh');
FAMILY_NAMES.delete('giang');

/** Honorifics before a name. "đồng chí" makes the person an official by itself. */
export const HONORIFICS = new Set([
  'ông',
  'bà',
  'đồng chí',
  'ngài',
  'shri',
  'smt',
  'mr',
  'mrs',
  'ms',
  'madam',
  'tiến sĩ',
]);

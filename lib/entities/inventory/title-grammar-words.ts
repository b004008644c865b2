/**
 * Small closed word classes of the title grammar: what ends a title, what introduces one after a name,
 * and particles inside foreign names. Lower case, NFC, new-style tones. Source: usage in Vietnamese
 * state and news style (the reporting verbs and copulas of press releases and discipline notices).
 */

/** Reporting verbs that end a title ("…, phát biểu, …"). */
export const SPEECH_VERBS = [
  'phát biểu',
  'cho biết',
  'cho hay',
  'nói',
  'khẳng định',
  'nhấn mạnh',
  'chia sẻ',
  'thông tin',
  'đề nghị',
  'yêu cầu',
  'trả lời',
  'báo cáo',
  'chủ trì',
  'dự',
  'tham dự',
  'kết luận',
  'phát động',
  'trao',
  'tiếp',
  'cho rằng',
  'ký',
];

/**
 * Copulas that introduce a title after a name: "ông A là …", "bà B, trong thời gian giữ cương vị …",
 * "ông C (khi bị bắt là …)", "các ông: D, nguyên: …".
 */
export const COPULAS = [
  'là',
  'hiện là',
  'nguyên là',
  'giữ chức',
  'giữ chức vụ',
  'giữ cương vị',
  'đương kim',
  'từng là',
  'từng làm',
  'khi là',
  'lúc là',
  'khi giữ chức',
  'khi bị bắt là',
  'khi bị khởi tố là',
  'trong thời gian giữ chức',
  'trong thời gian giữ chức vụ',
  'trong thời gian giữ cương vị',
  'trong thời gian công tác là',
  'nguyên:',
];

/** Lower-case particles inside foreign names: Dutch/German "van", "von der", Arabic "bin", "al", Spanish "del". */
export const NAME_PARTICLES = [
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'dos',
  'del',
  'bint',
  'ibn',
  'abu',
  'da',
  'dos',
  'das',
];

/** Places named after people: after "thành phố", "TP", "huyện" they are the place. */
export const PERSON_NAMED_PLACES = ['hồ chí minh', 'trần văn thời', 'lê lợi', 'nguyễn huệ', 'phan bội châu'];

/** Heads shared by public bodies and companies: a company's when the body is not a public one. */
export const CHAIR_HEADS = ['chủ tịch', 'phó chủ tịch', 'tổng giám đốc', 'phó tổng giám đốc'];

/** Heads whose body may be another office ("Trợ lý Chủ tịch Quốc hội", "Thư ký Tổng Bí thư"). */
export const AIDE_HEADS = ['trợ lý', 'thư ký', 'phó trợ lý'];

/** Acronyms of public bodies (anything else after "Chủ tịch" alone is taken for a company). */
export const PUBLIC_ACRONYMS =
  'ubnd hđnd mttq ubmttq ủbnd qđnd cand tand vksnd đbqh lhq asean eu apec wto imf wb adb un unesco who fao vff vcci ipu aipa vov vtv ttxvn vnu'.split(
    ' ',
  );

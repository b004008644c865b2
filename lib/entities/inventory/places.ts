/**
 * Places of Vietnam whose names have the shape of a personal name, so the name model can refuse them.
 * Lower case, NFC, new-style tones.
 *
 * Sources: the list of 63 provinces and centrally-run cities (Law on Administrative Units, as of
 * 2024) and the 34 units kept or formed by Resolution 202/2025/QH15 (effective 1 July 2025; merged
 * provinces take the name of one of the old ones, so every 2025 name is already among the 63);
 * urban districts of Hà Nội, TP Hồ Chí Minh, Hải Phòng and Đà Nẵng that existed until the district
 * level was abolished on 1 July 2025 and are still used as ward names.
 */

/** The 63 provinces and centrally-run cities before 1 July 2025. */
export const PROVINCES_63 = [
  'hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ',
  'hà giang', 'cao bằng', 'bắc kạn', 'tuyên quang', 'lào cai', 'điện biên', 'lai châu', 'sơn la',
  'yên bái', 'hòa bình', 'thái nguyên', 'lạng sơn', 'quảng ninh', 'bắc giang', 'phú thọ', 'vĩnh phúc',
  'bắc ninh', 'hải dương', 'hưng yên', 'thái bình', 'hà nam', 'nam định', 'ninh bình', 'thanh hóa',
  'nghệ an', 'hà tĩnh', 'quảng bình', 'quảng trị', 'thừa thiên huế', 'quảng nam', 'quảng ngãi',
  'bình định', 'phú yên', 'khánh hòa', 'ninh thuận', 'bình thuận', 'kon tum', 'gia lai', 'đắk lắk',
  'đắk nông', 'lâm đồng', 'bình phước', 'tây ninh', 'bình dương', 'đồng nai', 'bà rịa vũng tàu',
  'long an', 'tiền giang', 'bến tre', 'trà vinh', 'vĩnh long', 'đồng tháp', 'an giang', 'kiên giang',
  'hậu giang', 'sóc trăng', 'bạc liêu', 'cà mau',
];

/** The 34 provinces and cities from 1 July 2025 (Resolution 202/2025/QH15). */
export const PROVINCES_34 = [
  'hà nội', 'huế', 'lai châu', 'điện biên', 'sơn la', 'lạng sơn', 'quảng ninh', 'thanh hóa', 'nghệ an',
  'hà tĩnh', 'cao bằng', 'tuyên quang', 'lào cai', 'thái nguyên', 'phú thọ', 'bắc ninh', 'hưng yên',
  'hải phòng', 'ninh bình', 'quảng trị', 'đà nẵng', 'quảng ngãi', 'gia lai', 'khánh hòa', 'lâm đồng',
  'đắk lắk', 'hồ chí minh', 'đồng nai', 'tây ninh', 'cần thơ', 'vĩnh long', 'đồng tháp', 'cà mau',
  'an giang',
];

/** City districts (wards since 2025) and towns that begin with a family name. */
export const NAME_LIKE_DISTRICTS = [
  'hoàng mai', 'hai bà trưng', 'hà đông', 'lê chân', 'ngô quyền', 'hồng bàng', 'dương kinh', 'đồ sơn',
  'lê lợi', 'quang trung',
  'bạch đằng', 'đống đa', 'đông anh', 'tây hồ', 'cẩm lệ', 'hải châu', 'thanh khê', 'liên chiểu',
  'ngũ hành sơn', 'sơn trà', 'hòa vang', 'thủ đức', 'gò vấp', 'bình thạnh', 'tân bình', 'phú nhuận',
  'hà tiên', 'hà trung', 'hà quảng', 'cao lãnh', 'phan thiết', 'phan rang', 'mai châu', 'mai sơn',
  'lương sơn', 'kim bôi', 'kim bảng', 'kim sơn', 'châu đốc', 'châu thành', 'đồng hới', 'đồng xoài',
  'tô lịch', 'hồ gươm', 'hồ tây', 'lý sơn', 'lạc dương', 'trần văn thời', 'bạch long vĩ', 'quan hóa',
  'quan sơn', 'đinh lập', 'la gi', 'vũng tàu', 'đồng văn', 'mèo vạc', 'lục ngạn', 'lục nam', 'từ sơn',
  'tam điệp', 'vũ thư', 'đoan hùng', ];

/**
 * Closed word classes: quantifiers that make a title or instrument generic, words that name an
 * administrative level before a place's name (before and after the 2025 abolition of districts:
 * tỉnh, thành phố, xã, phường, đặc khu), and function words that end a body.
 * Lower case, NFC, new-style tone placement ("ủy", "hòa"), words separated by single spaces.
 */

/** Quantifiers that make the following title or instrument plural / generic. */
export const PLURAL_MARKERS = new Set([
  'các',
  'những',
  'hai',
  'ba',
  'bốn',
  'năm',
  'nhiều',
  'mọi',
  'một số',
  'một',
  'mấy',
  'quý',
  'vị',
  'hàng',
  'từng',
  'mỗi',
]);

/** Words that name an administrative place, followed by its proper name. */
export const LOCALITY_WORDS = new Set([
  'tỉnh',
  'thành phố',
  'tp',
  'tp.',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'bang',
  'tiểu bang',
  'vùng',
  'khu vực',
]);

/** Lower-case function words that end the body part of a title. */
export const STOP_WORDS = new Set(
  (
    'có đã sẽ đang được bị là cho với khi để nhằm cùng các những này đó về ra vào lên trong ngoài sau ' +
    'trước theo tại thì mà nhưng hay hoặc vừa mới rất cũng đều vẫn còn chưa không và đến từ tới nên ' +
    'do bởi vì nếu như gồm bao'
  ).split(/\s+/),
);

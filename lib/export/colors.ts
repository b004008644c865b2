/** Names of the highlight colours in exported text (Vietnamese, like the exports' headings). */
import type { HighlightColor } from '../types';

export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'vàng',
  green: 'xanh lá',
  blue: 'xanh dương',
  pink: 'hồng',
  purple: 'tím',
};

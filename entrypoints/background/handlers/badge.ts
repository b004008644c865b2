/** 'page.detected': the action badge of a tab says whether it shows a Vietnamese news article. */
import { defineHandlers } from '@/lib/protocol';
import type { Detection } from '@/lib/types';

const BADGE_COLOR = '#b91c1c';

/**
 * Badge text and title for a detection: 'VN' and a short own sentence when Vietnamese news, '' and
 * the default title otherwise. The reasons are shown in the popup, not in the tooltip.
 */
export function badgeFor(detection: Detection): { text: string; title: string } {
  if (!detection.isVietnameseNews) return { text: '', title: browser.i18n.getMessage('actionTitle') };
  return { text: 'VN', title: browser.i18n.getMessage('bgBadgeTitleArticle') };
}

/** Sets the badge of one tab. */
export async function setBadge(tabId: number, detection: Detection): Promise<void> {
  const { text, title } = badgeFor(detection);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** What happens after the badge is set (e.g. auto-opening the reader when the user asked for it). */
export type AfterDetection = (tabId: number, detection: Detection) => Promise<unknown>;

/**
 * Handlers of the badge group. A detection from outside a tab (no `sender.tab`) changes nothing.
 * `afterDetection` runs after the badge is set; its failure never fails the message.
 */
export function createBadgeHandlers(afterDetection?: AfterDetection) {
  return defineHandlers({
    'page.detected': async ({ detection }, { sender }) => {
      const tabId = sender.tab?.id;
      if (typeof tabId === 'number' && tabId >= 0) {
        await setBadge(tabId, detection);
        if (afterDetection) {
          await afterDetection(tabId, detection).catch((err) =>
            console.warn('[bao-gon] after detection', err),
          );
        }
      }
      return { ok: true as const };
    },
  });
}

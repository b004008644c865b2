export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: string; isVietnameseNews?: boolean };
    if (m?.type === 'detected' && sender.tab?.id != null) {
      void browser.action.setBadgeText({ tabId: sender.tab.id, text: m.isVietnameseNews ? 'VN' : '' });
    }
  });
});

import { newsMatchPatterns } from '@/lib/detect/domains';

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage({ type: 'detected', isVietnameseNews: true });
  },
});

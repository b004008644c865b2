import { newsMatchPatterns } from '@/lib/detect/domains';

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.baoGonDetector = 'ran';
    void browser.runtime.sendMessage({ type: 'detected', isVietnameseNews: true });
  },
});

/**
 * Vietnamese news sites known in advance. Used as a prior by the detector and, in
 * `wxt.config.ts`, as the host permissions and content-script matches. Detection also
 * works on sites not listed here; this list only lets the detector run by itself.
 */
export const VIETNAMESE_NEWS_DOMAINS: readonly string[] = [
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  // Thanh Niên's address until 2014; its archive links still use it.
  'thanhnien.com.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'vietnamplus.vn',
  'baochinhphu.vn',
  'chinhphu.vn',
  'nhandan.vn',
  'qdnd.vn',
  'cand.com.vn',
  'laodong.vn',
  'tienphong.vn',
  'zingnews.vn',
  'znews.vn',
  'zing.vn',
  '24h.com.vn',
  'kenh14.vn',
  'soha.vn',
  'genk.vn',
  'cafef.vn',
  'cafebiz.vn',
  'afamily.vn',
  'ngoisao.net',
  'ngoisao.vn',
  'giadinh.net.vn',
  'baodautu.vn',
  'vneconomy.vn',
  'vtv.vn',
  'vov.vn',
  'vovworld.vn',
  'vtc.vn',
  'nld.com.vn',
  'plo.vn',
  'sggp.org.vn',
  'hanoimoi.vn',
  'baomoi.com',
  'kinhtedothi.vn',
  'baotintuc.vn',
  'thoidai.com.vn',
  'tbtco.vn',
  'petrotimes.vn',
  'baovephapluat.vn',
  'dangcongsan.vn',
  'quochoi.vn',
  'mod.gov.vn',
  'bnews.vn',
  'thethaovanhoa.vn',
  'congly.vn',
  'baophapluat.vn',
  'nguoilaodong.vn',
  'doisongphapluat.com',
  'viettimes.vn',
  'baoquocte.vn',
  'tapchicongsan.org.vn',
  'vietbao.vn',
  'baothaibinh.com.vn',
  'baoninhthuan.com.vn',
  'luatvadoisong.vn',
  '1thegioi.vn',
];

/** Match patterns (`*://*.domain/*`, which also matches the bare domain) for every known domain. */
export function newsMatchPatterns(domains: readonly string[] = VIETNAMESE_NEWS_DOMAINS): string[] {
  return domains.map((d) => `*://*.${d}/*`);
}

/** True when `hostname` is a known Vietnamese news domain or one of its subdomains. */
export function isKnownNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return VIETNAMESE_NEWS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * The proper names of publications by domain (the name readers know, not the host), used as the
 * article's site name and to recognise the publication where a page names it as "author".
 * A host matches its domain and every subdomain (m.dantri.com.vn → Dân trí).
 */
export const PUBLICATION_NAMES: Readonly<Record<string, string>> = {
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'thanhnien.com.vn': 'Thanh Niên',
  'dantri.com.vn': 'Dân trí',
  'vietnamnet.vn': 'VietNamNet',
  'vietnamplus.vn': 'VietnamPlus',
  'baochinhphu.vn': 'Báo Chính phủ',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'nhandan.vn': 'Nhân Dân',
  'qdnd.vn': 'Quân đội nhân dân',
  'cand.com.vn': 'Công an nhân dân',
  'laodong.vn': 'Lao Động',
  'tienphong.vn': 'Tiền Phong',
  'zingnews.vn': 'Znews',
  'znews.vn': 'Znews',
  'zing.vn': 'Zing News',
  '24h.com.vn': '24h',
  'kenh14.vn': 'Kênh 14',
  'soha.vn': 'Soha',
  'genk.vn': 'GenK',
  'cafef.vn': 'CafeF',
  'cafebiz.vn': 'CafeBiz',
  'afamily.vn': 'aFamily',
  'ngoisao.net': 'Ngôi sao',
  'ngoisao.vn': 'Ngôi sao',
  'giadinh.net.vn': 'Gia đình & Xã hội',
  'baodautu.vn': 'Báo Đầu tư',
  'vneconomy.vn': 'VnEconomy',
  'vtv.vn': 'VTV',
  'vov.vn': 'VOV',
  'vovworld.vn': 'VOV World',
  'vtc.vn': 'VTC News',
  'nld.com.vn': 'Người Lao Động',
  'nguoilaodong.vn': 'Người Lao Động',
  'plo.vn': 'Pháp Luật TP.HCM',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'hanoimoi.vn': 'Hànộimới',
  'baomoi.com': 'Báo Mới',
  'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'baotintuc.vn': 'Báo Tin tức',
  'thoidai.com.vn': 'Thời Đại',
  'tbtco.vn': 'Thời báo Tài chính',
  'petrotimes.vn': 'Petrotimes',
  'baovephapluat.vn': 'Bảo vệ pháp luật',
  'dangcongsan.vn': 'Báo Điện tử Đảng Cộng sản Việt Nam',
  'quochoi.vn': 'Quốc hội',
  'mod.gov.vn': 'Bộ Quốc phòng',
  'bnews.vn': 'BNEWS',
  'thethaovanhoa.vn': 'Thể thao & Văn hóa',
  'congly.vn': 'Công lý',
  'baophapluat.vn': 'Báo Pháp luật Việt Nam',
  'doisongphapluat.com': 'Đời sống & Pháp luật',
  'viettimes.vn': 'VietTimes',
  'baoquocte.vn': 'Báo Quốc tế',
  'tapchicongsan.org.vn': 'Tạp chí Cộng sản',
  'vietbao.vn': 'Việt Báo',
  'baothaibinh.com.vn': 'Báo Thái Bình',
  'baoninhthuan.com.vn': 'Báo Ninh Thuận',
  'luatvadoisong.vn': 'Luật & Đời sống',
  '1thegioi.vn': 'Một Thế giới',
};

/** The publication's proper name for a host (or URL), or null when the domain is not listed. */
export function publicationName(hostOrUrl: string | null | undefined): string | null {
  if (!hostOrUrl) return null;
  let host = hostOrUrl.toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(hostOrUrl).hostname.toLowerCase();
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = PUBLICATION_NAMES[h];
    if (name) return name;
  }
  return null;
}

/**
 * The brand part of a host: "m.dantri.com.vn" → "dantri", "www.baodautu.vn" → "baodautu".
 * Second-level public suffixes (com.vn, net.vn, org.vn, gov.vn, edu.vn, co.uk …) are skipped.
 */
export function hostBrand(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  let i = labels.length - 2;
  if (i > 0 && /^(com|net|org|gov|edu|co|ac|info|biz|int|health)$/.test(labels[i])) i--;
  return labels[i] ?? null;
}

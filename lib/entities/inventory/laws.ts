/**
 * Names of Vietnamese codes and laws as they follow "Luật" / "Bộ luật" (lower case, NFC, new-style
 * tones). A known name fixes where a law's name ends, so "Luật Nhà ở góp phần …" stops after "Nhà ở"
 * and names written in lower case or with commas ("Luật an toàn, vệ sinh lao động") are whole.
 *
 * Source: the titles of laws passed by the National Assembly (Quốc hội) from the 11th to the 15th
 * legislature as listed in the Official Gazette (Công báo); English working titles in comments where
 * the name is not self-evident.
 */
export const LAW_NAMES = [
  // Codes (Bộ luật)
  'hình sự', 'dân sự', 'lao động', 'tố tụng hình sự', 'tố tụng dân sự', 'hàng hải', 'hàng hải việt nam',
  // Land, housing, construction
  'đất đai', 'nhà ở', 'kinh doanh bất động sản', 'xây dựng', 'quy hoạch', 'quy hoạch đô thị',
  'quy hoạch đô thị và nông thôn', 'kiến trúc', 'đầu tư công', 'đầu tư', 'đầu tư theo phương thức đối tác công tư',
  'đấu thầu', 'đấu giá tài sản',
  // Economy and finance
  'doanh nghiệp', 'thương mại', 'chứng khoán', 'các tổ chức tín dụng', 'ngân hàng nhà nước việt nam',
  'ngân sách nhà nước', 'quản lý thuế', 'thuế giá trị gia tăng', 'thuế thu nhập doanh nghiệp',
  'thuế thu nhập cá nhân', 'thuế tiêu thụ đặc biệt', 'thuế xuất khẩu, thuế nhập khẩu', 'hải quan',
  'kế toán', 'kiểm toán độc lập', 'kiểm toán nhà nước', 'giá', 'kinh doanh bảo hiểm', 'phá sản',
  'hợp tác xã', 'quản lý ngoại thương', 'cạnh tranh', 'bảo vệ quyền lợi người tiêu dùng',
  'quản lý, sử dụng tài sản công', 'quản lý nợ công', 'dự trữ quốc gia', 'thống kê', 'đo lường',
  'tiêu chuẩn và quy chuẩn kỹ thuật', 'chất lượng sản phẩm, hàng hóa', 'sở hữu trí tuệ',
  'chuyển giao công nghệ', 'khoa học và công nghệ', 'khoa học, công nghệ và đổi mới sáng tạo',
  'công nghệ thông tin', 'công nghiệp công nghệ số', 'giao dịch điện tử', 'viễn thông', 'tần số vô tuyến điện',
  'an toàn thông tin mạng', 'an ninh mạng', 'bảo vệ dữ liệu cá nhân', 'dữ liệu', 'trí tuệ nhân tạo',
  'bưu chính', 'báo chí', 'xuất bản', 'quảng cáo', 'điện ảnh', 'di sản văn hóa', 'thư viện', 'du lịch',
  'thể dục, thể thao', 'điện lực', 'dầu khí', 'khoáng sản', 'địa chất và khoáng sản', 'tài nguyên nước',
  'bảo vệ môi trường', 'đa dạng sinh học', 'lâm nghiệp', 'thủy sản', 'trồng trọt', 'chăn nuôi',
  'thú y', 'bảo vệ và kiểm dịch thực vật', 'đê điều', 'thủy lợi', 'phòng, chống thiên tai',
  'khí tượng thủy văn', 'năng lượng nguyên tử', 'sử dụng năng lượng tiết kiệm và hiệu quả',
  'hóa chất', 'đường sắt', 'giao thông đường bộ', 'đường bộ', 'trật tự, an toàn giao thông đường bộ',
  'giao thông đường thủy nội địa', 'hàng không dân dụng việt nam', 'biển việt nam',
  // Society, health, labour
  'dược', 'khám bệnh, chữa bệnh', 'bảo hiểm y tế', 'bảo hiểm xã hội', 'việc làm', 'an toàn, vệ sinh lao động',
  'người lao động việt nam đi làm việc ở nước ngoài theo hợp đồng', 'công đoàn', 'an toàn thực phẩm',
  'phòng, chống tác hại của thuốc lá', 'phòng, chống tác hại của rượu, bia', 'phòng, chống bệnh truyền nhiễm',
  'phòng, chống ma túy', 'phòng, chống mua bán người', 'phòng, chống bạo lực gia đình', 'hôn nhân và gia đình',
  'bình đẳng giới', 'trẻ em', 'người cao tuổi', 'người khuyết tật', 'thanh niên', 'giáo dục',
  'giáo dục đại học', 'giáo dục nghề nghiệp', 'nhà giáo', 'dân số', 'hiến, lấy, ghép mô, bộ phận cơ thể người',
  'tín ngưỡng, tôn giáo', 'quốc tịch việt nam', 'cư trú', 'căn cước', 'căn cước công dân', 'hộ tịch',
  'xuất cảnh, nhập cảnh của công dân việt nam',
  'nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại việt nam',
  'thực hiện dân chủ ở cơ sở', 'tiếp cận thông tin', 'trưng cầu ý dân', 'biểu tình', 'hội', 'thi đua, khen thưởng',
  // State organisation and justice
  'tổ chức quốc hội', 'tổ chức chính phủ', 'tổ chức chính quyền địa phương', 'tổ chức tòa án nhân dân',
  'tổ chức viện kiểm sát nhân dân', 'hoạt động giám sát của quốc hội và hội đồng nhân dân',
  'ban hành văn bản quy phạm pháp luật', 'bầu cử đại biểu quốc hội và đại biểu hội đồng nhân dân',
  'cán bộ, công chức', 'viên chức', 'phòng, chống tham nhũng', 'thanh tra', 'khiếu nại', 'tố cáo', 'tiếp công dân',
  'trách nhiệm bồi thường của nhà nước', 'xử lý vi phạm hành chính', 'tố tụng hành chính', 'thi hành án dân sự',
  'thi hành án hình sự', 'thi hành tạm giữ, tạm giam', 'luật sư', 'công chứng', 'giám định tư pháp',
  'trợ giúp pháp lý', 'hòa giải, đối thoại tại tòa án', 'trọng tài thương mại', 'tương trợ tư pháp',
  'điều ước quốc tế', 'thỏa thuận quốc tế', 'cơ quan đại diện nước cộng hòa xã hội chủ nghĩa việt nam ở nước ngoài',
  'mặt trận tổ quốc việt nam', 'tổ chức cơ quan điều tra hình sự', 'phòng, chống rửa tiền', 'đặc xá',
  // Defence and security
  'quốc phòng', 'an ninh quốc gia', 'công an nhân dân', 'sĩ quan quân đội nhân dân việt nam',
  'quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng', 'nghĩa vụ quân sự', 'dân quân tự vệ',
  'lực lượng dự bị động viên', 'biên phòng việt nam', 'cảnh sát biển việt nam', 'cảnh vệ', 'cơ yếu',
  'quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', 'phòng cháy và chữa cháy',
  'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'bảo vệ bí mật nhà nước', 'phòng không nhân dân', 'tình trạng khẩn cấp',
];

// Dossier lists as the province's online system exports them, shared by the import screens' tests.

/** A list with a column the importer cannot place and a procedure named differently (the mapping table). */
export const FOREIGN_LIST = [
  'DANH SÁCH HỒ SƠ ĐÃ TIẾP NHẬN',
  '',
  'STT;Mã hồ sơ;Thủ tục hành chính;Hình thức tiếp nhận;Ngày nhận;Tình trạng;Cán bộ xử lý',
  '1;T-0001;Thủ tục đăng ký lại khai sinh;Trực tiếp;05/03/2024 08:30;Đang xử lý;Lê Thị Ánh',
  '2;T-0002;Đăng ký khai sinh;Dịch vụ công;06/03/2024 09:00;Đang xử lý;Nguyễn Thị Hường',
].join('\n');

/** A list with the province's dossier codes whose first row may be a dossier logged here (the decision table). */
export const PROVINCE_LIST = [
  'UBND XÃ HƯƠNG HỮU',
  'DANH SÁCH HỒ SƠ',
  'STT;Số hồ sơ;Mã TTHC;Kênh tiếp nhận;Ngày nhận;Ngày hoàn thành;Tình trạng;Chủ hồ sơ;Số CCCD',
  '1;000.00.21.H57-240305-0203;1.001193;Trực tiếp;05/03/2024 14:00;;Đang xử lý;Lê Văn Cường;',
  '2;000.00.21.H57-240305-0204;1.001193;Trực tiếp;05/03/2024 14:30;;Đang xử lý;Vũ Thị Giang;001190000011',
].join('\r\n');

// The papers the common procedures require, shipped as the starting list of the intake form (each office
// edits its own in Thiết lập › Danh mục thủ tục). From the procedures' published dossier components
// (Luật Hộ tịch 2014 and Nghị định 123/2015/NĐ-CP for civil status, Nghị định 23/2015/NĐ-CP for
// certification); papers that are only shown (identity documents) are not listed.

export interface RequiredDocument {
  name: string;
  form: string;
  quantity: number;
}

const doc = (name: string, form = 'Bản chính', quantity = 1): RequiredDocument => ({ name, form, quantity });

export const DEFAULT_DOCUMENTS: Readonly<Record<string, readonly RequiredDocument[]>> = {
  '1.001193': [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh')],
  '1.004884': [doc('Tờ khai đăng ký lại khai sinh'), doc('Bản sao giấy tờ có thông tin khai sinh', 'Bản sao')],
  '1.000894': [doc('Tờ khai đăng ký kết hôn'), doc('Giấy xác nhận tình trạng hôn nhân (nếu đăng ký nơi khác nơi thường trú)')],
  '1.000656': [doc('Tờ khai đăng ký khai tử'), doc('Giấy báo tử hoặc giấy tờ thay giấy báo tử')],
  '1.004873': [doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân')],
  '2.000635': [doc('Tờ khai cấp bản sao trích lục hộ tịch')],
  '2.000815': [doc('Bản chính giấy tờ, văn bản cần chứng thực'), doc('Bản sao cần chứng thực', 'Bản sao')],
  '2.000884': [doc('Giấy tờ, văn bản cần chứng thực chữ ký')],
  '2.000908': [doc('Đơn đề nghị cấp bản sao từ sổ gốc')],
};

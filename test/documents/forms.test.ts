import { describe, expect, it } from 'vitest';
import { renderApologyLetter, renderLedgerBook, renderReceptionReceipt, renderSupplementRequest } from '../../electron/documents';
import { apology, ledgerBook, office, receipt, supplement } from './form-samples';
import { fontObjects, readPdf } from './read-pdf';

const textOf = async (bytes: Uint8Array) => (await readPdf(bytes)).map((p) => p.text).join(' ');

describe('one-stop forms', () => {
  it('Mẫu 01 carries the code, the reception and due times, the documents and the ledger entry', async () => {
    const bytes = await renderReceptionReceipt(office, receipt);
    const text = await textOf(bytes);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mã hồ sơ: 000.00.21.H57-231215-0001');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 11 giờ 00 phút, ngày 15 tháng 12 năm 2023');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 20 tháng 12 năm 2023');
    expect(text).toContain('1 Tờ khai cấp Giấy xác nhận tình trạng hôn nhân Bản chính 1');
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 01/2023, Số thứ tự: 245');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('Lê Thị Ỷ Lan');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const fonts = fontObjects(bytes);
    expect(fonts.embedded).toBe(fonts.descriptors);
  });

  it('Mẫu 02 lists each missing document once with its reason', async () => {
    const text = await textOf(await renderSupplementRequest(office, supplement));
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Mã hồ sơ: 000.00.21.H57-231215-0001');
    expect(text).toContain('16 giờ 30 phút, ngày 20 tháng 12 năm 2023');
    expect(text).toContain('1 Trích lục ghi chú ly hôn Người yêu cầu đã từng kết hôn và ly hôn');
    expect(text.match(/Trích lục ghi chú ly hôn/g)).toHaveLength(1);
  });

  it('Mẫu 04 gives the original and the new due date, the reason and the signer', async () => {
    const text = await textOf(await renderApologyLetter(office, apology));
    expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain('mã hồ sơ 000.00.21.H57-231215-0001');
    expect(text).toContain('16 giờ 30 phút, ngày 20 tháng 12 năm 2023');
    expect(text).toContain('đến ngày 05 tháng 01 năm 2024');
    expect(text).toContain('Số: 12/UBND-VP');
    expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(text).toContain('Trần Đình Ẫn');
  });

  it('Mẫu 07 is a landscape ledger with every dossier of the range and its due date', async () => {
    const book = ledgerBook();
    const pages = await readPdf(await renderLedgerBook(office, book));
    expect(pages.every((p) => p.width > p.height)).toBe(true);
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 15/12/2023 đến ngày 15/01/2024');
    for (const row of book.rows) expect(text).toContain(row.code);
    expect(text).toContain('000.00.21.H57-231215-0001 Cấp Giấy xác nhận tình trạng hôn nhân 1 Công dân số 1');
    expect(text).toContain('11:00 15/12/2023 20/12/2023');
    // the header repeats on every page
    for (const p of pages) expect(p.text).toContain('Tên thủ tục hành chính');
  });
});

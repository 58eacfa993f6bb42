// Sample inputs for the one-stop forms.
import type { ApologyLetter, LedgerBook, OfficeInfo, ReceptionReceipt, StopNotice, SupplementRequest } from '../../electron/documents/pdf/forms';
import { dayFromIso } from '../../shared/time/day';
import { fixtureDossiers } from './fixture';

export const office: OfficeInfo = {
  parentBody: 'Ủy ban nhân dân huyện Nam Đông',
  unitName: 'UBND xã Hương Hữu',
  officeName: 'Bộ phận Tiếp nhận và Trả kết quả',
  place: 'Hương Hữu',
  phone: '0234 3871 234',
};

export const receipt: ReceptionReceipt = {
  code: '000.00.21.H57-231215-0001',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  request: 'Cấp Giấy xác nhận tình trạng hôn nhân để đăng ký kết hôn',
  applicant: { name: 'Lê Thị Ỷ Lan', address: 'Thôn 1, xã Hương Hữu, huyện Nam Đông', phone: '0912 345 678', email: 'yla@example.vn' },
  documents: [
    { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'Bản chính', count: 1 },
    { name: 'Căn cước công dân', form: 'Bản sao', count: 1 },
  ],
  sets: 1,
  statutoryTime: '03 ngày làm việc',
  receivedAt: { day: dayFromIso('2023-12-15'), minute: 11 * 60 },
  due: { day: dayFromIso('2023-12-20'), minute: 16 * 60 + 30 },
  collectAt: 'Bộ phận Tiếp nhận và Trả kết quả, UBND xã Hương Hữu',
  fee: 0,
  ledger: { volume: '01/2023', number: '245' },
  officer: 'Nguyễn Văn Ựng',
};

export const supplement: SupplementRequest = {
  code: receipt.code,
  procedureName: receipt.procedureName,
  applicantName: receipt.applicant.name,
  receivedAt: receipt.receivedAt,
  due: receipt.due,
  requestedOn: dayFromIso('2023-12-18'),
  items: [
    { document: 'Trích lục ghi chú ly hôn', reason: 'Người yêu cầu đã từng kết hôn và ly hôn' },
    { document: 'Giấy xác nhận nơi cư trú trước đây', reason: 'Thời gian cư trú tại xã dưới 12 tháng' },
  ],
  officer: receipt.officer,  pauseRule: 'subtract_waiting',
};

export const apology: ApologyLetter = {
  documentNumber: '12/UBND-VP',
  issuedOn: dayFromIso('2023-12-19'),
  code: receipt.code,
  procedureName: receipt.procedureName,
  applicantName: receipt.applicant.name,
  receivedAt: receipt.receivedAt,
  originalDue: receipt.due,
  reason: 'Phải xác minh tình trạng hôn nhân tại nơi cư trú trước đây của người yêu cầu.',
  newDue: { day: dayFromIso('2024-01-05'), minute: null },
  signer: { mode: 'KT', title: 'Phó Chủ tịch', name: 'Trần Đình Ẫn' },
  recipients: ['Như trên;', 'Lưu: VT, BPMC.'],
};

export const stopNotice: StopNotice = {
  documentNumber: '15/TB-UBND',
  issuedOn: dayFromIso('2023-12-20'),
  code: receipt.code,
  procedureName: receipt.procedureName,
  applicantName: receipt.applicant.name,
  receivedAt: receipt.receivedAt,
  due: receipt.due,
  stoppedOn: dayFromIso('2023-12-20'),
  reason: 'Người yêu cầu đề nghị dừng giải quyết để bổ sung giấy tờ ở nơi cư trú cũ',
  signer: { mode: 'KT', title: 'Phó Chủ tịch', name: 'Trần Đình Ẫn' },
  recipients: ['Như trên;', 'Lưu: VT, BPMC.'],
};

export function ledgerBook(): LedgerBook {
  const rows = fixtureDossiers()
    .filter((d) => d.receivedAt.day <= dayFromIso('2024-01-15'))
    .map((d, i) => ({
      code: d.code,
      procedureName: d.procedureName,
      sets: 1,
      applicantName: `Công dân số ${i + 1}`,
      applicantContact: 'Thôn 2, xã Hương Hữu; 0912 000 000',
      handlingBody: d.field === 'Đất đai' ? 'Công chức Địa chính' : 'Công chức Tư pháp - Hộ tịch',
      received: d.receivedAt,
      due: d.baseDueDay,
      transferredOn: d.receivedAt.day,
      resultOn: d.endedOn,
      returnedOn: d.endedOn,
      note: '',
    }));
  return { from: dayFromIso('2023-12-15'), to: dayFromIso('2024-01-15'), volume: 'Quyển số 01/2023', rows };
}

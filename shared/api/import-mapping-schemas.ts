// The mapping step of importing another system's dossier list (issue 13): the dry run with a column
// mapping (or a saved profile) and decisions for unsure matches, what the importer read (each column with
// examples of its cells, the procedures to confirm, the rows that may be dossiers already in the ledger),
// and the named profiles. The mapping's meaning (which targets exist) is checked by the importer.
import { z } from 'zod';
import { withJobId } from './job-schemas';
import { fileSourceDto, requiredText } from './common';
import { importPlanView } from './setup-schemas';

const shortText = z.string().max(300);

export const mappingInput = z.strictObject({
  headerLine: z.number().int().positive().optional(),
  headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
  columns: z.record(shortText, z.string().max(40)).optional(),
  values: z.strictObject({ kenh: z.record(shortText, z.string().max(40)).optional(), trang_thai: z.record(shortText, z.string().max(40)).optional() }).optional(),
  procedures: z.record(shortText, z.string().max(40)).optional(),
});
export type MappingInput = z.input<typeof mappingInput>;

export const foreignPlanInput = fileSourceDto.extend({
  mapping: mappingInput.optional(),
  profile: z.string().max(100).optional(),
  /** Undecided rows by line: the code of the ledger's dossier it is, or `moi`. */
  decisions: z.record(z.string().regex(/^\d+$/), z.string().max(100)).optional(),
  /** The worksheet of an .xlsx or .xls to read; default the first visible one (the view lists them in `sheets`). */
  sheet: z.string('Tên trang tính phải là chữ.').min(1, 'Hãy chọn trang tính.').max(100, 'Tên trang tính dài quá 100 ký tự.').optional(),
  ...withJobId,
});

export const foreignColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  key: z.string().nullable(),
  samples: z.array(z.string()),
});

export const foreignPlanView = importPlanView.extend({
  counts: z.object({
    new: z.number().int(),
    unchanged: z.number().int(),
    conflict: z.number().int(),
    rejected: z.number().int(),
    linked: z.number().int(),
    undecided: z.number().int(),
  }),
  /** Null when the file is in our own layout (no mapping needed). */
  foreign: z
    .object({
      headerLines: z.array(z.number().int()),
      encoding: z.string().nullable(),
      columns: z.array(foreignColumn),
      /** The mapping as used, to edit and send back, or save as a profile. */
      mapping: mappingInput,
    })
    .nullable(),
  procedureSuggestions: z.array(
    z.object({ name: z.string(), lines: z.array(z.number().int()), candidates: z.array(z.object({ code: z.string(), name: z.string(), score: z.number() })) }),
  ),
  undecided: z.array(
    z.object({
      line: z.number().int(),
      code: z.string(),
      candidates: z.array(z.object({ code: z.string(), receivedAt: z.string(), applicantName: z.string(), by: z.enum(['so_dinh_danh', 'ho_ten']) })),
    }),
  ),
});
export type ForeignPlanView = z.output<typeof foreignPlanView>;

export const saveProfileInput = z.strictObject({ name: requiredText('Tên mẫu ghép cột', 100), mapping: mappingInput });
export const profileList = z.object({ profiles: z.array(z.object({ name: z.string(), updatedAt: z.string() })) });

/** The column targets offered in the mapping table, with their Vietnamese names. */
export const MAPPING_TARGETS: readonly { key: string; label: string }[] = [
  { key: 'ma_ho_so', label: 'Mã hồ sơ' },
  { key: 'ma_tthc', label: 'Mã TTHC' },
  { key: 'ten_tthc', label: 'Tên thủ tục' },
  { key: 'linh_vuc', label: 'Lĩnh vực' },
  { key: 'kenh', label: 'Hình thức nộp' },
  { key: 'ngay_nhan', label: 'Ngày tiếp nhận' },
  { key: 'han_tra', label: 'Ngày hẹn trả' },
  { key: 'ngay_co_ket_qua', label: 'Ngày có kết quả' },
  { key: 'ngay_tra_ket_qua', label: 'Ngày trả kết quả' },
  { key: 'trang_thai', label: 'Trạng thái' },
  { key: 'ngay_yeu_cau_bo_sung', label: 'Ngày yêu cầu bổ sung' },
  { key: 'ngay_bo_sung_xong', label: 'Ngày bổ sung xong' },
  { key: 'nguyen_nhan_qua_han', label: 'Nguyên nhân quá hạn' },
  { key: 'lien_thong', label: 'Liên thông' },
  { key: 'nguoi_nop', label: 'Người nộp' },
  { key: 'so_dinh_danh', label: 'Số định danh' },
  { key: 'dien_thoai', label: 'Điện thoại' },
  { key: 'dia_chi', label: 'Địa chỉ' },
  { key: 'ghi_chu', label: 'Ghi chú' },
  { key: 'stt', label: 'Số thứ tự' },
  { key: 'bo_qua', label: 'Bỏ qua cột này' },
];

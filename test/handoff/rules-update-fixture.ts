// The rules update a province would send in the tests (electron/handoff/README.md § Rules update): a
// storm closure with its make-up Saturday, and the civil-status changes of Luật Hộ tịch 03/2026/QH16.

export const CHANGED_PROCEDURE = {
  action: 'change',
  code: '1.004873',
  name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  field: 'Hộ tịch',
  time_value: 5,
  time_unit: 'working_days',
  cutoff: null,
  note: '',
  confidence: 'law',
  effective_from: '2027-03-01',
  basis: 'Luật Hộ tịch 03/2026/QH16',
};

export const RETIRED_PROCEDURE = { action: 'retire', code: '1.003583', effective_from: '2027-03-01', basis: 'Luật Hộ tịch 03/2026/QH16' };

export const NEW_PROCEDURE = {
  ...CHANGED_PROCEDURE,
  action: 'add',
  code: '1.999001',
  name: 'Đăng ký khai sinh không phụ thuộc nơi cư trú',
  time_value: 3,
  note: 'Thủ tục mới',
};

export const STORM_DAYS = [
  { date: '2027-10-14', kind: 'off', reason: 'Nghỉ do bão số 6', basis: 'Công điện 12/CĐ-UBND' },
  { date: '2027-10-23', kind: 'work', reason: 'Làm bù cho thứ Năm 14/10/2027', basis: 'Công điện 12/CĐ-UBND' },
];

export const RULES_UPDATE_SOURCE = {
  title: 'Lịch làm việc tháng 10/2027 và thủ tục hộ tịch theo Luật Hộ tịch 03/2026/QH16',
  calendar: STORM_DAYS,
  procedures: [CHANGED_PROCEDURE, RETIRED_PROCEDURE, NEW_PROCEDURE],
};

// Applicants as a commune's ledger holds them: Vietnamese names with diacritics in realistic family-name
// shares, identity numbers (12-digit CCCD, older 9-digit CMND), mobile numbers written the ways desks
// write them, and addresses within the commune.
import type { Random } from './random';

/** Family names and their approximate shares of the population. */
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2.1], ['Phan', 4.5], ['Vũ', 2],
  ['Võ', 1.9], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.6], ['Trương', 0.6], ['Lương', 0.4], ['Đoàn', 0.4], ['Trịnh', 0.4], ['Mai', 0.3], ['Tô', 0.2], ['Lâm', 0.2],
];
const FAMILY_NAMES = FAMILY.map(([n]) => n);
const FAMILY_WEIGHTS = FAMILY.map(([, w]) => w);

const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Đình', 'Quang', 'Ngọc'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bích', 'Kim', 'Thùy', 'Phương', 'Hồng'];
/** Second middle names ("Nguyễn Thị Thu Hà", "Trần Văn Minh Đức"). */
const MALE_SECOND = ['Minh', 'Quốc', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Anh', 'Hoàng'];
const FEMALE_SECOND = ['Thu', 'Ngọc', 'Thanh', 'Bích', 'Kim', 'Thùy', 'Phương', 'Hồng', 'Mỹ', 'Diệu'];
const MALE_GIVEN = [
  'An', 'Anh', 'Bảo', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy',
  'Khánh', 'Khoa', 'Lâm', 'Lộc', 'Long', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn',
  'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Ẩn', 'Ánh',
];
const FEMALE_GIVEN = [
  'An', 'Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huệ', 'Hương', 'Lan',
  'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thơ',
  'Thúy', 'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Xuân', 'Yến', 'Ý', 'Ánh', 'Đào',
];
const VILLAGES = [
  'Thôn Đông Hòa', 'Thôn Tây Sơn', 'Thôn Phú Thượng', 'Thôn Hạ Lang', 'Thôn Bắc Đình', 'Thôn Nam Phước', 'Thôn Trung Hậu',
  'Thôn Khe Tre', 'Thôn Vĩnh Lộc', 'Thôn An Lương', 'Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Xóm Chợ', 'Xóm Đồng',
];
const MOBILE_PREFIXES = [
  '090', '091', '093', '094', '096', '097', '098', '086', '088', '089', '032', '033', '034', '035', '036', '037', '038',
  '039', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '056', '058',
];
/** Province codes of CCCD numbers: mostly the commune's own province, some from elsewhere. */
const PROVINCES = ['046', '046', '046', '046', '046', '001', '079', '038', '040', '048'];

export interface Applicant {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

const digits = (random: Random, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i += 1) s += String(random.int(0, 9));
  return s;
};

export function familyName(random: Random): string {
  return random.weighted(FAMILY_NAMES, FAMILY_WEIGHTS);
}

export function personName(random: Random): string {
  const male = random.chance(0.5);
  const middle = random.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = random.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
  // one name in eight has a second middle name
  const second = random.chance(0.125) ? ` ${random.pick(male ? MALE_SECOND : FEMALE_SECOND)}` : '';
  return `${familyName(random)} ${middle}${second} ${given}`;
}

/** 12-digit CCCD (province, gender-and-century digit, birth year, serial), or a 9-digit CMND before 2021. */
export function identityNumber(random: Random, year: number): string {
  if (year < 2021 && random.chance(0.6)) return digits(random, 9);
  const born = random.int(1940, 2005);
  const centuryDigit = (born >= 2000 ? 2 : 0) + random.int(0, 1);
  return `${random.pick(PROVINCES)}${centuryDigit}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
}

/** A mobile number as desks write it: 0912345678, 0912 345 678 or 0912.345.678. */
export function phoneNumber(random: Random): string {
  const raw = `${random.pick(MOBILE_PREFIXES)}${digits(random, 7)}`;
  const style = random.next();
  if (style < 0.7) return raw;
  const sep = style < 0.9 ? ' ' : '.';
  return `${raw.slice(0, 4)}${sep}${raw.slice(4, 7)}${sep}${raw.slice(7)}`;
}

export function applicant(random: Random, year: number, communeName: string): Applicant {
  return {
    name: personName(random),
    idNumber: identityNumber(random, year),
    phone: random.chance(0.9) ? phoneNumber(random) : '',
    address: `${random.pick(VILLAGES)}, ${communeName}`,
  };
}

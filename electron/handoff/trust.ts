// Whether this ledger accepts a (verified) package from its sender, decided before anything is written.
//
// - A unit's ledger takes full packages of its own unit only. The key must be the unit's key, or a desk
//   key registered for the unit; a desk that has no key yet adopts the unit's key carried in the package.
// - A receiving office takes report packages only, from units whose key it registered. A package from an
//   unknown unit is refused with the way to register it; trust on first use happens only when asked for
//   explicitly (`trustNewUnit`), and never overrides a registration: a package signed by another key than
//   the registered one is refused, so one commune's package cannot be passed off as another's.
import type { LedgerSettings } from '../ledger';
import type Database from 'better-sqlite3';
import { PackageRefusedError } from './errors';
import type { Manifest } from './manifest';
import { type TrustedUnit, trustedKeysOf } from './trusted-units';
import { type LedgerRole, readRole, readUnitKey } from './unit-identity';

export type TrustDecision =
  | { kind: 'own_key' }
  | { kind: 'registered'; unit: TrustedUnit }
  | { kind: 'adopt_key' }
  | { kind: 'first_use' };

export interface TrustOptions {
  /** Receiving office: register an unknown unit's key from its first package (trust on first use). */
  trustNewUnit?: boolean;
}

function checkKind(role: LedgerRole, manifest: Manifest): void {
  if (manifest.kind === 'rules_update') {
    throw new PackageRefusedError(
      'wrong_kind',
      'Đây là gói cập nhật quy định (lịch nghỉ, danh mục thủ tục) của đơn vị nhận báo cáo: hãy nhập ở Bàn giao USB › Cập nhật quy định (lệnh import-rules-update).',
    );
  }
  if (role === 'receiving_office' && manifest.kind === 'full') {
    throw new PackageRefusedError(
      'wrong_kind',
      'Đây là gói đầy đủ (có dữ liệu cá nhân của người nộp hồ sơ), chỉ dùng giữa các máy của cùng một đơn vị; ' +
        'sổ của đơn vị nhận báo cáo chỉ nhận gói báo cáo.',
    );
  }
  if (role === 'unit' && manifest.kind === 'report') {
    throw new PackageRefusedError(
      'wrong_kind',
      'Đây là gói báo cáo gửi đơn vị nhận báo cáo; sổ này là sổ của một đơn vị. ' +
        'Nếu máy này là của đơn vị nhận báo cáo, hãy bật chế độ đơn vị nhận báo cáo (lệnh receiving-office) rồi nhập lại.',
    );
  }
}

const senderLabel = (m: Manifest) => `${m.sender.unit_name || 'đơn vị'} (mã ${m.sender.unit_code})`;

function untrusted(m: Manifest, known: readonly string[]): PackageRefusedError {
  return new PackageRefusedError(
    'untrusted_key',
    `Gói ghi là của ${senderLabel(m)} nhưng được ký bằng khóa có dấu vân tay ${m.sender.fingerprint}, ` +
      `không phải khóa đã đăng ký cho đơn vị này (${known.join(', ')}). Gói có thể bị giả mạo hoặc do một máy khác tạo ra. ` +
      'Hãy gọi điện cho đơn vị để xác minh dấu vân tay; nếu đúng là khóa của đơn vị, đăng ký thêm khóa này (lệnh register-unit) rồi nhập lại.',
  );
}

function decideForUnit(db: Database.Database, settings: LedgerSettings, m: Manifest): TrustDecision {
  if (settings.unitCode === '') {
    throw new PackageRefusedError(
      'wrong_unit',
      `Sổ này chưa khai báo mã đơn vị nên chưa nhận được gói của ${senderLabel(m)}. ` +
        'Hãy khai báo mã đơn vị trong phần Cài đặt, hoặc khôi phục sổ mới từ gói (lệnh restore-package).',
    );
  }
  if (m.sender.unit_code !== settings.unitCode) {
    throw new PackageRefusedError(
      'wrong_unit',
      `Gói này là của ${senderLabel(m)}, không phải của đơn vị của sổ này (mã ${settings.unitCode}). ` +
        'Chỉ nhập gói đầy đủ giữa các máy của cùng một đơn vị.',
    );
  }
  const own = readUnitKey(db);
  if (own && own.fingerprint === m.sender.fingerprint) return { kind: 'own_key' };
  const registered = trustedKeysOf(db, m.sender.unit_code).find((u) => u.fingerprint === m.sender.fingerprint);
  if (registered) return { kind: 'registered', unit: registered };
  if (!own) return { kind: 'adopt_key' };
  throw untrusted(m, [own.fingerprint, ...trustedKeysOf(db, m.sender.unit_code).map((u) => u.fingerprint)]);
}

function decideForOffice(db: Database.Database, m: Manifest, options: TrustOptions): TrustDecision {
  const known = trustedKeysOf(db, m.sender.unit_code);
  const registered = known.find((u) => u.fingerprint === m.sender.fingerprint);
  if (registered) return { kind: 'registered', unit: registered };
  if (known.length > 0) throw untrusted(m, known.map((u) => u.fingerprint));
  if (options.trustNewUnit) return { kind: 'first_use' };
  throw new PackageRefusedError(
    'unknown_unit',
    `${senderLabel(m)} chưa được đăng ký ở sổ này. Hãy đăng ký đơn vị với dấu vân tay khóa do đơn vị cung cấp ` +
      `(lệnh: register-unit --db SỔ --unit-code ${m.sender.unit_code} --fingerprint <dấu vân tay>) rồi nhập lại. ` +
      `Dấu vân tay của khóa đã ký gói này là ${m.sender.fingerprint}: chỉ đăng ký sau khi đơn vị xác nhận đúng dấu vân tay này ` +
      '(hoặc, khi đã xác nhận, nhập với tùy chọn --trust-new-unit để tin cậy ngay từ gói đầu tiên).',
  );
}

export function decideTrust(db: Database.Database, settings: LedgerSettings, manifest: Manifest, options: TrustOptions = {}): TrustDecision {
  const role = readRole(db);
  checkKind(role, manifest);
  return role === 'unit' ? decideForUnit(db, settings, manifest) : decideForOffice(db, manifest, options);
}

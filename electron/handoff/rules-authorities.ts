// The receiving offices a commune accepts rules updates from, by key fingerprint.
//
// How a commune learns the province's key (decision): the province reads its fingerprint out (`unit-key`
// on its ledger) by phone or prints it in the letter that sends the package, and the commune registers it
// once (`rules-sender`, or Bàn giao USB › Cập nhật quy định). The package carries the whole public key;
// its 80-bit fingerprint must equal a registered one. There is no trust on first use here: a rules update
// moves the due dates of every open dossier, and reports only travel commune → province, so no earlier
// exchange could have carried the province's key. A desk restored from the unit's full package has it
// already (the table travels in `ledger.json`); any other desk registers it too.
import type Database from 'better-sqlite3';
import { isValidUnitCode } from '../../shared/dossier/dossier-code';
import { type AuditContext, stampOf } from '../ledger/audit';
import { HandoffError, PackageRefusedError } from './errors';
import { normaliseFingerprint } from './keys';
import type { Manifest } from './manifest';

export interface RulesAuthority {
  fingerprint: string;
  unitCode: string;
  unitName: string;
  registeredAt: string;
  registeredBy: string;
}

interface Row {
  fingerprint: string;
  unit_code: string;
  unit_name: string;
  registered_at: string;
  registered_by: string;
}

const toAuthority = (r: Row): RulesAuthority => ({
  fingerprint: r.fingerprint,
  unitCode: r.unit_code,
  unitName: r.unit_name,
  registeredAt: r.registered_at,
  registeredBy: r.registered_by,
});

export function listRulesAuthorities(db: Database.Database): RulesAuthority[] {
  return db
    .prepare<[], Row>('SELECT * FROM rules_authorities WHERE revoked_at IS NULL ORDER BY unit_code, registered_at')
    .all()
    .map(toAuthority);
}

export interface RulesAuthorityRegistration {
  unitCode: string;
  /** As read out by the receiving office: dashes, spaces and case do not matter. */
  fingerprint: string;
  unitName?: string;
}

/** Registers a receiving office's key (idempotent for the same key and unit code). */
export function registerRulesAuthority(db: Database.Database, registration: RulesAuthorityRegistration, ctx: AuditContext): RulesAuthority {
  const unitCode = registration.unitCode.trim();
  if (!isValidUnitCode(unitCode)) {
    throw new HandoffError(`Mã đơn vị "${unitCode}" không hợp lệ (chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang; ví dụ 000.00.00.H57).`);
  }
  const fingerprint = normaliseFingerprint(registration.fingerprint);
  if (fingerprint === null) {
    throw new HandoffError(
      `Dấu vân tay khóa "${registration.fingerprint}" không hợp lệ: phải gồm 16 ký tự chữ và số, thường viết thành 4 nhóm như K7Q2-M9XA-3RTB-Z4PW.`,
    );
  }
  const existing = db.prepare<[string], Row>('SELECT * FROM rules_authorities WHERE fingerprint = ?').get(fingerprint);
  if (existing && existing.unit_code !== unitCode) {
    throw new HandoffError(`Dấu vân tay ${fingerprint} đã được đăng ký cho đơn vị mã ${existing.unit_code}, không thể đăng ký cho mã ${unitCode}.`);
  }
  if (!existing) {
    db.prepare('INSERT INTO rules_authorities(fingerprint, unit_code, unit_name, registered_at, registered_by) VALUES (?, ?, ?, ?, ?)').run(
      fingerprint,
      unitCode,
      registration.unitName?.trim() ?? '',
      stampOf(ctx),
      ctx.actor,
    );
  }
  const stored = db.prepare<[string], Row>('SELECT * FROM rules_authorities WHERE fingerprint = ?').get(fingerprint);
  if (!stored) throw new Error(`rules authority ${fingerprint} not stored`);
  return toAuthority(stored);
}

const senderLabel = (m: Manifest) => `${m.sender.unit_name || 'đơn vị'} (mã ${m.sender.unit_code})`;

/** The registered authority that signed this (verified) rules update, or the refusal saying what to do. */
export function authorityOf(db: Database.Database, m: Manifest): RulesAuthority {
  const registered = listRulesAuthorities(db);
  const byKey = registered.find((a) => a.fingerprint === m.sender.fingerprint);
  if (byKey && byKey.unitCode === m.sender.unit_code) return byKey;
  if (byKey) {
    throw new PackageRefusedError(
      'untrusted_key',
      `Gói ghi là của ${senderLabel(m)} nhưng khóa ký (dấu vân tay ${m.sender.fingerprint}) đã đăng ký cho đơn vị mã ${byKey.unitCode}. Gói có thể bị giả mạo.`,
    );
  }
  const sameUnit = registered.filter((a) => a.unitCode === m.sender.unit_code);
  if (sameUnit.length > 0) {
    throw new PackageRefusedError(
      'untrusted_key',
      `Gói ghi là của ${senderLabel(m)} nhưng được ký bằng khóa có dấu vân tay ${m.sender.fingerprint}, không phải khóa đã đăng ký ` +
        `(${sameUnit.map((a) => a.fingerprint).join(', ')}). Gói có thể bị giả mạo. Hãy gọi điện cho đơn vị để xác minh; nếu đơn vị đã đổi khóa, ` +
        'đăng ký khóa mới (lệnh rules-sender) rồi nhập lại.',
    );
  }
  throw new PackageRefusedError(
    'unknown_unit',
    `${senderLabel(m)} chưa được đăng ký ở sổ này là nơi gửi cập nhật quy định. Hãy gọi điện cho đơn vị (hoặc xem công văn gửi kèm gói) ` +
      `để lấy dấu vân tay khóa của họ, rồi đăng ký (lệnh: rules-sender --db SỔ --unit-code ${m.sender.unit_code} --fingerprint <dấu vân tay>) và nhập lại. ` +
      `Dấu vân tay của khóa đã ký gói này là ${m.sender.fingerprint}: chỉ đăng ký khi đơn vị xác nhận đúng dấu vân tay này.`,
  );
}

// Making a rules update package at the receiving office (province): the content (rules-update-content.ts)
// signed with the office's unit key, in the handoff container, written through a verified temporary file.
import { appVersion } from '../reliability/app-version';
import { schemaVersionOf } from '../ledger';
import type { LedgerSession } from '../services/ledger-session';
import { HandoffError, PackageRefusedError } from './errors';
import { writePackageFile } from './package-file';
import { partOpener, readPackage } from './package-reader';
import { buildPackage } from './package-writer';
import { type RulesUpdateContent, contentProblems, parseRulesPart } from './rules-update-content';
import { ensureUnitKey, readRole } from './unit-identity';

export const RULES_PART = 'rules.json';

export interface RulesExportOutcome {
  file: string;
  packageId: string;
  sha256: string;
  size: number;
  /** The key's fingerprint, for the communes to register (read it out, print it in the letter). */
  fingerprint: string;
  counts: { calendar_days: number; procedures: number };
}

/** The source file the receiving office wrote (JSON), checked with every problem listed by where it is. */
export function parseRulesSource(text: string, fileName: string): RulesUpdateContent {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new HandoffError(`Tệp "${fileName}" không phải JSON hợp lệ (${error instanceof Error ? error.message : 'lỗi cú pháp'}).`, { cause: error });
  }
  const { problems, content } = contentProblems(raw);
  if (!content) throw new HandoffError(`Tệp "${fileName}" có lỗi, chưa tạo gói. ${problems.join(' ')}`);
  return content;
}

/** Writes the rules update package to `file`; only the receiving office's ledger makes them. */
export function exportRulesUpdate(session: LedgerSession, content: RulesUpdateContent, file: string, at: Date): RulesExportOutcome {
  if (readRole(session.db) !== 'receiving_office') {
    throw new HandoffError(
      'Chỉ sổ của đơn vị nhận báo cáo (tỉnh) mới tạo gói cập nhật quy định. Nếu máy này là của đơn vị nhận báo cáo, hãy bật chế độ đó (lệnh receiving-office).',
    );
  }
  const s = session.settings();
  if (s.unitCode === '') throw new HandoffError('Chưa khai báo mã đơn vị nên chưa tạo được gói: hãy nhập mã đơn vị trong phần Cài đặt.');
  const key = ensureUnitKey(session.db, { actor: session.actor, at });
  const counts = { calendar_days: content.calendar.length, procedures: content.procedures.length };
  const bytes = buildPackage({
    kind: 'rules_update',
    appVersion: appVersion(),
    createdAt: at,
    sender: { unitCode: s.unitCode, unitName: s.unitName, desk: null },
    receivingUnit: '',
    period: null,
    schemaVersion: schemaVersionOf(session.db),
    counts,
    parts: [{ name: RULES_PART, mediaType: 'application/json', content: Buffer.from(JSON.stringify(content), 'utf8'), compress: true }],
    key,
    passphrase: null,
  });
  writePackageFile(file, bytes, (written) => {
    try {
      parseRulesPart(partOpener(readPackage(written), null).bytes(RULES_PART));
    } catch (error) {
      if (error instanceof PackageRefusedError) throw new HandoffError(error.message, { cause: error });
      throw error;
    }
  });
  const pkg = readPackage(bytes);
  return { file, packageId: pkg.manifest.package_id, sha256: pkg.sha256, size: bytes.length, fingerprint: key.fingerprint, counts };
}

// The identities of rules.md §7. A report that breaks one is a bug, never something to show.
import type { FormFigures } from './figures';

export class ReportIdentityError extends Error {
  constructor(row: string, identity: string) {
    super(`Báo cáo sai đẳng thức "${identity}" ở dòng "${row}" — lỗi chương trình, không được in báo cáo này.`);
    this.name = 'ReportIdentityError';
  }
}

export function identityViolations(f: FormFigures): string[] {
  const broken: string[] = [];
  if (f.received !== f.carried_over + f.new_online + f.new_direct_postal) broken.push('tiếp nhận = từ kỳ trước + mới tiếp nhận');
  if (f.received !== f.resolved + f.pending) broken.push('tiếp nhận = đã giải quyết + đang giải quyết');
  if (f.resolved !== f.early + f.on_time + f.late) broken.push('đã giải quyết = trước hạn + đúng hạn + quá hạn');
  if (f.pending !== f.pending_in_time + f.pending_overdue) broken.push('đang giải quyết = trong hạn + quá hạn');
  return broken;
}

export function assertIdentities(row: string, f: FormFigures): void {
  const [first] = identityViolations(f);
  if (first !== undefined) throw new ReportIdentityError(row, first);
}

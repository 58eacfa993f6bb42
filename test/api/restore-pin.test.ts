// Issue 15 §2 through the API: a restore that would drop a signed period answers with its own error code
// (`needs_chairman_pin`) and the periods, for every way of restoring, so the screen can ask for the PIN.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

const PIN = '583941';

async function signedAfterBackup() {
  const t = await testApi('2024-04-02 09:00');
  await t.call('dossier.create', dossierInput('Nguyễn Văn An', '2024-04-02 08:30'));
  const backup = (await t.call('backup.now', {})).settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công');
  if (!backup) throw new Error('no manual backup listed');
  await t.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
  await t.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
  return { t, backupFile: backup.file };
}

describe('restore of a backup older than a sign-off, through the API', () => {
  it('answers needs_chairman_pin with the periods (listed and uploaded backups), a wrong PIN is rejected, the right one restores', async () => {
    const { t, backupFile } = await signedAfterBackup();
    const listed = await t.api.dispatch('backup.restoreFrom', { backupFile });
    expect(listed).toMatchObject({ ok: false, error: { code: 'needs_chairman_pin', details: ['Quý I năm 2024'] } });
    if (listed.ok) return;
    expect(listed.error.message).toContain('cần mã PIN của Chủ tịch');

    const upload = { fileName: 'ban-sao.db', contentBase64: readFileSync(backupFile).toString('base64') };
    expect(await t.api.dispatch('backup.restore', upload)).toMatchObject({ ok: false, error: { code: 'needs_chairman_pin', details: ['Quý I năm 2024'] } });

    const wrong = await t.api.dispatch('backup.restoreFrom', { backupFile, chairmanPin: '111111' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Mã PIN không đúng; chưa khôi phục') } });

    const restored = await t.call('backup.restore', { ...upload, chairmanPin: PIN });
    expect(restored.lines.join(' ')).toContain('Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024');
  });
});

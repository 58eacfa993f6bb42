// The native open dialogs: the folder to write a package into (a stick's root by default when the system
// shows one), the package file to import, a backup to restore (plain or encrypted), a ledger list to import.
import { type BrowserWindow, type OpenDialogOptions, app, dialog } from 'electron';
import { OPEN_DIALOG_TITLES } from '../api/dialog-titles';

async function open(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** One file from the documents folder, its kind first in the type list, any file second. */
function openFile(window: BrowserWindow | null, title: string, buttonLabel: string, kind: { name: string; extensions: string[] }): Promise<string | null> {
  return open(window, {
    title,
    defaultPath: app.getPath('documents'),
    buttonLabel,
    properties: ['openFile'],
    filters: [kind, { name: 'Mọi tệp', extensions: ['*'] }],
  });
}

export function chooseFolder(window: BrowserWindow | null, title: string): Promise<string | null> {
  return open(window, { title, defaultPath: app.getPath('documents'), buttonLabel: 'Chọn thư mục này', properties: ['openDirectory', 'createDirectory'] });
}

export function chooseBackupFile(window: BrowserWindow | null): Promise<string | null> {
  return openFile(window, OPEN_DIALOG_TITLES.backup, 'Khôi phục từ tệp này', { name: 'Bản sao lưu sổ', extensions: ['db'] });
}

export function chooseEncryptedBackupFile(window: BrowserWindow | null): Promise<string | null> {
  return openFile(window, OPEN_DIALOG_TITLES.encryptedBackup, 'Mở bản sao lưu này', { name: 'Bản sao lưu mã hóa Sổ Một Cửa', extensions: ['somc'] });
}

export function chooseImportFile(window: BrowserWindow | null): Promise<string | null> {
  return openFile(window, OPEN_DIALOG_TITLES.importFile, 'Chạy thử với tệp này', { name: 'Bảng tính hoặc CSV', extensions: ['xlsx', 'xls', 'csv'] });
}

export function choosePackageFile(window: BrowserWindow | null): Promise<string | null> {
  return openFile(window, OPEN_DIALOG_TITLES.packageFile, 'Mở gói', { name: 'Gói bàn giao Sổ Một Cửa', extensions: ['somc'] });
}

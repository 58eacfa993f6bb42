// The native open dialogs: the folder to write a package into (a stick's root by default when the system
// shows one), the package file to import, a backup to restore (plain or encrypted), a ledger list to import.
import { type BrowserWindow, type OpenDialogOptions, app, dialog } from 'electron';

async function open(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function chooseFolder(window: BrowserWindow | null, title: string): Promise<string | null> {
  return open(window, { title, defaultPath: app.getPath('documents'), buttonLabel: 'Chọn thư mục này', properties: ['openDirectory', 'createDirectory'] });
}

export function chooseBackupFile(window: BrowserWindow | null): Promise<string | null> {
  return open(window, {
    title: 'Chọn tệp sao lưu để khôi phục',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Khôi phục từ tệp này',
    properties: ['openFile'],
    filters: [
      { name: 'Bản sao lưu sổ', extensions: ['db'] },
      { name: 'Mọi tệp', extensions: ['*'] },
    ],
  });
}

export function chooseEncryptedBackupFile(window: BrowserWindow | null): Promise<string | null> {
  return open(window, {
    title: 'Chọn bản sao lưu mã hóa để khôi phục',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Mở bản sao lưu này',
    properties: ['openFile'],
    filters: [
      { name: 'Bản sao lưu mã hóa Sổ Một Cửa', extensions: ['somc'] },
      { name: 'Mọi tệp', extensions: ['*'] },
    ],
  });
}

export function chooseImportFile(window: BrowserWindow | null): Promise<string | null> {
  return open(window, {
    title: 'Chọn tệp sổ theo dõi để nhập',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Chạy thử với tệp này',
    properties: ['openFile'],
    filters: [
      { name: 'Bảng tính hoặc CSV', extensions: ['xlsx', 'xls', 'csv'] },
      { name: 'Mọi tệp', extensions: ['*'] },
    ],
  });
}

export function choosePackageFile(window: BrowserWindow | null): Promise<string | null> {
  return open(window, {
    title: 'Chọn gói bàn giao',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Mở gói',
    properties: ['openFile'],
    filters: [
      { name: 'Gói bàn giao Sổ Một Cửa', extensions: ['somc'] },
      { name: 'Mọi tệp', extensions: ['*'] },
    ],
  });
}

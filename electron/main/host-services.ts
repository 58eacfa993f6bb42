// What only the desktop shell can do for the API: native save dialogs, printing through the system's PDF
// viewer window with its print button (sized to the screen; the temporary PDF, which holds citizens'
// data, deleted when the window closes and at the next start), the system browser for allow-listed links.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog, screen, shell } from 'electron';
import type { FileBytes, HostServices } from '../api';
import { chooseBackupFile, chooseFolder, choosePackageFile } from './handoff-dialogs';
import { secureWebPreferences } from './security';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Tài liệu PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.csv': { name: 'Tệp CSV', extensions: ['csv'] },
  '.db': { name: 'Bản sao lưu sổ', extensions: ['db'] },
};

/** Writes beside the target, then renames: a cancelled or failed write never leaves half a file. */
function writeAtomically(target: string, bytes: Uint8Array): void {
  const temporary = `${target}.dang-ghi`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
}

async function askWhere(window: BrowserWindow | null, fileName: string): Promise<string | null> {
  const filter = FILTERS[path.extname(fileName).toLowerCase()];
  const options = { title: 'Lưu tệp', defaultPath: path.join(app.getPath('documents'), fileName), buttonLabel: 'Lưu', filters: filter ? [filter] : [] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

const PRINT_FOLDER = 'so-mot-cua-in';

/** Removes what earlier prints left in the temporary folder (a window still open when the app was killed). */
export function clearPrintFolder(): void {
  rmSync(path.join(app.getPath('temp'), PRINT_FOLDER), { recursive: true, force: true });
}

/** The viewer's size: an A4 page's proportions, never larger than the screen's work area (1366×768 …). */
function viewerSize(): { width: number; height: number } {
  const area = screen.getPrimaryDisplay().workAreaSize;
  return { width: Math.min(900, area.width), height: Math.min(1000, area.height) };
}

export function electronHostServices(mainWindow: () => BrowserWindow | null): HostServices {
  return {
    kind: 'electron',
    async saveFile(file: FileBytes) {
      const target = await askWhere(mainWindow(), file.fileName);
      if (target === null) return { saved: false, path: null };
      writeAtomically(target, file.bytes);
      return { saved: true, path: target };
    },
    async print(file: FileBytes) {
      const root = path.join(app.getPath('temp'), PRINT_FOLDER);
      mkdirSync(root, { recursive: true });
      // One folder per print: two prints of the same form never share a file.
      const dir = mkdtempSync(path.join(root, 'in-'));
      const target = path.join(dir, path.basename(file.fileName));
      writeAtomically(target, file.bytes);
      const viewer = new BrowserWindow({
        parent: mainWindow() ?? undefined,
        ...viewerSize(),
        title: `In: ${file.fileName}`,
        autoHideMenuBar: true,
        webPreferences: { ...secureWebPreferences(null), plugins: true },
      });
      viewer.on('closed', () => rmSync(dir, { recursive: true, force: true }));
      await viewer.loadURL(pathToFileURL(target).toString());
      return true;
    },
    async openExternal(url: string) {
      await shell.openExternal(url);
      return true;
    },
    chooseBackupTarget: (suggestedName: string) => askWhere(mainWindow(), suggestedName),
    chooseFolder: (title: string) => chooseFolder(mainWindow(), title),
    choosePackageFile: () => choosePackageFile(mainWindow()),
    chooseBackupFile: () => chooseBackupFile(mainWindow()),
  };
}

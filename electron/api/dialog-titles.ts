// The titles of the desktop app's open dialogs: the shell shows them, and a refusal of a path no dialog
// handed out names the dialog the person should use, in the same words.
export const OPEN_DIALOG_TITLES = {
  backup: 'Chọn tệp sao lưu để khôi phục',
  encryptedBackup: 'Chọn bản sao lưu mã hóa để khôi phục',
  importFile: 'Chọn tệp sổ theo dõi để nhập',
  packageFile: 'Chọn gói bàn giao',
} as const;

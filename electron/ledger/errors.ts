// Errors the ledger raises for people to read: every message is Vietnamese, ready to show in the app or
// on the command line's stderr.

/** Base class: anything the ledger refuses for a reason the user can act on. */
export class LedgerError extends Error {
  /**
   * @param inputField the command's input field the refusal is about (e.g. "receivedAt", "on"), when it is
   *   one: the API passes it on so the form marks that very box (shared/api/common.ts ApiError).
   */
  constructor(
    message: string,
    readonly inputField?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The file was written by a newer app whose schema this one does not know. */
export class LedgerTooNewError extends LedgerError {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `Sổ dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ số ${fileVersion}; ` +
        `phiên bản này chỉ hỗ trợ đến số ${supportedVersion}). Hãy cập nhật Sổ Một Cửa.`,
    );
  }
}

/** The file is not a Sổ Một Cửa ledger (another SQLite database, or not a database at all). */
export class LedgerNotRecognisedError extends LedgerError {
  constructor(readonly file: string) {
    super(`Tệp "${file}" không phải là sổ dữ liệu của Sổ Một Cửa.`);
  }
}

export class LedgerNotFoundError extends LedgerError {
  constructor(readonly file: string) {
    super(`Không tìm thấy sổ dữ liệu "${file}". Hãy kiểm tra đường dẫn, hoặc tạo sổ mới bằng lệnh init.`);
  }
}

/** The dossier was changed elsewhere since the caller read it (optimistic concurrency). */
export class DossierVersionConflictError extends LedgerError {
  constructor(
    readonly code: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `Hồ sơ ${code} vừa được thay đổi ở nơi khác (đang là phiên bản ${actualVersion}, ` +
        `bạn sửa từ phiên bản ${expectedVersion}). Hãy mở lại hồ sơ rồi sửa tiếp.`,
    );
  }
}

export class DossierNotFoundError extends LedgerError {
  constructor(readonly key: string) {
    super(`Không tìm thấy hồ sơ ${key} trong sổ.`);
  }
}

export class DuplicateDossierCodeError extends LedgerError {
  constructor(readonly code: string) {
    super(`Mã hồ sơ ${code} đã có trong sổ. Mỗi hồ sơ phải có một mã riêng.`);
  }
}

/** A desk has issued all 999 codes of its block for a day (rules.md §9). */
export class DossierCodeExhaustedError extends LedgerError {
  constructor(
    readonly desk: number,
    readonly dayLabel: string,
  ) {
    super(
      `Bàn tiếp nhận số ${desk} đã cấp hết 999 mã hồ sơ của ngày ${dayLabel}. ` +
        'Hãy tiếp nhận tiếp ở một bàn (máy) khác có số bàn khác.',
    );
  }
}

/** A setting or catalogue entry that cannot be stored as given. */
export class LedgerValidationError extends LedgerError {}

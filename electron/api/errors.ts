// Errors the API layer raises itself. Every message is Vietnamese, ready to show.
import type { ApiErrorCode } from '../../shared/api/common';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: string[],
    /** The input field the refusal is about, so the form marks that box (ApiError.inputField of the contract). */
    readonly inputField?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A request the rules refuse (nothing was changed). */
export const rejected = (message: string) => new ApiError('rejected', message);

/** A command this host does not offer (e.g. the native save dialog in the web host). */
export const unsupported = (what: string) =>
  new ApiError('unsupported', `${what} chỉ có trong ứng dụng máy tính (Electron); trình duyệt dùng cách tải tệp về.`);

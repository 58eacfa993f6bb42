// Files in and out of the API: bytes as base64 (the same over IPC and HTTP), and their types.
import type { FileDto } from '../../shared/api/common';
import type { FileBytes } from './context';

export const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  db: 'application/vnd.sqlite3',
} as const;

export function toFileDto(fileName: string, mimeType: string, bytes: Uint8Array): FileDto {
  return { fileName, mimeType, contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

export function fromFileDto(file: FileDto): FileBytes {
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) };
}

export function bytesOf(contentBase64: string): Uint8Array {
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}

/** A file name safe on Windows and Linux ("000.00.21.H57-240304-1001" stays as is). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 180);
}

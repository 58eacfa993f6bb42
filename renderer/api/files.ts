// Documents coming back from the API (base64) saved, shown or printed. Electron uses the native save and
// print dialogs through the API (forms print from their HTML rendering, never as a PDF); the browser downloads the file or shows it in the page.
import type { FileDto } from '../../shared/api/common';
import type { DocumentRequest } from '../../shared/api/document-schemas';
import type { PrintFormInput } from '../../shared/api/print-schemas';
import { call, hostKind } from './client';
import { runJob } from './jobs';

export function blobOf(file: FileDto): Blob {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}

export function fileToBase64(file: File, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('Không đọc được tệp.'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

function download(file: FileDto): void {
  const url = URL.createObjectURL(blobOf(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves a file: the native dialog in Electron, a download in the browser. Returns a line to show. */
export async function saveFile(file: FileDto): Promise<string> {
  if (hostKind() === 'electron') {
    const saved = await call('host.saveFile', file);
    return saved.saved ? `Đã lưu ${saved.path ?? file.fileName}.` : 'Đã hủy lưu tệp.';
  }
  download(file);
  return `Đã tải về ${file.fileName}.`;
}

/**
 * A document made in the worker, followed on the progress bar (components/JobProgress): in Electron the
 * native save dialog, then the worker writes the file there (no bytes come back through the page); in the
 * browser `bytes` asks for the file, which is downloaded. Returns a line to show.
 */
export async function saveDocument(document: DocumentRequest, label: string, bytes: (jobId: string) => Promise<FileDto>): Promise<string> {
  if (hostKind() === 'electron') {
    const saved = await runJob('Chọn nơi lưu tệp…', (jobId) => call('document.save', { document, jobId }));
    return saved.saved ? `Đã lưu ${saved.path ?? ''}.` : 'Đã hủy lưu tệp.';
  }
  const file = await runJob(label, bytes);
  download(file);
  return `Đã tải về ${file.fileName}.`;
}

/** Shows a PDF to print from (the browser host's preview). */
export function previewFile(file: FileDto, show: (url: string, file: FileDto) => void): void {
  show(URL.createObjectURL(blobOf(file)), file);
}

/**
 * Prints a form: Electron sends it to the printer through the system print dialog (an HTML rendering of
 * the same document as the PDF); the browser shows the PDF (`pdf`) to print from.
 */
export async function printForm(request: PrintFormInput, pdf: () => Promise<FileDto>, show: (url: string, file: FileDto) => void): Promise<void> {
  if (hostKind() === 'electron') {
    await call('forms.print', request);
    return;
  }
  previewFile(await pdf(), show);
}

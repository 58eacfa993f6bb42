// The papers a procedure requires, as this office lists them (one per line: name; kind of copy; number),
// pre-filled on the intake form when the procedure is chosen. Starts from the shipped list when the
// office has none of its own.
import { useEffect, useState } from 'react';
import type { ProcedureDocumentsView } from '../../../shared/api/desk-day-schemas';
import { procedureLabel } from '../../../shared/catalogue/procedure-code';
import { call, messageOf } from '../../api/client';
import { notify } from '../../app/app-store';
import { ErrorBox, Field } from '../../components/ui';

const SOURCE_LABELS: Record<ProcedureDocumentsView['source'], string> = {
  office: 'Danh sách của đơn vị.',
  default: 'Danh sách mặc định kèm phần mềm (chưa sửa).',
  none: 'Chưa có danh sách.',
};

const lineOf = (d: ProcedureDocumentsView['documents'][number]) => [d.name, d.form, d.quantity === 1 ? '' : String(d.quantity)].filter(Boolean).join('; ');

function documentsOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => name !== undefined && name !== '')
    .map(([name = '', form, quantity]) => ({ name, form: form || 'Bản chính', quantity: Number(quantity) || 1 }));
}

/** `code` is the procedure's key in the ledger; the label shows its national code only (or its name). */
export function RequiredDocuments({ code, name }: { code: string; name: string }) {
  const [view, setView] = useState<ProcedureDocumentsView | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = procedureLabel({ code, name: name.trim() }) || 'thủ tục đang chọn';
  useEffect(() => {
    setView(null);
    if (code.trim() === '') return;
    call('catalogue.documents', { code })
      .then((v) => {
        setView(v);
        setText(v.documents.map(lineOf).join('\n'));
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [code]);
  if (code.trim() === '') return <p className="hint">Bấm một thủ tục bên trái để xem và sửa giấy tờ phải nộp.</p>;
  async function save() {
    try {
      const v = await call('catalogue.setDocuments', { code, documents: documentsOf(text) });
      setView(v);
      setError(null);
      notify(`Đã ghi giấy tờ phải nộp của thủ tục ${title}.`);
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <div className="required-documents">
      <Field label={`Giấy tờ phải nộp – ${title}`} htmlFor="c-documents" hint={`Mỗi dòng một loại: tên; loại bản; số lượng. ${view ? SOURCE_LABELS[view.source] : ''}`}>
        <textarea id="c-documents" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <ErrorBox message={error} />
      <button type="button" className="button" onClick={() => void save()}>
        Ghi giấy tờ phải nộp
      </button>
    </div>
  );
}

// The full package's passphrase, typed twice, with its length counted as a person counts letters.
import { PACKAGE_PASSPHRASE_MIN, passphraseLength } from '../../../shared/api/handoff-schemas';
import { Field } from '../../components/ui';
import { useExport } from './export-store';

export function PassphrasePair() {
  const st = useExport();
  const length = passphraseLength(st.passphrase);
  const matches = st.passphraseAgain !== '' && st.passphrase === st.passphraseAgain;
  return (
    <div className="grid-2 passphrase">
      <Field label="Mật khẩu của gói" htmlFor="pp-1" hint={`Ít nhất ${PACKAGE_PASSPHRASE_MIN} ký tự; đã gõ ${length}. Tiếng Việt có dấu dùng được.`}>
        <input id="pp-1" type="password" autoComplete="new-password" value={st.passphrase} onChange={(e) => st.set({ passphrase: e.target.value })} />
      </Field>
      <Field label="Nhập lại mật khẩu" htmlFor="pp-2" hint={st.passphraseAgain === '' ? 'Gõ lại đúng mật khẩu trên.' : matches ? 'Khớp.' : 'Chưa khớp.'}>
        <input id="pp-2" type="password" autoComplete="new-password" value={st.passphraseAgain} onChange={(e) => st.set({ passphraseAgain: e.target.value })} />
      </Field>
      <p className="warn-note field-wide">
        Hãy ghi nhớ mật khẩu và báo riêng cho người nhập gói (không viết lên USB). Quên mật khẩu thì không ai mở được gói, kể cả người làm phần mềm.
      </p>
    </div>
  );
}

// A new passphrase typed twice (a full package, an encrypted backup), its length counted as a person
// counts letters (NFC: "ệ" counts once), whether the two match, and the warning that nobody can open the
// file without it.
import { PACKAGE_PASSPHRASE_MIN, passphraseLength } from '../../shared/api/handoff-schemas';
import { Field } from './ui';

export function PassphraseFields(props: {
  /** Prefix of the inputs' ids (two such pairs may share a page). */
  idPrefix: string;
  label: string;
  passphrase: string;
  again: string;
  onChange(patch: { passphrase?: string; again?: string }): void;
  /** Who must be told the passphrase, for the warning. */
  tellWho: string;
}) {
  const length = passphraseLength(props.passphrase);
  const matches = props.again !== '' && props.passphrase === props.again;
  return (
    <div className="grid-2 passphrase">
      <Field label={props.label} htmlFor={`${props.idPrefix}-1`} hint={`Ít nhất ${PACKAGE_PASSPHRASE_MIN} ký tự; đã gõ ${length}. Tiếng Việt có dấu dùng được.`}>
        <input id={`${props.idPrefix}-1`} type="password" autoComplete="new-password" value={props.passphrase} onChange={(e) => props.onChange({ passphrase: e.target.value })} />
      </Field>
      <Field label="Nhập lại mật khẩu" htmlFor={`${props.idPrefix}-2`} hint={props.again === '' ? 'Gõ lại đúng mật khẩu trên.' : matches ? 'Khớp.' : 'Chưa khớp.'}>
        <input id={`${props.idPrefix}-2`} type="password" autoComplete="new-password" value={props.again} onChange={(e) => props.onChange({ again: e.target.value })} />
      </Field>
      <p className="warn-note field-wide">
        Hãy ghi nhớ mật khẩu và báo riêng cho {props.tellWho} (không viết lên USB). Quên mật khẩu thì không ai mở được tệp, kể cả người làm phần mềm.
      </p>
    </div>
  );
}

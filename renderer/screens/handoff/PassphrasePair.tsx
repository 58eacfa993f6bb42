// The full package's passphrase, typed twice, with its length counted as a person counts letters.
import { PassphraseFields } from '../../components/PassphraseFields';
import { useExport } from './export-store';

export function PassphrasePair() {
  const st = useExport();
  return (
    <PassphraseFields
      idPrefix="pp"
      label="Mật khẩu của gói"
      passphrase={st.passphrase}
      again={st.passphraseAgain}
      onChange={(patch) => st.set({ ...(patch.passphrase !== undefined ? { passphrase: patch.passphrase } : {}), ...(patch.again !== undefined ? { passphraseAgain: patch.again } : {}) })}
      tellWho="người nhập gói"
    />
  );
}

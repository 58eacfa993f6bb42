// Beside the intake form, once the identity number typed is one the ledger knows: who it is (the details
// were filled into the empty fields) and that person's dossiers still open.
import { viDateTime, viIso } from '../../app/format';
import { go } from '../../app/router';
import { StateBadge } from '../../components/ui';
import { useIntake } from './intake-store';

export function CitizenCard() {
  const citizen = useIntake((s) => s.citizen);
  if (!citizen?.known) return null;
  const { known, openDossiers } = citizen;
  return (
    <section className="citizen-card" aria-labelledby="citizen-title" data-testid="citizen-card">
      <h2 id="citizen-title">Công dân đã có trong sổ</h2>
      <p>
        <strong>{known.applicantName}</strong> · {known.dossierCount} hồ sơ, lần gần nhất {viDateTime(known.lastReceivedAt)}
      </p>
      {openDossiers.length === 0 ? (
        <p className="muted">Không có hồ sơ nào đang giải quyết.</p>
      ) : (
        <>
          <p>Hồ sơ đang giải quyết:</p>
          <ul className="citizen-open">
            {openDossiers.map((d) => (
              <li key={d.id}>
                <button type="button" className="link-button" onClick={() => go({ screen: 'dossier', id: d.id })}>
                  {d.code}
                </button>{' '}
                {d.procedureName} · hẹn trả {viIso(d.due)} <StateBadge state={d.state} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

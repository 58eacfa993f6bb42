// Beside the intake form, once the identity number typed is one the ledger knows: who it is (the details
// were filled into the empty fields), that person's results ready to hand back — the usual reason a
// citizen comes back to the desk — marked as such, and the dossiers still being handled.
import type { ListItem } from '../../../shared/api/dossier-schemas';
import { viDateTime, viIso } from '../../app/format';
import { go } from '../../app/router';
import { StateBadge } from '../../components/ui';
import { useIntake } from './intake-store';

function DossierLine({ d, ready }: { d: ListItem; ready: boolean }) {
  return (
    <li data-testid={ready ? 'citizen-ready' : 'citizen-open'}>
      <button type="button" className="link-button" onClick={() => go({ screen: 'dossier', id: d.id })}>
        {d.code}
      </button>{' '}
      {d.procedureName} ·{' '}
      {ready ? (
        <>
          có kết quả {viIso(d.endedOn)} <span className="badge badge-ok">Có kết quả, chờ trả</span>
        </>
      ) : (
        <>
          hẹn trả {viIso(d.due)} <StateBadge state={d.state} />
        </>
      )}
    </li>
  );
}

export function CitizenCard() {
  const citizen = useIntake((s) => s.citizen);
  if (!citizen?.known) return null;
  const { known, openDossiers, readyDossiers } = citizen;
  return (
    <section className="citizen-card" aria-labelledby="citizen-title" data-testid="citizen-card">
      <h2 id="citizen-title">Công dân đã có trong sổ</h2>
      <p>
        <strong>{known.applicantName}</strong> · {known.dossierCount} hồ sơ, lần gần nhất {viDateTime(known.lastReceivedAt)}
      </p>
      {readyDossiers.length > 0 ? (
        <>
          <p>
            <strong>Có kết quả, chờ trả:</strong>
          </p>
          <ul className="citizen-open">
            {readyDossiers.map((d) => (
              <DossierLine key={d.id} d={d} ready />
            ))}
          </ul>
        </>
      ) : null}
      {openDossiers.length === 0 ? (
        <p className="muted">Không có hồ sơ nào đang giải quyết.</p>
      ) : (
        <>
          <p>Hồ sơ đang giải quyết:</p>
          <ul className="citizen-open">
            {openDossiers.map((d) => (
              <DossierLine key={d.id} d={d} ready={false} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// app.info, the first-run wizard and the unit's settings.
import type { SettingsView } from '../../../shared/api/setup-schemas';
import { defaultOfficeName, placeFromUnitName } from '../../../shared/office/office-name';
import { isoFromDay } from '../../../shared/time/day';
import { formatLocalDateTime, formatMinute, parseMinute } from '../../../shared/time/local-time';
import type { LedgerSettings } from '../../ledger';
import { LedgerValidationError } from '../../ledger';
import { hasChairmanPin, setChairmanPin } from '../../security/chairman-pin';
import { checkChairmanPin } from '../../security/pin-lockout';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { auditOf, nowOf } from './clock';

function settingsView(s: LedgerSettings, pinSet: boolean): SettingsView {
  return {
    unitName: s.unitName,
    unitCode: s.unitCode,
    receivingUnit: s.receivingUnit,
    parentBody: s.parentBody,
    placeName: s.placeName,
    deskNumber: s.deskNumber,
    extraWorkingDays: s.extraWorkingDays,
    periodRule: s.periodRule,
    pauseRule: s.supplementPolicy.pauseRule,
    multipleSupplementsAreLate: s.supplementPolicy.multipleSupplementsAreLate,
    onlineNextDayStart: s.onlineNextDayStart,
    officeHours: s.officeHours.intervals.map((i) => ({ start: formatMinute(i.start), end: formatMinute(i.end) })),
    officeName: s.officeName,
    officePhone: s.officePhone,
    signerMode: s.signer.mode,
    signerTitle: s.signer.title,
    signerName: s.signer.name,
    hasChairmanPin: pinSet,
  };
}

type SettingsHandlers = Pick<Handlers, 'app.info' | 'setup.complete' | 'settings.get' | 'settings.update' | 'settings.setChairmanPin'>;

export function settingsHandlers(ctx: ApiContext): SettingsHandlers {
  const session = () => ctx.ledger.session();
  const write = (patch: Partial<LedgerSettings>) => {
    const s = session();
    s.settingsRepository.update(patch, auditOf(ctx));
    s.invalidate();
    return settingsView(s.settings(), hasChairmanPin(s.db));
  };
  return {
    'app.info': () => {
      const s = session().settings();
      const now = nowOf(ctx);
      return {
        appName: 'Sổ Một Cửa',
        version: ctx.appVersion,
        host: ctx.host.kind,
        ledgerFile: ctx.ledger.file,
        configured: s.unitName !== '' && s.unitCode !== '',
        unitName: s.unitName,
        deskNumber: s.deskNumber,
        today: isoFromDay(now.day),
        now: formatLocalDateTime(now),
        documents: true,
        narrative: true,
        signOff: true,
      };
    },
    'setup.complete': (input) => {
      const placeName = input.placeName || placeFromUnitName(input.unitName);
      const officeName = input.officeName || defaultOfficeName(input.unitName, placeName, nowOf(ctx).day);
      const view = write({ ...input, placeName, officeName });
      const s = session();
      s.catalogue.seedDefault(auditOf(ctx));
      return view;
    },
    'settings.get': () => settingsView(session().settings(), hasChairmanPin(session().db)),
    'settings.update': (input) => {
      const { pauseRule, multipleSupplementsAreLate, officeHours, signerMode, signerTitle, signerName, ...plain } = input;
      const current = session().settings();
      const patch: Partial<LedgerSettings> = { ...plain };
      if (pauseRule !== undefined || multipleSupplementsAreLate !== undefined) {
        patch.supplementPolicy = {
          pauseRule: pauseRule ?? current.supplementPolicy.pauseRule,
          multipleSupplementsAreLate: multipleSupplementsAreLate ?? current.supplementPolicy.multipleSupplementsAreLate,
        };
      }
      if (signerMode !== undefined || signerTitle !== undefined || signerName !== undefined) {
        patch.signer = { mode: signerMode ?? current.signer.mode, title: signerTitle ?? current.signer.title, name: signerName ?? current.signer.name };
      }
      if (officeHours !== undefined) {
        const intervals = officeHours.map((i) => ({ start: parseMinute(i.start) ?? -1, end: parseMinute(i.end) ?? -1 }));
        if (intervals.some((i) => i.start < 0 || i.end < 0)) throw new LedgerValidationError('Giờ làm việc không hợp lệ.');
        patch.officeHours = { intervals };
      }
      return write(patch);
    },
    'settings.setChairmanPin': ({ currentPin, newPin }) => {
      const s = session();
      const audit = auditOf(ctx);
      // Changing the PIN needs the current one, counted like a sign-off (locked after repeated wrong PINs).
      if (hasChairmanPin(s.db)) checkChairmanPin({ db: s.db, ledgerFile: s.file, pin: currentPin ?? '', now: ctx.clock(), refusal: 'mã PIN chưa được đổi' });
      setChairmanPin(s.db, newPin, audit);
      return { hasChairmanPin: true };
    },
  };
}

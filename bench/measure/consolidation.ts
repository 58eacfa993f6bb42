// The receiving office consolidates a period from 100 units: it imports their 100 report packages
// (each verified — checksums, Ed25519 signature of a registered unit — and stored) and compiles the
// consolidated Biểu 06. Timed from the package files to the consolidated report.
//
// Setup (not timed): one commune ledger of a hundredth of the scale over the same years, copied 100
// times; each copy gets its own unit code and signing key and exports its report package for the
// period (without the PDF part, which would only add bytes to hash). A new ledger plays the office.
import fs from 'node:fs';
import path from 'node:path';
import { type ReportPeriod, periodKey } from '../../shared/periods/period';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { consolidatePeriod, exportReportPackage, importPackage, registerSendingUnit, setReceivingOffice } from '../../electron/handoff';
import { BENCH_ACTOR, generateLedger } from '../generate/generate-ledger';
import { nowMs } from '../stats';
import type { Optional } from './optional';

export const UNITS = 100;

interface UnitPackage {
  file: string;
  unitCode: string;
  unitName: string;
  fingerprint: string;
}

const unitCodeOf = (i: number) => `000.00.${String(30 + Math.floor(i / 10)).padStart(2, '0')}.H${String(10 + (i % 10) * 7).padStart(2, '0')}`;

async function exportUnitPackages(template: string, dir: string, period: ReportPeriod): Promise<UnitPackage[]> {
  const packages: UnitPackage[] = [];
  for (let i = 0; i < UNITS; i += 1) {
    const file = path.join(dir, `unit-${i}.db`);
    fs.copyFileSync(template, file);
    const unitCode = unitCodeOf(i);
    const unitName = `UBND xã Thử Nghiệm ${i + 1}`;
    const session = openLedgerSession(file, { actor: BENCH_ACTOR });
    try {
      session.settingsRepository.update({ unitCode, unitName }, { actor: BENCH_ACTOR });
      session.invalidate();
      const out = path.join(dir, `bao-cao-${i + 1}.somc`);
      const exported = await exportReportPackage(session, { period, out, includePdf: false });
      packages.push({ file: out, unitCode, unitName, fingerprint: exported.fingerprint });
    } finally {
      session.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    }
  }
  return packages;
}

export async function measureConsolidation(scaleDossiers: number, years: number, period: ReportPeriod, dir: string): Promise<Optional> {
  const work = fs.mkdtempSync(path.join(dir, 'consolidation-'));
  try {
    const template = path.join(work, 'unit-template.db');
    generateLedger({ file: template, dossiers: Math.max(500, Math.round(scaleDossiers / UNITS)), years });
    const packages = await exportUnitPackages(template, work, period);
    const office: LedgerSession = openLedgerSession(path.join(work, 'office.db'), { actor: BENCH_ACTOR, mustExist: false });
    try {
      office.settingsRepository.update({ unitName: 'UBND tỉnh Thừa Thiên Huế', unitCode: '000.00.00.H57' }, { actor: BENCH_ACTOR });
      setReceivingOffice(office, true);
      for (const p of packages) registerSendingUnit(office, { unitCode: p.unitCode, fingerprint: p.fingerprint, unitName: p.unitName });
      const start = nowMs();
      for (const p of packages) importPackage(office, fs.readFileSync(p.file), { fileName: path.basename(p.file) });
      const consolidated = consolidatePeriod(office, periodKey(period));
      const ms = nowMs() - start;
      if (consolidated?.rows.length !== UNITS) throw new Error(`Consolidation has ${consolidated?.rows.length ?? 0} rows, expected ${UNITS}`);
      return { available: true, ms, note: `${UNITS} units, ${consolidated.total.received} dossiers, ${consolidated.late_dossiers.length} late dossiers listed` };
    } finally {
      office.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// What the validator is given and what it hands to the writer.
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { Procedure, ProcedureRule } from '../../shared/catalogue/procedure';
import type { DossierFacts } from '../../shared/dossier/dossier';

/** One problem of the file, shown to the user as line, column, value and reason. */
export interface ImportProblem {
  /** CSV: physical line where the record starts; XLSX: row number. */
  line: number;
  /** The header as written in the file (the Vietnamese label when the column is missing). */
  column: string;
  /** The cell as written (trimmed). */
  value: string;
  /** Vietnamese. */
  reason: string;
}

/** Personal data: stored beside the dossier, never exported to the receiving office. '' when absent. */
export interface PersonalData {
  applicantName: string;
  idNumber: string;
  phone: string;
  address: string;
  note: string;
}

export interface ImportedDossier {
  line: number;
  facts: DossierFacts;
  personal: PersonalData;
}

/** The catalogue and calendar, injected so that the validator stays pure. */
export interface LedgerImportContext {
  findProcedure(code: string): Procedure | null;
  /** Procedures whose name matches, without regard to case or diacritics (the validator re-checks). */
  findProcedureByName(name: string): Procedure[];
  computeBaseDue(rule: ProcedureRule, receivedAt: LocalDateTime): DayNumber;
  /**
   * The rule snapshot a dossier of this procedure received at `receivedAt` keeps: the rule of the catalogue
   * version in force that day (plus the commune's extra time).
   */
  ruleFor(procedure: Procedure, receivedAt: LocalDateTime): ProcedureRule;
  /** Called every few hundred rows with the number checked so far (a progress bar). */
  onChecked?(checked: number, total: number): void;
}

/**
 * The outcome of checking a whole file. `dossiers` holds the rows that passed; the import must write
 * nothing at all when `problems` is not empty. `warnings` (unknown columns…) do not block the import.
 */
export interface LedgerValidation {
  dossiers: ImportedDossier[];
  problems: ImportProblem[];
  warnings: string[];
}

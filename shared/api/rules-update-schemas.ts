// The rules update part of the API contract (issue 10): the receiving offices a commune accepts rules
// updates from, and the dry run then import of a rules update package (electron/handoff/rules-update-*).
import { z } from 'zod';
import { noInput, requiredText, uploadDto } from './common';
import { importPackageInput, packageSource, previewRefused, registerUnitInput } from './handoff-schemas';

export const rulesSenderView = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  fingerprint: z.string(),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
export type RulesSenderView = z.output<typeof rulesSenderView>;

export const rulesSendersView = z.object({ senders: z.array(rulesSenderView) });

const dayState = z.object({ working: z.boolean(), reason: z.string() });

export const rulesPreviewReady = z.object({
  status: z.literal('ready'),
  previewId: z.string(),
  fileName: z.string(),
  title: z.string(),
  createdAt: z.string(),
  sender: z.object({ unitCode: z.string(), unitName: z.string(), fingerprint: z.string() }),
  /** "Gói này đã được nhập lúc …" when it was, else null. */
  alreadyImported: z.string().nullable(),
  calendar: z.array(
    z.object({
      date: z.string(),
      action: z.enum(['new', 'replace', 'unchanged']),
      actionLabel: z.string(),
      before: dayState,
      after: dayState,
      /** The whole change in one Vietnamese line. */
      text: z.string(),
    }),
  ),
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      action: z.enum(['add', 'change', 'retire', 'unchanged']),
      actionLabel: z.string(),
      effectiveFrom: z.string(),
      text: z.string(),
    }),
  ),
  /** Open dossiers received on or after a changed version's first day, given its rule. */
  ruleChanged: z.array(z.object({ code: z.string(), text: z.string() })),
  /** The dossiers whose stored due date the calendar changes move. */
  moved: z.array(z.object({ code: z.string(), ended: z.boolean(), text: z.string() })),
  movedSummary: z.string(),
  writes: z.boolean(),
});
export type RulesPreviewReady = z.output<typeof rulesPreviewReady>;

export const rulesPreviewView = z.discriminatedUnion('status', [rulesPreviewReady, previewRefused]);
export type RulesPreviewView = z.output<typeof rulesPreviewView>;

export const rulesImportOutcome = z.object({ written: z.boolean(), message: z.string() });

export const registerRulesSenderInput = registerUnitInput;

/** At the receiving office: the JSON source file and the folder (the USB stick) to write the package to. */
export const makeRulesUpdateInput = z.strictObject({ source: uploadDto, folder: requiredText('Thư mục lưu gói', 1000) });
export const rulesMadeView = z.object({
  path: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** Print it in the letter sending the package: the communes register it. */
  fingerprint: z.string(),
  title: z.string(),
  calendarDays: z.number().int(),
  procedures: z.number().int(),
});
export type RulesMadeView = z.output<typeof rulesMadeView>;

/** The rules update commands, spread into the contract (shared/api/contract.ts). */
export const RULES_UPDATE_COMMANDS = {
  'rules.senders': { input: noInput, output: rulesSendersView },
  'rules.registerSender': { input: registerRulesSenderInput, output: rulesSenderView },
  'rules.preview': { input: z.strictObject({ source: packageSource }), output: rulesPreviewView },
  'rules.import': { input: importPackageInput, output: rulesImportOutcome },
  'rules.make': { input: makeRulesUpdateInput, output: rulesMadeView },
} as const;

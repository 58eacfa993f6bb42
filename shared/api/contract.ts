// The app's one API: every command the user interface can ask for, each with a zod schema for its input
// and its output. The Electron main process (over IPC) and the loopback web host serve the same handlers
// (electron/api) and validate every payload against these schemas before anything runs.
import { z } from 'zod';
import { fileDto, noInput, uuid } from './common';
import { DESK_COMMANDS } from './desk-commands';
import { DOCUMENT_COMMANDS } from './document-schemas';
import {
  citizenLookupInput,
  citizenView,
  dailyExportInput,
  dailyListsView,
  editDossierInput,
  procedureCountsView,
  procedureDocumentsInput,
  procedureDocumentsView,
  setProcedureDocumentsInput,
} from './desk-day-schemas';
import { foreignPlanInput, foreignPlanView, profileList, saveProfileInput } from './import-mapping-schemas';
import { actInput, alertBoard, createDossierInput, dossierView, listFilter, listPageInput, listPageOutput } from './dossier-schemas';
import { HANDOFF_COMMANDS, chosenPath } from './handoff-schemas';
import { JOB_COMMANDS, withJobId } from './job-schemas';
import { PRINT_COMMANDS } from './print-schemas';
import { RULES_UPDATE_COMMANDS } from './rules-update-schemas';
import { cellInput, cellView, exportInput, narrativeView, periodInput, reportView, saveNarrativeInput, signOffInput } from './report-schemas';
import {
  appInfo,
  backupView,
  calendarEdit,
  chairmanPinInput,
  calendarEditInput,
  calendarNotice,
  calendarNoticeInput,
  calendarChangeResult,
  calendarYearInput,
  calendarYearView,
  catalogueInput,
  catalogueView,
  deadlineInput,
  deadlineView,
  externalUrlInput,
  importApplyInput,
  importPlanInput,
  importOutcome,
  importPlanView,
  procedureVersionInput,
  procedureView,
  savedFile,
  settingsUpdate,
  settingsView,
  setupInput,
} from './setup-schemas';

interface CommandSpec {
  input: z.ZodType;
  output: z.ZodType;
}

function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): { input: I; output: O } {
  return { input, output };
}

export const API_CONTRACT = {
  'app.info': command(noInput, appInfo),
  'setup.complete': command(setupInput, settingsView),
  'settings.get': command(noInput, settingsView),
  'settings.update': command(settingsUpdate, settingsView),
  'settings.setChairmanPin': command(chairmanPinInput, z.object({ hasChairmanPin: z.boolean() })),

  'catalogue.list': command(catalogueInput, catalogueView),
  'catalogue.addVersion': command(procedureVersionInput, procedureView),
  'deadline.preview': command(deadlineInput, deadlineView),

  'dossier.create': command(createDossierInput, dossierView),
  'dossier.get': command(z.strictObject({ id: uuid }), dossierView),
  'dossier.list': command(listPageInput, listPageOutput),
  'dossier.count': command(z.strictObject({ filter: listFilter }), z.object({ count: z.number().int() })),
  'dossier.exportCsv': command(z.strictObject({ filter: listFilter, ...withJobId }), fileDto),
  'dossier.act': command(actInput, dossierView),
  'forms.render': command(z.strictObject({ id: uuid, form: z.enum(['mau01', 'mau02', 'mau04'], 'Mẫu phiếu không hợp lệ.'), ...withJobId }), fileDto),
  'alerts.board': command(noInput, alertBoard),
  'daily.lists': command(noInput, dailyListsView),
  'daily.exportCsv': command(dailyExportInput, fileDto),
  'citizen.lookup': command(citizenLookupInput, citizenView),
  'catalogue.usage': command(noInput, procedureCountsView),
  'dossier.edit': command(editDossierInput, dossierView),
  'catalogue.documents': command(procedureDocumentsInput, procedureDocumentsView),
  'catalogue.setDocuments': command(setProcedureDocumentsInput, procedureDocumentsView),

  'report.compile': command(periodInput, reportView),
  'report.cell': command(cellInput, cellView),
  'report.export': command(exportInput.extend(withJobId), fileDto),
  'report.narrative': command(periodInput, narrativeView),
  'report.saveNarrative': command(saveNarrativeInput, narrativeView),
  'report.signOff': command(signOffInput, reportView),

  'calendar.year': command(calendarYearInput, calendarYearView),
  'calendar.addEdit': command(calendarEditInput, calendarChangeResult.extend({ edit: calendarEdit })),
  'calendar.removeEdit': command(z.strictObject({ id: z.number('Mã thay đổi lịch phải là số.').int().min(1), ...withJobId }), calendarChangeResult.extend({ removed: z.boolean() })),
  'calendar.addNotice': command(calendarNoticeInput, z.object({ notice: calendarNotice })),
  'calendar.removeNotice': command(z.strictObject({ id: z.number('Mã thông báo lịch phải là số.').int().min(1) }), z.object({ removed: z.boolean() })),

  'import.chooseFile': command(noInput, chosenPath),
  'import.plan': command(importPlanInput, importPlanView),
  'import.apply': command(importApplyInput, importOutcome),
  'import.planForeign': command(foreignPlanInput, foreignPlanView),
  'import.profiles': command(noInput, profileList),
  'import.saveProfile': command(saveProfileInput, z.object({ name: z.string() })),
  'backup.create': command(z.strictObject(withJobId), backupView),

  'host.saveFile': command(fileDto, savedFile),
  'host.openExternal': command(externalUrlInput, z.object({ allowed: z.boolean(), opened: z.boolean() })),

  ...HANDOFF_COMMANDS,
  ...RULES_UPDATE_COMMANDS,
  ...DESK_COMMANDS,
  ...JOB_COMMANDS,
  ...PRINT_COMMANDS,
  ...DOCUMENT_COMMANDS,
} as const satisfies Record<string, CommandSpec>;

export type ApiContract = typeof API_CONTRACT;
export type CommandName = keyof ApiContract;
/** What a caller sends (before the schema's transforms). */
export type CommandInput<C extends CommandName> = z.input<ApiContract[C]['input']>;
/** What a handler receives (after validation and transforms). */
export type ParsedInput<C extends CommandName> = z.output<ApiContract[C]['input']>;
export type CommandOutput<C extends CommandName> = z.output<ApiContract[C]['output']>;

export const COMMAND_NAMES = Object.keys(API_CONTRACT) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(API_CONTRACT, name);
}

export * from './form-input';
export { RECEIPT_TITLE, receptionReceiptDefinition, renderReceptionReceipt } from './reception-receipt';
export { SUPPLEMENT_TITLE, renderSupplementRequest, supplementRequestDefinition } from './supplement-request';
export { APOLOGY_TITLE, apologyLetterDefinition, renderApologyLetter } from './apology-extension';
export { LEDGER_COLUMNS, LEDGER_TITLE, ledgerBookDefinition, renderLedgerBook } from './dossier-ledger';
export { STOP_SUBJECT, STOP_TITLE, renderStopNotice, stopNoticeDefinition } from './stop-notice';

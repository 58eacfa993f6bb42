// JSON values as stored in the ledger's JSON text columns.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

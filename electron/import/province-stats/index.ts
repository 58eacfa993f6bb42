// The province's statistics export (for reconciliation with our Biểu 06).
export { readProvinceStats, type ProvinceStatsTable, type StatsColumn, type StatsRow } from './stats-table';
export { figureOfHeader } from './stats-columns';

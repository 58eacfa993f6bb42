// A problem found in one row, tied to a column key; the validator turns it into an ImportProblem with the
// header as written and the cell's text.
import type { ColumnKey } from './columns';

export interface RowIssue {
  key: ColumnKey;
  reason: string;
}

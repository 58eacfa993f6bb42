// The part of pdfmake 0.3's document definition these renderers use (the package ships no types).

export type Alignment = 'left' | 'right' | 'center' | 'justify';
export type Margins = number | [number, number] | [number, number, number, number];

export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: Alignment;
  lineHeight?: number;
  margin?: Margins;
  /** First-line indent in points. */
  leadingIndent?: number;
  color?: string;
  decoration?: 'underline';
  noWrap?: boolean;
  fillColor?: string;
}

interface NodeProps extends Style {
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  pageOrientation?: 'portrait' | 'landscape';
  unbreakable?: boolean;
  /** Inside a table: merged cells (the covered positions hold placeholders). */
  colSpan?: number;
  rowSpan?: number;
  /** Inside a table cell. */
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  /** Inside columns. */
  width?: number | 'auto' | '*';
}

export interface TextNode extends NodeProps {
  text: string | (string | TextNode)[];
}
export interface StackNode extends NodeProps {
  stack: Content[];
}
export interface ColumnsNode extends NodeProps {
  columns: Content[];
  columnGap?: number;
}

export interface TableLayoutInfo {
  table: { body: unknown[][]; widths?: unknown[] };
}
export type LayoutFn = (i: number, node: TableLayoutInfo) => number;
export interface TableLayout {
  hLineWidth?: LayoutFn;
  vLineWidth?: LayoutFn;
  paddingLeft?: LayoutFn;
  paddingRight?: LayoutFn;
  paddingTop?: LayoutFn;
  paddingBottom?: LayoutFn;
}
export interface TableNode extends NodeProps {
  table: {
    body: Content[][];
    widths?: (number | 'auto' | '*')[];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
  };
  layout?: TableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}
export interface Line {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
}
export interface CanvasNode extends NodeProps {
  canvas: Line[];
}
export interface QrNode extends NodeProps {
  qr: string;
  fit?: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
}

export type Content = string | TextNode | StackNode | ColumnsNode | TableNode | CanvasNode | QrNode | Content[];

export interface PageSize {
  width: number;
  height: number;
}

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  /** [left, top, right, bottom] in points. */
  pageMargins: [number, number, number, number];
  content: Content[];
  header?: (currentPage: number, pageCount: number, pageSize: PageSize) => Content | null;
  defaultStyle: Style;
  styles?: Record<string, Style>;
  info: { title: string; author?: string; subject?: string; creator?: string; creationDate?: Date };
  language?: string;
}

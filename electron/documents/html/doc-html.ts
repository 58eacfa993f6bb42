// The same pdfmake document definition a PDF is made from, rendered as an HTML page to print (Chromium
// prints HTML, not PDF): every node becomes a block with a class (no inline style, so the app's strict
// CSP holds), pdfmake's sizes stay in points, its margins become padding (pdfmake never collapses them),
// and the page set-up becomes @page rules. The layout lives in the definition only.
import { createRequire } from 'node:module';
import { lineHeight } from '../measure';
import { DOCUMENT_FONT, type FontFaces } from '../pdf/fonts';
import type { Content, DocDefinition, Margins, Style, TableLayout, TableNode, TextNode } from '../pdf/pdfmake-types';
import { FONT_FILE_NAMES, PRINT_FONT_FOLDER, PRINT_STYLESHEET } from './print-files';

export interface PrintableDocument {
  title: string;
  /** The page; links the stylesheet and fonts by relative address (PRINT_STYLESHEET, PRINT_FONT_FOLDER). */
  html: string;
  css: string;
  pageSize: DocDefinition['pageSize'];
  landscape: boolean;
}

const require = createRequire(import.meta.url);
type QrMeasure = (node: { qr: string; fit?: number; eccLevel?: string }) => { _canvas: { x: number; y: number; w: number; h: number; color: string }[]; _width: number };
let qrMeasure: QrMeasure | null = null;
function qrCanvas(): QrMeasure {
  qrMeasure ??= (require('pdfmake/js/qrEnc') as { default: { measure: QrMeasure } }).default.measure;
  return qrMeasure;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;

function edges(m: Margins | undefined): [number, number, number, number] | null {
  if (m === undefined) return null;
  if (typeof m === 'number') return [m, m, m, m];
  if (m.length === 2) return [m[0], m[1], m[0], m[1]];
  return m;
}

/** pdfmake's line height is a multiple of the font's own line (ascender + descender + gap), CSS's of the size. */
let fontLine: number | null = null;
function fontLineRatio(): number {
  fontLine ??= lineHeight({ size: 1000 }) / 1000;
  return fontLine;
}

/** The CSS of a style's own properties (CSS inheritance carries them to children, as pdfmake's style stack does). */
function styleDeclarations(s: Style): string[] {
  const d: string[] = [];
  if (s.fontSize !== undefined) d.push(`font-size:${pt(s.fontSize)}`);
  if (s.bold !== undefined) d.push(`font-weight:${s.bold ? 700 : 400}`);
  if (s.italics !== undefined) d.push(`font-style:${s.italics ? 'italic' : 'normal'}`);
  if (s.alignment !== undefined) d.push(`text-align:${s.alignment}`);
  if (s.lineHeight !== undefined) d.push(`line-height:${Math.round(s.lineHeight * fontLineRatio() * 1000) / 1000}`);
  if (s.leadingIndent !== undefined) d.push(`text-indent:${pt(s.leadingIndent)}`);
  if (s.color !== undefined) d.push(`color:${s.color}`);
  if (s.decoration === 'underline') d.push('text-decoration:underline');
  if (s.noWrap) d.push('white-space:pre');
  if (s.fillColor !== undefined) d.push(`background-color:${s.fillColor}`);
  const m = edges(s.margin);
  if (m) d.push(`padding:${pt(m[1])} ${pt(m[2])} ${pt(m[3])} ${pt(m[0])}`);
  return d;
}

interface NodeLike extends Style {
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
}

class HtmlWriter {
  private readonly classes = new Map<string, string>();
  readonly pageRules: string[] = [];

  constructor(private readonly styles: Record<string, Style>) {}

  /** The class holding these declarations (one class per distinct set). */
  klass(declarations: string[]): string {
    if (declarations.length === 0) return '';
    const key = declarations.join(';');
    let name = this.classes.get(key);
    if (!name) {
      name = `k${this.classes.size}`;
      this.classes.set(key, name);
    }
    return name;
  }

  css(): string {
    return [...this.classes].map(([decls, name]) => `.${name}{${decls}}`).join('\n');
  }

  private nodeClass(n: NodeLike, extra: string[] = []): string {
    const named = n.style === undefined ? [] : Array.isArray(n.style) ? n.style : [n.style];
    const merged: Style = {};
    for (const s of named) Object.assign(merged, this.styles[s]);
    for (const key of Object.keys(n) as (keyof Style)[]) if (key in PROPS) Object.assign(merged, { [key]: n[key] });
    const d = styleDeclarations(merged);
    if (n.pageBreak === 'before') d.push('break-before:page');
    if (n.pageBreak === 'after') d.push('break-after:page');
    if (n.unbreakable) d.push('break-inside:avoid');
    return this.klass([...d, ...extra]);
  }

  private open(tag: string, cls: string, attrs = ''): string {
    return `<${tag}${cls ? ` class="${cls}"` : ''}${attrs}>`;
  }

  private inline(part: string | TextNode): string {
    if (typeof part === 'string') return escapeHtml(part);
    const inner = typeof part.text === 'string' ? escapeHtml(part.text) : part.text.map((p) => this.inline(p)).join('');
    return `${this.open('span', this.nodeClass(part))}${inner}</span>`;
  }

  block(node: Content, extra: string[] = []): string {
    if (typeof node === 'string') return `${this.open('div', this.klass(extra))}${escapeHtml(node)}</div>`;
    if (Array.isArray(node)) return `${this.open('div', this.klass(extra))}${node.map((c) => this.block(c)).join('')}</div>`;
    if ('text' in node) {
      const inner = typeof node.text === 'string' ? escapeHtml(node.text) : node.text.map((p) => this.inline(p)).join('');
      return `${this.open('div', this.nodeClass(node, ['white-space:pre-wrap', ...extra]))}${inner}</div>`;
    }
    if ('stack' in node) return `${this.open('div', this.nodeClass(node, extra))}${node.stack.map((c) => this.block(c)).join('')}</div>`;
    if ('columns' in node) {
      const gap = node.columnGap ? [`column-gap:${pt(node.columnGap)}`] : [];
      const columns = node.columns.map((c) => this.block(c, columnFlex(c)));
      return `${this.open('div', this.nodeClass(node, ['display:flex', ...gap, ...extra]))}${columns.join('')}</div>`;
    }
    if ('canvas' in node) {
      const lines = node.canvas.map((l) => `<span class="${this.klass(['display:inline-block', `width:${pt(Math.abs(l.x2 - l.x1))}`, `border-top:${pt(l.lineWidth ?? 1)} solid #000`])}"></span>`);
      return `${this.open('div', this.nodeClass(node, ['line-height:0', 'font-size:0', ...extra]))}${lines.join('')}</div>`;
    }
    if ('qr' in node) {
      const measured = qrCanvas()({ qr: node.qr, fit: node.fit, eccLevel: node.eccLevel });
      const size = measured._width;
      const modules = measured._canvas
        .slice(1)
        .map((r) => `M${r.x} ${r.y}h${r.w}v${r.h}h-${r.w}z`)
        .join('');
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pt(size)}" height="${pt(size)}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(node.qr)}"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${modules}"/></svg>`;
      return `${this.open('div', this.nodeClass(node, ['line-height:0', ...extra]))}${svg}</div>`;
    }
    return this.table(node, extra);
  }

  private table(node: TableNode, extra: string[]): string {
    const { body, widths = [], headerRows = 0, dontBreakRows } = node.table;
    const layout = tableLayout(node.layout);
    const info = { table: { body, widths } };
    const cols = body[0]?.length ?? widths.length;
    const pad = (fn: TableLayout['paddingLeft'], i: number, fallback: number) => (fn ? fn(i, info) : fallback);
    const hLine = (i: number) => (layout.hLineWidth ? layout.hLineWidth(i, info) : 1);
    const vLine = (i: number) => (layout.vLineWidth ? layout.vLineWidth(i, info) : 1);
    const colWidth = (w: number | 'auto' | '*' | undefined, i: number) =>
      typeof w === 'number' ? [`width:${pt(w + pad(layout.paddingLeft, i, 4) + pad(layout.paddingRight, i, 4))}`] : [];
    const fixed = widths.length === cols && widths.every((w) => typeof w === 'number');
    const tableWidth = fixed
      ? widths.reduce<number>((sum, w, i) => sum + (w as number) + pad(layout.paddingLeft, i, 4) + pad(layout.paddingRight, i, 4) + vLine(i), vLine(cols))
      : null;
    const colgroup = `<colgroup>${Array.from({ length: cols }, (_, i) => `<col${this.attrClass(colWidth(widths[i], i))}>`).join('')}</colgroup>`;
    const covered = new Set<string>();
    const rows = body.map((row, r) => {
      const cells: string[] = [];
      row.forEach((cell, c) => {
        if (covered.has(`${r}:${c}`)) return;
        const span = typeof cell === 'object' && !Array.isArray(cell) ? cell : null;
        const colSpan = span?.colSpan ?? 1;
        const rowSpan = span?.rowSpan ?? 1;
        for (let dr = 0; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) if (dr || dc) covered.add(`${r + dr}:${c + dc}`);
        const line = (w: number) => (w > 0 ? `${pt(w)} solid #000` : 'none');
        const tdClass = this.klass([
          `padding:${pt(pad(layout.paddingTop, r, 2))} ${pt(pad(layout.paddingRight, c, 4))} ${pt(pad(layout.paddingBottom, r, 2))} ${pt(pad(layout.paddingLeft, c, 4))}`,
          `border-top:${line(hLine(r))}`,
          `border-bottom:${line(hLine(r + rowSpan))}`,
          `border-left:${line(vLine(c))}`,
          `border-right:${line(vLine(c + colSpan))}`,
          `vertical-align:${span?.verticalAlignment ?? 'top'}`,
          ...(span?.fillColor ? [`background-color:${span.fillColor}`] : []),
        ]);
        const spans = `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
        cells.push(`<td class="${tdClass}"${spans}>${this.block(cell)}</td>`);
      });
      return `<tr${dontBreakRows ? this.attrClass(['break-inside:avoid']) : ''}>${cells.join('')}</tr>`;
    });
    const head = headerRows > 0 ? `<thead>${rows.slice(0, headerRows).join('')}</thead>` : '';
    const table = `<table${this.attrClass(['table-layout:fixed', 'border-collapse:collapse', `width:${tableWidth === null ? '100%' : pt(tableWidth)}`])}>${colgroup}${head}<tbody>${rows.slice(headerRows).join('')}</tbody></table>`;
    return `${this.open('div', this.nodeClass(node, extra))}${table}</div>`;
  }

  private attrClass(declarations: string[]): string {
    const cls = this.klass(declarations);
    return cls ? ` class="${cls}"` : '';
  }
}

/** The style properties a node may carry itself (the rest are structure). */
const PROPS: Record<keyof Style, true> = {
  font: true,
  fontSize: true,
  bold: true,
  italics: true,
  alignment: true,
  lineHeight: true,
  margin: true,
  leadingIndent: true,
  color: true,
  decoration: true,
  noWrap: true,
  fillColor: true,
};

function columnFlex(c: Content): string[] {
  const width = typeof c === 'object' && !Array.isArray(c) ? c.width : undefined;
  if (typeof width === 'number') return [`flex:0 0 ${pt(width)}`, 'box-sizing:border-box', 'min-width:0'];
  if (width === 'auto') return ['flex:0 0 auto', 'box-sizing:border-box'];
  return ['flex:1 1 0', 'box-sizing:border-box', 'min-width:0'];
}

function tableLayout(layout: TableNode['layout']): TableLayout {
  if (layout === undefined) return {};
  if (layout === 'noBorders') return { hLineWidth: () => 0, vLineWidth: () => 0 };
  if (layout === 'headerLineOnly') return { hLineWidth: (i, n) => (i === 1 && n.table.body.length > 1 ? 2 : 0), vLineWidth: () => 0 };
  if (layout === 'lightHorizontalLines') return { hLineWidth: (i, n) => (i === 0 || i === n.table.body.length ? 0 : i === 1 ? 2 : 1), vLineWidth: () => 0 };
  return layout;
}

function fontFaces(): string {
  const faces: [keyof FontFaces, number, string][] = [
    ['normal', 400, 'normal'],
    ['bold', 700, 'normal'],
    ['italics', 400, 'italic'],
    ['bolditalics', 700, 'italic'],
  ];
  return faces
    .map(([face, weight, style]) => `@font-face{font-family:"${DOCUMENT_FONT}";font-weight:${weight};font-style:${style};src:url("${PRINT_FONT_FOLDER}/${FONT_FILE_NAMES[face]}") format("truetype")}`)
    .join('\n');
}

/**
 * Page numbers the way the definition's header prints them (none on page 1, centred from page 2), as a
 * page-margin box; a header that prints anything else is not carried to HTML.
 */
function pageNumberRules(doc: DocDefinition): string {
  if (!doc.header) return '';
  const size = { width: 595.28, height: 841.89 };
  const second = doc.header(2, 2, size);
  if (!second || typeof second !== 'object' || Array.isArray(second) || !('text' in second) || second.text !== '2') return '';
  const font = `font-family:"${DOCUMENT_FONT}";font-size:${pt(second.fontSize ?? 13)}`;
  const first = doc.header(1, 2, size) === null ? '@page :first{@top-center{content:none}}' : '';
  return `@page{@top-center{content:counter(page);${font};vertical-align:middle}}\n${first}`;
}

export function documentHtml(doc: DocDefinition): PrintableDocument {
  const writer = new HtmlWriter(doc.styles ?? {});
  const [left, top, right, bottom] = doc.pageMargins;
  let orientation = doc.pageOrientation;
  // pdfmake keeps a changed orientation for the pages after it: each top-level node names its page.
  const blocks = doc.content.map((node) => {
    if (typeof node === 'object' && !Array.isArray(node) && 'pageOrientation' in node && node.pageOrientation) orientation = node.pageOrientation;
    return writer.block(node, orientation === doc.pageOrientation ? [] : [`page:${orientation}`]);
  });
  const base = writer.klass([`font-family:"${DOCUMENT_FONT}"`, ...styleDeclarations({ ...doc.defaultStyle, lineHeight: doc.defaultStyle.lineHeight ?? 1 })]);
  const other = doc.pageOrientation === 'portrait' ? 'landscape' : 'portrait';
  const css = [
    fontFaces(),
    `@page{size:${doc.pageSize} ${doc.pageOrientation};margin:${pt(top)} ${pt(right)} ${pt(bottom)} ${pt(left)}}`,
    `@page ${other}{size:${doc.pageSize} ${other}}`,
    pageNumberRules(doc),
    'html,body{margin:0;padding:0;background:#fff;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '*{box-sizing:border-box}',
    writer.css(),
  ].join('\n');
  const html =
    `<!doctype html>\n<html lang="${doc.language ?? 'vi-VN'}"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>` +
    `<link rel="stylesheet" href="${PRINT_STYLESHEET}"></head><body class="${base}">${blocks.join('\n')}</body></html>\n`;
  return { title: doc.info.title, html, css, pageSize: doc.pageSize, landscape: doc.pageOrientation === 'landscape' };
}

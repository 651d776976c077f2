import JSZip from 'jszip';
import { parseCell, parseRange, quoteSheetName } from '../plan/address';
import type { CellValue, ChartPlan } from '../plan/plan';
import { encodeXml } from './xml';

/*
 * Native Excel charts written into a package as DrawingML parts, which ExcelJS cannot write: the
 * chart (xl/charts/chartN.xml), the drawing that places it on its sheet (xl/drawings/drawingN.xml and
 * its relationship to the chart), the sheet's relationship to the drawing and its <drawing> element,
 * and both parts' content types. The parts follow what Excel itself writes (see WithChart.xlsx in
 * ../shared/data/workbooks); every series is a reference to the sheet's cells, with the values
 * cached for readers that do not calculate.
 */

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** A sheet's charts to add: its part path in the package, its name, and what its cells hold. */
export interface SheetCharts {
  /** e.g. `xl/worksheets/sheet14.xml`. */
  readonly part: string;
  readonly sheetName: string;
  readonly charts: readonly ChartPlan[];
  /** The value a cell shows (a formula's computed result), for the caches. */
  readonly valueAt: (row: number, column: number) => CellValue | undefined;
}

/** The cells of a range, row by row, as `[row, column]` (0-based). */
function cellsOf(range: string): [number, number][] {
  const { start, end } = parseRange(range);
  const out: [number, number][] = [];
  for (let r = start.row; r <= end.row; r++) for (let c = start.column; c <= end.column; c++) out.push([r, c]);
  return out;
}

const absolute = (sheet: string, range: string) =>
  `${quoteSheetName(sheet)}!${range
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':')}`;

const numCache = (values: readonly (CellValue | undefined)[], format: string) =>
  `<c:numCache><c:formatCode>${encodeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('')}</c:numCache>`;

/**
 * The chart part: stacked columns per category, a series per member, title, legend and axes.
 *
 * @example chartXml(historyChart, 'Historik', valueAt) // '<?xml …?><c:chartSpace …><c:barChart><c:barDir val="col"/><c:grouping val="stacked"/>…'
 */
export function chartXml(chart: ChartPlan, sheetName: string, valueAt: SheetCharts['valueAt']): string {
  const values = (range: string) => cellsOf(range).map(([r, c]) => valueAt(r, c));
  const categories = values(chart.categories);
  const series = chart.series
    .map((s, i) => {
      const { row, column } = parseCell(s.name);
      const name = String(valueAt(row, column) ?? '');
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${encodeXml(absolute(sheetName, s.name))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${encodeXml(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:numRef><c:f>${encodeXml(absolute(sheetName, chart.categories))}</c:f>${numCache(categories, '0')}</c:numRef></c:cat>` +
        `<c:val><c:numRef><c:f>${encodeXml(absolute(sheetName, s.values))}</c:f>${numCache(values(s.values), '#,##0')}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="sv-SE"/><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${encodeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="510001"/><c:axId val="510002"/></c:barChart>` +
    `<c:catAx><c:axId val="510001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="510002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="510002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="510001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: each chart anchored to its cells, with its description for screen readers. */
function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts
    .map((chart, i) => {
      const { row, column } = parseCell(chart.at);
      const at = (c: number, r: number) =>
        `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(column, row)}</xdr:from><xdr:to>${at(column + chart.columns, row + chart.rows)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Diagram ${i + 1}" descr="${encodeXml(chart.description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

const relationshipsXml = (rels: readonly { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;

/**
 * Adds the charts of each sheet to an opened package: the chart and drawing parts, the sheet's
 * relationship and <drawing> element (in its place in the sheet's sequence), the content types.
 *
 * @example await addCharts(zip, [{ part: 'xl/worksheets/sheet3.xml', sheetName: 'Historik', charts: [chart], valueAt }])
 */
export async function addCharts(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  let chartNo = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
  let drawingNo = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).length;
  const types: string[] = [];
  for (const sheet of sheets) {
    if (!sheet.charts.length) continue;
    drawingNo += 1;
    const drawing = `xl/drawings/drawing${drawingNo}.xml`;
    const chartRels = sheet.charts.map((chart, i) => {
      chartNo += 1;
      const path = `xl/charts/chart${chartNo}.xml`;
      zip.file(path, chartXml(chart, sheet.sheetName, sheet.valueAt));
      types.push(`<Override PartName="/${path}" ContentType="${CT_CHART}"/>`);
      return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(drawing, drawingXml(sheet.charts));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationshipsXml(chartRels));
    types.push(`<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/>`);

    // The sheet's relationships: those it has, and one more to its drawing.
    const folder = sheet.part.slice(0, sheet.part.lastIndexOf('/'));
    const relsPath = `${folder}/_rels/${sheet.part.slice(folder.length + 1)}.rels`;
    const relsXml = (await zip.file(relsPath)?.async('string')) ?? relationshipsXml([]);
    const ids = [...relsXml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]!);
    let n = ids.length + 1;
    while (ids.includes(`rId${n}`)) n += 1;
    const id = `rId${n}`;
    zip.file(
      relsPath,
      relsXml.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    // <drawing> comes after the page setup and before legacyDrawing, tableParts and extLst (CT_Worksheet).
    let xml = await zip.file(sheet.part)!.async('string');
    if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet')))))
      xml = xml.replace('<worksheet', `<worksheet xmlns:r="${NS_R}"`);
    const before = [
      '<legacyDrawing',
      '<legacyDrawingHF',
      '<picture',
      '<oleObjects',
      '<controls',
      '<webPublishItems',
      '<tableParts',
      '<extLst',
      '</worksheet>',
    ]
      .map((tag) => xml.indexOf(tag))
      .filter((i) => i >= 0);
    const at = Math.min(...before);
    zip.file(sheet.part, `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);
  }
  if (types.length) {
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', ct.replace('</Types>', `${types.join('')}</Types>`));
  }
}

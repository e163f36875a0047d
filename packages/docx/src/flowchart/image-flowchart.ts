import type { Labels } from "../labels.js";
import type { FlowchartImage } from "../options.js";
import { PIXELS_PER_TWIP, TEXT_WIDTH } from "../page/page-geometry.js";
import { xmlSafeText } from "../text/xml-safe-text.js";
import { escapeXml } from "../wml/escape-xml.js";
import { mediaReference } from "../wml/media-reference.js";
import { paragraph } from "../wml/paragraph.js";
import { drawingRun } from "../wml/run.js";
import type { MediaFile, WordParagraph } from "../wml/word-block.js";

/** Tallest picture in pixels, so it fits a page under the header table. */
const MAX_HEIGHT = 820;
/** English Metric Units per screen pixel (96 per inch). */
const EMU_PER_PIXEL = 9525;
const DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const SVG_BLIP = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
/** The extension of `a:blip` that holds an SVG, which Word shows instead of the PNG. */
const SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

/** Drawing ids of pictures, unique in a document as Word wants; counted across the process. */
let nextId = 1;

/**
 * The flowchart as a picture supplied by a renderer: the SVG with its PNG as fallback when both are
 * given, else the PNG; scaled down to fit the text width and a page, never up. Written as docx
 * writes an `ImageRun`.
 */
export function imageFlowchart(image: FlowchartImage, labels: Labels): WordParagraph[] {
  const maxWidth = Math.floor(TEXT_WIDTH * PIXELS_PER_TWIP);
  const scale = Math.min(1, maxWidth / image.width, MAX_HEIGHT / image.height);
  const cx = Math.round(image.width * scale) * EMU_PER_PIXEL;
  const cy = Math.round(image.height * scale) * EMU_PER_PIXEL;
  const png: MediaFile = { extension: "png", data: image.png };
  const media: MediaFile[] =
    image.svg === undefined
      ? [png]
      : [{ extension: "svg", data: new TextEncoder().encode(image.svg) }, png];
  const pngReference = mediaReference(media.length - 1);
  const blip =
    image.svg === undefined
      ? `<a:blip r:embed="${pngReference}" cstate="none"/>`
      : `<a:blip r:embed="${pngReference}" cstate="none"><a:extLst><a:ext uri="${SVG_EXTENSION}"><asvg:svgBlip xmlns:asvg="${SVG_BLIP}" r:embed="${mediaReference(0)}"/></a:ext></a:extLst></a:blip>`;
  const extent = `cx="${cx}" cy="${cy}"`;
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ${extent}/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${nextId++}" name="${escapeXml(xmlSafeText(labels.flowchartAlt))}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${DRAWING_ML}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${DRAWING_ML}"><a:graphicData uri="${PICTURE}"><pic:pic xmlns:pic="${PICTURE}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill>${blip}<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext ${extent}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
  return [paragraph({ keepLines: true, alignment: "center" }, [drawingRun(drawing)], media)];
}

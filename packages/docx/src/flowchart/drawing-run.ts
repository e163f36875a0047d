import { type IContext, type IXmlableObject, Run, XmlComponent } from "docx";
import { splicePlaceholder } from "./drawing-splice.js";
import type { XmlElement } from "./xml-element.js";
import { xmlString } from "./xml-string.js";

/** A prepared element written as it is (docx still escapes its values). */
class PreparedXml extends XmlComponent {
  readonly #xml: XmlElement;

  constructor(xml: XmlElement) {
    super(Object.keys(xml)[0] ?? "w:drawing");
    this.#xml = xml;
  }

  override prepForXml(_context: IContext): IXmlableObject {
    // Inside `packDocx` the element is written as text in one pass and spliced in after compiling.
    const placeholder = splicePlaceholder(() => xmlString(this.#xml));
    return (placeholder ?? this.#xml) as unknown as IXmlableObject;
  }
}

/** A run holding DrawingML built with `element`, such as a flowchart canvas; goes in a paragraph. */
export class DrawingRun extends Run {
  constructor(drawing: XmlElement) {
    super({});
    this.root.push(new PreparedXml(drawing));
  }
}

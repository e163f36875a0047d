/** An on/off property as docx writes it: `<w:b/>` when on, `<w:b w:val="false"/>` when off. */
export function onOff(name: string, on: boolean): string {
  return on ? `<${name}/>` : `<${name} w:val="false"/>`;
}

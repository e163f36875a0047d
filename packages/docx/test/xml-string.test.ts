import { expect, test } from "vitest";
import { element } from "../src/flowchart/xml-element.js";
import { xmlString } from "../src/flowchart/xml-string.js";

test("writes an element without children as an empty element, leaving undefined attributes out", () => {
  expect(xmlString(element("a:off", { x: 0, y: 12, z: undefined }))).toBe('<a:off x="0" y="12"/>');
  expect(xmlString(element("a:avLst"))).toBe("<a:avLst/>");
});

test("writes nested elements and text in order", () => {
  const xml = element("a:p", {}, element("a:r", { lang: "vi-VN" }, element("a:t", {}, "Bước 1")));
  expect(xmlString(xml)).toBe('<a:p><a:r lang="vi-VN"><a:t>Bước 1</a:t></a:r></a:p>');
});

test("escapes markup in text and attributes as docx does, and drops C0 controls", () => {
  const xml = element("a:t", { descr: `"a" & 'b' <c>` }, "x<y>&\"z'\u0001\u001F\t");
  expect(xmlString(xml)).toBe(
    '<a:t descr="&quot;a&quot; &amp; &apos;b&apos; &lt;c&gt;">x&lt;y&gt;&amp;&quot;z&apos;\t</a:t>',
  );
});

test("escapes every value, not only the first one with markup", () => {
  const xml = element("a:x", { a: "<", b: "ok", c: "&" });
  expect(xmlString(xml)).toBe('<a:x a="&lt;" b="ok" c="&amp;"/>');
});

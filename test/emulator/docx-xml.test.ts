/** The emulator's strict XML parser (emulator/docx/xml.ts), which reads the parts of a .docx. */
import { parseXml, type XmlElement, XmlError } from '../../emulator';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

test('elements, attributes, text, the five entities, character references, CDATA and comments', () => {
  const root = parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><a x='1' y="&lt;&amp;&gt;&quot;&apos;">t&#x41;&#66;<![CDATA[<raw>&amp;]]><b/>\r\nz</a>`,
  );
  expect(root).toMatchObject({ name: 'a', local: 'a', prefix: null, ns: null });
  expect(root.attributes.map((a) => [a.name, a.value])).toEqual([
    ['x', '1'],
    ['y', `<&>"'`],
  ]);
  expect(root.children[0]).toBe('tAB<raw>&amp;');
  expect((root.children[1] as XmlElement).name).toBe('b');
  expect(root.children[2]).toBe('\nz'); // CR LF normalised
});

test('namespaces by prefix, the default namespace, xml:space; unprefixed attributes have none', () => {
  const root = parseXml(
    `<w:document xmlns:w="${W}" xmlns="urn:d"><w:t xml:space="preserve" a="1"> x </w:t><plain/></w:document>`,
  );
  const [t, plain] = root.children as XmlElement[];
  expect(root).toMatchObject({ local: 'document', ns: W });
  expect(t!.attributes).toEqual([
    { name: 'xml:space', prefix: 'xml', local: 'space', ns: 'http://www.w3.org/XML/1998/namespace', value: 'preserve' },
    { name: 'a', prefix: null, local: 'a', ns: null, value: '1' },
  ]);
  expect(t!.children).toEqual([' x ']);
  expect(plain).toMatchObject({ local: 'plain', ns: 'urn:d' });
});

test.each([
  ['<a><b></a>', /<\/a> closes <b>/],
  ['<a>', /unclosed element <a>/],
  ['<a x="1" x="2"/>', /duplicate attribute x/],
  ['<p:a/>', /prefix p is not bound/],
  ['<a>&nbsp;</a>', /unknown entity/],
  ['<a>&#0;</a>', /character XML forbids/],
  ['<a>\u0001</a>', /character XML forbids/],
  ['<!DOCTYPE a><a/>', /DOCTYPE/],
  ['<a/><b/>', /content after the root/],
  ['text<a/>', /text before the root/],
  ['<a x=1/>', /must be quoted/],
  ['<a>x &amp y</a>', /unterminated reference/],
  ['', /no root element/],
  ['<?xml version="1.0" encoding="windows-1251"?><a/>', /encoding windows-1251/],
])('%s is not well-formed', (text, message) => {
  expect(() => parseXml(text)).toThrow(XmlError);
  expect(() => parseXml(text)).toThrow(message);
});

test('deep nesting does not overflow the stack', () => {
  const depth = 100_000;
  const root = parseXml(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`);
  let node: XmlElement = root;
  let n = 1;
  while (typeof node.children[0] !== 'string') {
    node = node.children[0] as XmlElement;
    n++;
  }
  expect(n).toBe(depth);
});

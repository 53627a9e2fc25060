/**
 * word/document.xml: the model's blocks in order, then the section (page, margins,
 * headers). A page break becomes «page break before» on the next paragraph, so the new page
 * starts with its text and not with an empty line. A paragraph set entirely in bold (a
 * heading) and a paragraph just before a table (its caption) stay on the page of what follows.
 */
import type { Block, DocModel, NumberedItem, ParagraphBlock } from '../docModel';
import { itemNumber } from '../docModel';
import { SIZE_PT, textWidthMm, twips } from './layout';
import { type ParagraphLook, paragraphXml, twoEndsXml } from './paragraphs';
import { sectionBreakXml, sectionXml } from './section';
import { tableXml } from './tables';
import { NS, xmlPart } from './xml';

/** Justified text has the first-line indent unless told otherwise; aligned lines have none. */
function paragraphLook(block: ParagraphBlock): ParagraphLook {
  const align = block.align ?? 'justify';
  return {
    align,
    indent: block.indent ?? align === 'justify',
    sizePt: block.small ? SIZE_PT.small : SIZE_PT.text,
    spaceBeforePt: block.spaceBefore,
  };
}

const isHeading = (block: ParagraphBlock) => block.runs.length > 0 && block.runs.every((r) => r.bold || !r.text.trim());

export function bodyXml(model: DocModel): string {
  const textWidth = twips(textWidthMm(model.wideLeftMargin));
  const out: string[] = [];
  let breakBefore = false;
  /** The pending page break, taken by the first paragraph that comes. */
  const takeBreak = () => {
    const taken = breakBefore;
    breakBefore = false;
    return taken;
  };
  const numbered = (items: readonly NumberedItem[], path: number[]) => {
    items.forEach((item, i) => {
      const here = [...path, i + 1];
      const look: ParagraphLook = { align: 'justify', indent: true, sizePt: SIZE_PT.text, pageBreakBefore: takeBreak() };
      out.push(paragraphXml([{ text: `${itemNumber(here)} ` }, ...item.runs], look));
      if (item.children?.length) numbered(item.children, here);
    });
  };
  model.blocks.forEach((block: Block, i) => {
    const next = model.blocks[i + 1];
    switch (block.type) {
      case 'paragraph': {
        const look = paragraphLook(block);
        look.keepNext = isHeading(block) || next?.type === 'table';
        look.pageBreakBefore = takeBreak();
        out.push(paragraphXml(block.runs, look));
        break;
      }
      case 'numbered':
        numbered(block.items, []);
        break;
      case 'table':
        if (breakBefore)
          out.push(paragraphXml([], { align: 'left', indent: false, sizePt: SIZE_PT.text, pageBreakBefore: takeBreak() }));
        out.push(tableXml(block, textWidth));
        break;
      case 'twoEnds':
        out.push(
          twoEndsXml(
            block.left,
            block.right,
            { sizePt: SIZE_PT.text, spaceBeforePt: block.spaceBefore, pageBreakBefore: takeBreak() },
            textWidth,
          ),
        );
        break;
      case 'pageBreak':
        breakBefore = true;
        break;
      case 'sectionBreak':
        breakBefore = false;
        out.push(sectionBreakXml(model.wideLeftMargin));
        break;
    }
  });
  return out.join('');
}

export function documentXml(model: DocModel): string {
  return xmlPart(
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyXml(model)}${sectionXml(model.wideLeftMargin)}</w:body></w:document>`,
  );
}

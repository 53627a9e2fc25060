/// <reference path="./formsPublishing.d.ts" />
/**
 * Ports: the narrow slice of Google's Apps Script API that the add-on uses.
 *
 * Leaf methods are `Pick`ed from @types/google-apps-script, so their signatures are Google's.
 * Methods that return another service object are re-declared to return the port instead.
 * One `Assert` per port proves at compile time that Google's real interface satisfies it,
 * so the add-on can only call what Google has, and the emulator (which implements these
 * ports) has every member the add-on may call.
 */
import type { Assert } from './assert';

import SS = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;
import Script = GoogleAppsScript.Script;
import F = GoogleAppsScript.Forms;
import D = GoogleAppsScript.Drive;
import DV3 = GoogleAppsScript.Drive_v3.Drive.V3;
import Doc = GoogleAppsScript.Document;

// ---------- Spreadsheet ----------

export interface DataValidationPort
  extends Pick<SS.DataValidation, 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'> {}

export interface DataValidationBuilderPort {
  requireValueInList(values: string[]): DataValidationBuilderPort;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderPort;
  requireValueInRange(range: RangePort): DataValidationBuilderPort;
  requireValueInRange(range: RangePort, showDropdown: boolean): DataValidationBuilderPort;
  requireDate(): DataValidationBuilderPort;
  requireNumberBetween(start: number, end: number): DataValidationBuilderPort;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderPort;
  requireCheckbox(): DataValidationBuilderPort;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderPort;
  setHelpText(helpText: string): DataValidationBuilderPort;
  build(): DataValidationPort;
}

export interface ProtectionPort extends Pick<SS.Protection, 'getDescription' | 'isWarningOnly' | 'remove'> {
  setDescription(description: string): ProtectionPort;
  setWarningOnly(warningOnly: boolean): ProtectionPort;
  getRange(): RangePort;
}

export interface BooleanConditionPort
  extends Pick<SS.BooleanCondition, 'getBackground' | 'getFontColor' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues'> {}

export interface ConditionalFormatRulePort {
  getRanges(): RangePort[];
  getBooleanCondition(): BooleanConditionPort | null;
}

export interface ConditionalFormatRuleBuilderPort {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderPort;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderPort;
  setBackground(color: string | null): ConditionalFormatRuleBuilderPort;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderPort;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderPort;
  setRanges(ranges: RangePort[]): ConditionalFormatRuleBuilderPort;
  build(): ConditionalFormatRulePort;
}

export interface EmbeddedChartPort extends Pick<SS.EmbeddedChart, 'getChartId' | 'getNumHeaders'> {
  getRanges(): RangePort[];
  modify(): EmbeddedChartBuilderPort;
}

export interface EmbeddedChartBuilderPort {
  addRange(range: RangePort): EmbeddedChartBuilderPort;
  clearRanges(): EmbeddedChartBuilderPort;
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderPort;
  setOption(option: string, value: any): EmbeddedChartBuilderPort;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderPort;
  setNumHeaders(headers: number): EmbeddedChartBuilderPort;
  build(): EmbeddedChartPort;
}

export interface RangePort
  extends Pick<
    SS.Range,
    | 'getValues'
    | 'getValue'
    | 'getDisplayValues'
    | 'getDisplayValue'
    | 'getFormulas'
    | 'getFormula'
    | 'getNumberFormats'
    | 'getNumberFormat'
    | 'getNote'
    | 'getNotes'
    | 'getRow'
    | 'getColumn'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getA1Notation'
  > {
  getSheet(): SheetPort;
  getDataValidation(): DataValidationPort | null;
  getDataValidations(): (DataValidationPort | null)[][];
  setValues(values: any[][]): RangePort;
  setValue(value: any): RangePort;
  setFormulas(formulas: string[][]): RangePort;
  setNumberFormat(numberFormat: string): RangePort;
  setNumberFormats(numberFormats: string[][]): RangePort;
  setDataValidation(rule: DataValidationPort | null): RangePort;
  clearDataValidations(): RangePort;
  setNote(note: string | null): RangePort;
  setFontWeight(fontWeight: SS.FontWeight | null): RangePort;
  setBackground(color: string | null): RangePort;
  setWrap(isWrapEnabled: boolean): RangePort;
  clearContent(): RangePort;
  protect(): ProtectionPort;
}

export interface SheetPort
  extends Pick<
    SS.Sheet,
    | 'getName'
    | 'getSheetId'
    | 'getIndex'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'getFrozenRows'
    | 'setFrozenRows'
    | 'getColumnWidth'
    | 'insertColumns'
    | 'isSheetHidden'
    | 'getFormUrl'
  > {
  getRange(row: number, column: number): RangePort;
  getRange(row: number, column: number, numRows: number): RangePort;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  getRange(a1Notation: string): RangePort;
  getDataRange(): RangePort;
  getParent(): SpreadsheetPort;
  setName(name: string): SheetPort;
  appendRow(rowContents: any[]): SheetPort;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetPort;
  insertRowsAfter(afterPosition: number, howMany: number): SheetPort;
  setColumnWidth(columnPosition: number, width: number): SheetPort;
  setTabColor(color: string | null): SheetPort;
  clear(): SheetPort;
  activate(): SheetPort;
  getProtections(type: SS.ProtectionType): ProtectionPort[];
  getConditionalFormatRules(): ConditionalFormatRulePort[];
  setConditionalFormatRules(rules: ConditionalFormatRulePort[]): void;
  newChart(): EmbeddedChartBuilderPort;
  insertChart(chart: EmbeddedChartPort): void;
  updateChart(chart: EmbeddedChartPort): void;
  removeChart(chart: EmbeddedChartPort): void;
  getCharts(): EmbeddedChartPort[];
  deleteRows(rowPosition: number, howMany: number): void;
}

export interface SpreadsheetPort
  extends Pick<SS.Spreadsheet, 'getId' | 'getName' | 'getUrl' | 'getSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'toast'> {
  getSheets(): SheetPort[];
  getSheetByName(name: string): SheetPort | null;
  insertSheet(sheetName: string): SheetPort;
  insertSheet(sheetName: string, sheetIndex: number): SheetPort;
  deleteSheet(sheet: SheetPort): void;
  getActiveSheet(): SheetPort;
}

export interface SpreadsheetAppPort {
  ProtectionType: typeof SS.ProtectionType;
  DataValidationCriteria: typeof SS.DataValidationCriteria;
  BooleanCriteria: typeof SS.BooleanCriteria;
  getActiveSpreadsheet(): SpreadsheetPort;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderPort;
  getUi(): UiPort;
  newDataValidation(): DataValidationBuilderPort;
}

// ---------- Charts ----------

export interface ChartsPort {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

// ---------- Ui ----------

export interface MenuPort extends Pick<Base.Menu, 'addToUi'> {
  addItem(caption: string, functionName: string): MenuPort;
  addSeparator(): MenuPort;
  addSubMenu(menu: MenuPort): MenuPort;
}

export interface PromptResponsePort extends Pick<Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {}

export interface UiPort {
  Button: typeof Base.Button;
  ButtonSet: typeof Base.ButtonSet;
  createAddonMenu(): MenuPort;
  createMenu(caption: string): MenuPort;
  alert(prompt: string): Base.Button;
  alert(prompt: string, buttons: Base.ButtonSet): Base.Button;
  alert(title: string, prompt: string, buttons: Base.ButtonSet): Base.Button;
  prompt(prompt: string): PromptResponsePort;
  prompt(prompt: string, buttons: Base.ButtonSet): PromptResponsePort;
  prompt(title: string, prompt: string, buttons: Base.ButtonSet): PromptResponsePort;
  showSidebar(userInterface: HtmlOutputPort): void;
}

// ---------- Html ----------

export interface HtmlOutputPort extends Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'getTitle'> {
  setTitle(title: string): HtmlOutputPort;
}

export interface HtmlServicePort {
  createHtmlOutputFromFile(filename: string): HtmlOutputPort;
}

// ---------- Properties, Lock, Session, Utilities, Script ----------

export interface PropertiesPort
  extends Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties' | 'getKeys'> {
  setProperty(key: string, value: string): PropertiesPort;
  setProperties(properties: { [key: string]: string }): PropertiesPort;
  deleteProperty(key: string): PropertiesPort;
  deleteAllProperties(): PropertiesPort;
}

export interface PropertiesServicePort {
  getDocumentProperties(): PropertiesPort | null;
  getUserProperties(): PropertiesPort;
  getScriptProperties(): PropertiesPort;
}

export interface LockPort extends Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {}

export interface LockServicePort {
  getDocumentLock(): LockPort | null;
  getScriptLock(): LockPort;
  getUserLock(): LockPort;
}

export interface UserPort extends Pick<Base.User, 'getEmail'> {}

export interface SessionPort
  extends Pick<Base.Session, 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'> {
  getActiveUser(): UserPort;
  getEffectiveUser(): UserPort;
}

/** A blob: bytes with a content type and a name (a .docx part, the zipped .docx). */
export interface BlobPort extends Pick<Base.Blob, 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName'> {
  getBlob(): BlobPort;
  setName(name: string): BlobPort;
  setContentType(contentType: string | null): BlobPort;
}

/** What Utilities.zip accepts: anything that gives a blob (Google's BlobSource). */
export interface BlobSourcePort {
  getBlob(): BlobPort;
}

export interface UtilitiesPort extends Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'> {
  newBlob(data: string | number[], contentType: string, name: string): BlobPort;
  zip(blobs: BlobSourcePort[], name: string): BlobPort;
}

export interface TriggerPort
  extends Pick<
    Script.Trigger,
    'getHandlerFunction' | 'getUniqueId' | 'getTriggerSourceId' | 'getEventType' | 'getTriggerSource'
  > {}

export interface SpreadsheetTriggerBuilderPort {
  onOpen(): SpreadsheetTriggerBuilderPort;
  onEdit(): SpreadsheetTriggerBuilderPort;
  onChange(): SpreadsheetTriggerBuilderPort;
  onFormSubmit(): SpreadsheetTriggerBuilderPort;
  create(): TriggerPort;
}

export interface ClockTriggerBuilderPort {
  after(durationMilliseconds: number): ClockTriggerBuilderPort;
  create(): TriggerPort;
}

export interface TriggerBuilderPort {
  forSpreadsheet(sheet: SpreadsheetPort): SpreadsheetTriggerBuilderPort;
  timeBased(): ClockTriggerBuilderPort;
}

export interface ScriptAppPort {
  AuthMode: typeof Script.AuthMode;
  EventType: typeof Script.EventType;
  TriggerSource: typeof Script.TriggerSource;
  getProjectTriggers(): TriggerPort[];
  getUserTriggers(spreadsheet: SpreadsheetPort): TriggerPort[];
  newTrigger(functionName: string): TriggerBuilderPort;
  deleteTrigger(trigger: TriggerPort): void;
}

// ---------- Forms ----------

export interface ChoicePort extends Pick<F.Choice, 'getValue'> {}

export interface ItemResponsePort extends Pick<F.ItemResponse, 'getResponse'> {}

/** Members every item kind shares. */
interface ItemBase<Self> {
  getId(): number;
  getIndex(): number;
  getTitle(): string;
  getHelpText(): string;
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
}

interface Answerable<Self> extends ItemBase<Self> {
  isRequired(): boolean;
  setRequired(enabled: boolean): Self;
}

export interface TextItemPort extends Answerable<TextItemPort> {
  createResponse(response: string): ItemResponsePort;
}
export interface ParagraphTextItemPort extends Answerable<ParagraphTextItemPort> {
  createResponse(response: string): ItemResponsePort;
}
export interface MultipleChoiceItemPort extends Answerable<MultipleChoiceItemPort> {
  getChoices(): ChoicePort[];
  hasOtherOption(): boolean;
  setChoiceValues(values: string[]): MultipleChoiceItemPort;
  showOtherOption(enabled: boolean): MultipleChoiceItemPort;
  createResponse(response: string): ItemResponsePort;
}
export interface CheckboxItemPort extends Answerable<CheckboxItemPort> {
  getChoices(): ChoicePort[];
  hasOtherOption(): boolean;
  setChoiceValues(values: string[]): CheckboxItemPort;
  showOtherOption(enabled: boolean): CheckboxItemPort;
  createResponse(responses: string[]): ItemResponsePort;
}
export interface ListItemPort extends Answerable<ListItemPort> {
  getChoices(): ChoicePort[];
  setChoiceValues(values: string[]): ListItemPort;
  createResponse(response: string): ItemResponsePort;
}
export interface ScaleItemPort extends Answerable<ScaleItemPort> {
  getLowerBound(): number;
  getUpperBound(): number;
  getLeftLabel(): string;
  getRightLabel(): string;
  setBounds(lower: number, upper: number): ScaleItemPort;
  setLabels(lower: string, upper: string): ScaleItemPort;
  createResponse(response: number): ItemResponsePort;
}
export interface GridItemPort extends Answerable<GridItemPort> {
  getRows(): string[];
  getColumns(): string[];
  setRows(rows: string[]): GridItemPort;
  setColumns(columns: string[]): GridItemPort;
  createResponse(responses: string[]): ItemResponsePort;
}
export interface DateItemPort extends Answerable<DateItemPort> {
  setIncludesYear(enableYear: boolean): DateItemPort;
  createResponse(response: GoogleAppsScript.Base.Date): ItemResponsePort;
}
export interface SectionHeaderItemPort extends ItemBase<SectionHeaderItemPort> {}
export interface PageBreakItemPort extends ItemBase<PageBreakItemPort> {}

export interface ItemPort extends ItemBase<ItemPort> {
  getType(): F.ItemType;
  asTextItem(): TextItemPort;
  asParagraphTextItem(): ParagraphTextItemPort;
  asMultipleChoiceItem(): MultipleChoiceItemPort;
  asCheckboxItem(): CheckboxItemPort;
  asListItem(): ListItemPort;
  asScaleItem(): ScaleItemPort;
  asGridItem(): GridItemPort;
  asDateItem(): DateItemPort;
}

export interface FormResponsePort extends Pick<F.FormResponse, 'toPrefilledUrl' | 'getId' | 'getRespondentEmail'> {
  withItemResponse(response: ItemResponsePort): FormResponsePort;
  getItemResponses(): ItemResponsePort[];
}

export interface FormPort
  extends Pick<
    F.Form,
    | 'getId'
    | 'getTitle'
    | 'getDescription'
    | 'getEditUrl'
    | 'getPublishedUrl'
    | 'getDestinationId'
    | 'collectsEmail'
    | 'isPublished'
    | 'isAcceptingResponses'
  > {
  setTitle(title: string): FormPort;
  setDescription(description: string): FormPort;
  setCollectEmail(collect: boolean): FormPort;
  setConfirmationMessage(message: string): FormPort;
  setProgressBar(enabled: boolean): FormPort;
  setAllowResponseEdits(enabled: boolean): FormPort;
  setPublished(enabled: boolean): FormPort;
  setAcceptingResponses(enabled: boolean): FormPort;
  setCustomClosedFormMessage(message: string): FormPort;
  setDestination(type: F.DestinationType, id: string): FormPort;
  removeDestination(): FormPort;
  addTextItem(): TextItemPort;
  addParagraphTextItem(): ParagraphTextItemPort;
  addMultipleChoiceItem(): MultipleChoiceItemPort;
  addCheckboxItem(): CheckboxItemPort;
  addListItem(): ListItemPort;
  addScaleItem(): ScaleItemPort;
  addGridItem(): GridItemPort;
  addDateItem(): DateItemPort;
  addSectionHeaderItem(): SectionHeaderItemPort;
  addPageBreakItem(): PageBreakItemPort;
  getItems(): ItemPort[];
  getItemById(id: number): ItemPort | null;
  createResponse(): FormResponsePort;
  getResponses(): FormResponsePort[];
  deleteResponse(responseId: string): FormPort;
}

export interface FormAppPort {
  DestinationType: typeof F.DestinationType;
  ItemType: typeof F.ItemType;
  create(title: string, isPublished: boolean): FormPort;
  openById(id: string): FormPort;
}

// ---------- Drive: the Advanced Drive service (Drive API v3) ----------

/**
 * `Drive.Files`: what the add-on does with its own files under the drive.file scope. The leaf
 * calls are Google's; `mediaData` is the Blob port, or null when only options follow.
 */
export interface DriveFilesPort extends Pick<DV3.Collection.FilesCollection, 'get' | 'list' | 'remove'> {
  create(resource: DV3.Schema.File): DV3.Schema.File;
  create(resource: DV3.Schema.File, mediaData: BlobPort | null, optionalArgs: Record<string, any>): DV3.Schema.File;
  update(resource: DV3.Schema.File, fileId: string): DV3.Schema.File;
  update(
    resource: DV3.Schema.File,
    fileId: string,
    mediaData: BlobPort | null,
    optionalArgs: Record<string, any>,
  ): DV3.Schema.File;
}

/** The `Drive` global, present only when the manifest enables the advanced service. */
export interface AdvancedDrivePort {
  Files: DriveFilesPort;
}

// ---------- DriveApp: not for the add-on ----------
// DriveApp needs the restricted `drive` scope for nearly every call, so the add-on never reaches
// it (it is not in AppsScriptGlobals). These ports tie the emulator's DriveApp to Google's and
// put its calls in the scope table, which refuses them under drive.file.

export interface FolderPort extends Pick<D.Folder, 'getId' | 'getName' | 'getUrl'> {}

export interface FilePort extends Pick<D.File, 'getId' | 'getName' | 'getUrl' | 'getMimeType' | 'isTrashed'> {
  moveTo(destination: FolderPort): FilePort;
  setTrashed(trashed: boolean): FilePort;
  setName(name: string): FilePort;
}

export interface FileIteratorPort extends Pick<D.FileIterator, 'hasNext'> {
  next(): FilePort;
}

export interface DriveAppPort {
  getFileById(id: string): FilePort;
  getFolderById(id: string): FolderPort;
  createFolder(name: string): FolderPort;
  getFilesByName(name: string): FileIteratorPort;
}

// ---------- Documents ----------

export interface TextPort extends Pick<Doc.Text, 'getText' | 'isBold' | 'isItalic' | 'getFontSize' | 'getFontFamily'> {
  setBold(bold: boolean): TextPort;
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): TextPort;
  setItalic(italic: boolean): TextPort;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): TextPort;
  setUnderline(underline: boolean): TextPort;
  setUnderline(startOffset: number, endOffsetInclusive: number, underline: boolean): TextPort;
  setFontFamily(fontFamilyName: string): TextPort;
  setFontSize(size: number): TextPort;
}

/** Paragraph-like elements share their layout setters (Paragraph, ListItem). */
interface ParagraphLayout<Self>
  extends Pick<
    Doc.Paragraph,
    | 'getText'
    | 'getAlignment'
    | 'getIndentFirstLine'
    | 'getIndentStart'
    | 'getIndentEnd'
    | 'getLineSpacing'
    | 'getSpacingBefore'
    | 'getSpacingAfter'
    | 'getHeading'
    | 'getAttributes'
  > {
  setAttributes(attributes: any): Self;
  setAlignment(alignment: Doc.HorizontalAlignment): Self;
  setIndentFirstLine(indentFirstLine: number): Self;
  setIndentStart(indentStart: number): Self;
  setIndentEnd(indentEnd: number): Self;
  setLineSpacing(multiplier: number): Self;
  setSpacingBefore(spacingBefore: number): Self;
  setSpacingAfter(spacingAfter: number): Self;
  setHeading(heading: Doc.ParagraphHeading): Self;
  editAsText(): TextPort;
}

export interface ParagraphPort extends ParagraphLayout<ParagraphPort> {
  removeFromParent(): ParagraphPort;
}

export interface DocListItemPort
  extends ParagraphLayout<DocListItemPort>,
    Pick<Doc.ListItem, 'getNestingLevel' | 'getGlyphType'> {
  setNestingLevel(nestingLevel: number): DocListItemPort;
  setGlyphType(glyphType: Doc.GlyphType): DocListItemPort;
}

export interface ElementPort {
  asParagraph(): ParagraphPort;
}

export interface TableCellPort extends Pick<Doc.TableCell, 'getText' | 'getWidth' | 'getAttributes'> {
  getChild(childIndex: number): ElementPort;
  setWidth(width: number): TableCellPort;
  setAttributes(attributes: any): TableCellPort;
  editAsText(): TextPort;
}

export interface TableRowPort extends Pick<Doc.TableRow, 'getNumCells' | 'getText'> {
  getCell(cellIndex: number): TableCellPort;
  editAsText(): TextPort;
}

export interface TablePort extends Pick<Doc.Table, 'getNumRows' | 'getText' | 'getBorderWidth' | 'getColumnWidth'> {
  getRow(rowIndex: number): TableRowPort;
  getCell(rowIndex: number, cellIndex: number): TableCellPort;
  setAttributes(attributes: any): TablePort;
  setBorderWidth(width: number): TablePort;
  setColumnWidth(columnIndex: number, width: number): TablePort;
  editAsText(): TextPort;
}

export interface PageBreakPort extends Pick<Doc.PageBreak, 'getType'> {}

export interface BodyPort
  extends Pick<
    Doc.Body,
    | 'getText'
    | 'getNumChildren'
    | 'getMarginTop'
    | 'getMarginBottom'
    | 'getMarginLeft'
    | 'getMarginRight'
    | 'getPageWidth'
    | 'getPageHeight'
  > {
  appendParagraph(text: string): ParagraphPort;
  appendListItem(text: string): DocListItemPort;
  getParagraphs(): ParagraphPort[];
  appendTable(cells: string[][]): TablePort;
  appendPageBreak(): PageBreakPort;
  clear(): BodyPort;
  editAsText(): TextPort;
  setMarginTop(marginTop: number): BodyPort;
  setMarginBottom(marginBottom: number): BodyPort;
  setMarginLeft(marginLeft: number): BodyPort;
  setMarginRight(marginRight: number): BodyPort;
  setPageWidth(pageWidth: number): BodyPort;
  setPageHeight(pageHeight: number): BodyPort;
}

export interface HeaderSectionPort extends Pick<Doc.HeaderSection, 'getText'> {
  appendParagraph(text: string): ParagraphPort;
  clear(): HeaderSectionPort;
}

export interface DocumentPort extends Pick<Doc.Document, 'getId' | 'getName' | 'getUrl' | 'saveAndClose'> {
  setName(name: string): DocumentPort;
  getBody(): BodyPort;
  getHeader(): HeaderSectionPort | null;
  addHeader(): HeaderSectionPort;
}

export interface DocumentAppPort {
  Attribute: typeof Doc.Attribute;
  HorizontalAlignment: typeof Doc.HorizontalAlignment;
  ParagraphHeading: typeof Doc.ParagraphHeading;
  GlyphType: typeof Doc.GlyphType;
  create(name: string): DocumentPort;
  openById(id: string): DocumentPort;
}

/** The event of an installable spreadsheet form-submit trigger, as far as the add-on reads it. */
export interface FormSubmitEventPort {
  range?: RangePort;
  values?: string[];
  namedValues?: { [question: string]: string[] };
  triggerUid?: string;
}

/** Every global service the add-on reaches, as ports. */
export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppPort;
  HtmlService: HtmlServicePort;
  PropertiesService: PropertiesServicePort;
  LockService: LockServicePort;
  Session: SessionPort;
  Utilities: UtilitiesPort;
  ScriptApp: ScriptAppPort;
  FormApp: FormAppPort;
  /** The Advanced Drive service: undefined unless appsscript.json enables it. */
  Drive: AdvancedDrivePort | undefined;
  DocumentApp: DocumentAppPort;
  Charts: ChartsPort;
}

// ---------- Compile-time guards: Google's real interfaces satisfy every port ----------
export type PortGuards = [
  Assert<SS.DataValidation, DataValidationPort>,
  Assert<SS.DataValidationBuilder, DataValidationBuilderPort>,
  Assert<SS.Protection, ProtectionPort>,
  Assert<SS.Range, RangePort>,
  Assert<SS.Sheet, SheetPort>,
  Assert<SS.Spreadsheet, SpreadsheetPort>,
  Assert<SS.SpreadsheetApp, SpreadsheetAppPort>,
  Assert<SS.BooleanCondition, BooleanConditionPort>,
  Assert<SS.ConditionalFormatRule, ConditionalFormatRulePort>,
  Assert<SS.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderPort>,
  Assert<SS.EmbeddedChart, EmbeddedChartPort>,
  Assert<SS.EmbeddedChartBuilder, EmbeddedChartBuilderPort>,
  Assert<GoogleAppsScript.Charts.Charts, ChartsPort>,
  Assert<Base.Menu, MenuPort>,
  Assert<Base.PromptResponse, PromptResponsePort>,
  Assert<Base.Ui, UiPort>,
  Assert<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputPort>,
  Assert<GoogleAppsScript.HTML.HtmlService, HtmlServicePort>,
  Assert<GoogleAppsScript.Properties.Properties, PropertiesPort>,
  Assert<GoogleAppsScript.Properties.PropertiesService, PropertiesServicePort>,
  Assert<GoogleAppsScript.Lock.Lock, LockPort>,
  Assert<GoogleAppsScript.Lock.LockService, LockServicePort>,
  Assert<Base.User, UserPort>,
  Assert<Base.Session, SessionPort>,
  Assert<Base.Blob, BlobPort>,
  Assert<Base.BlobSource, BlobSourcePort>,
  Assert<GoogleAppsScript.Utilities.Utilities, UtilitiesPort>,
  Assert<Script.Trigger, TriggerPort>,
  Assert<Script.SpreadsheetTriggerBuilder, SpreadsheetTriggerBuilderPort>,
  Assert<Script.ClockTriggerBuilder, ClockTriggerBuilderPort>,
  Assert<Script.TriggerBuilder, TriggerBuilderPort>,
  Assert<Script.ScriptApp, ScriptAppPort>,
  Assert<F.Choice, ChoicePort>,
  Assert<F.ItemResponse, ItemResponsePort>,
  Assert<F.TextItem, TextItemPort>,
  Assert<F.ParagraphTextItem, ParagraphTextItemPort>,
  Assert<F.MultipleChoiceItem, MultipleChoiceItemPort>,
  Assert<F.CheckboxItem, CheckboxItemPort>,
  Assert<F.ListItem, ListItemPort>,
  Assert<F.ScaleItem, ScaleItemPort>,
  Assert<F.GridItem, GridItemPort>,
  Assert<F.DateItem, DateItemPort>,
  Assert<F.SectionHeaderItem, SectionHeaderItemPort>,
  Assert<F.PageBreakItem, PageBreakItemPort>,
  Assert<F.Item, ItemPort>,
  Assert<F.FormResponse, FormResponsePort>,
  Assert<F.Form, FormPort>,
  Assert<F.FormApp, FormAppPort>,
  Assert<D.Folder, FolderPort>,
  Assert<D.File, FilePort>,
  Assert<D.FileIterator, FileIteratorPort>,
  Assert<D.DriveApp, DriveAppPort>,
  Assert<DV3.Collection.FilesCollection, DriveFilesPort>,
  Assert<GoogleAppsScript.Drive, AdvancedDrivePort>,
  Assert<GoogleAppsScript.Events.SheetsOnFormSubmit, FormSubmitEventPort>,
  Assert<Doc.Text, TextPort>,
  Assert<Doc.Paragraph, ParagraphPort>,
  Assert<Doc.ListItem, DocListItemPort>,
  Assert<Doc.Element, ElementPort>,
  Assert<Doc.TableCell, TableCellPort>,
  Assert<Doc.TableRow, TableRowPort>,
  Assert<Doc.Table, TablePort>,
  Assert<Doc.PageBreak, PageBreakPort>,
  Assert<Doc.Body, BodyPort>,
  Assert<Doc.HeaderSection, HeaderSectionPort>,
  Assert<Doc.Document, DocumentPort>,
  Assert<Doc.DocumentApp, DocumentAppPort>,
];

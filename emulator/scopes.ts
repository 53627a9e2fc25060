/**
 * OAuth scopes: Apps Script refuses a service call whose scope the manifest does not
 * declare ("You do not have permission to call …. Required permissions: …"). The emulator
 * reads build/appsscript.json and refuses the same way, so a missing scope fails a test
 * instead of the curator's first click. Scopes per service from Google's reference pages.
 */
const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;

/** Any one of the scopes allows the calls of the class (Class.method keys by prefix). */
const REQUIRED: readonly [RegExp, readonly string[]][] = [
  [
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DataValidation|DataValidationBuilder|Protection|ConditionalFormatRule|ConditionalFormatRuleBuilder|BooleanCondition|EmbeddedChart|EmbeddedChartBuilder)\.(?!getUi$)/,
    [SCOPE('spreadsheets.currentonly'), SCOPE('spreadsheets')],
  ],
  [
    /^(Form|FormApp|TextItem|ParagraphTextItem|MultipleChoiceItem|CheckboxItem|ListItem|ScaleItem|GridItem|DateItem|SectionHeaderItem|PageBreakItem|Item|Choice|ItemResponse|FormResponse)\./,
    [SCOPE('forms'), SCOPE('forms.currentonly')],
  ],
  [
    /^(DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|PageBreak|HeaderSection)\./,
    [SCOPE('documents'), SCOPE('documents.currentonly')],
  ],
  [/^(DriveApp|File|Folder|FileIterator)\./, [SCOPE('drive.file'), SCOPE('drive'), SCOPE('drive.readonly')]],
  [
    /^(ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)|TriggerBuilder|SpreadsheetTriggerBuilder|ClockTriggerBuilder|Trigger)\b/,
    [SCOPE('script.scriptapp')],
  ],
  [/^(SpreadsheetApp\.getUi|Ui\.showSidebar)$/, [SCOPE('script.container.ui')]],
  [/^Session\.(getActiveUser|getEffectiveUser)$/, [SCOPE('userinfo.email')]],
];

/** The scopes a call needs (any one of them), or null when it needs none. */
export function requiredScopes(key: string): readonly string[] | null {
  for (const [pattern, scopes] of REQUIRED) if (pattern.test(key)) return scopes;
  return null;
}

export function missingScopeMessage(key: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${key}. Required permissions: ${scopes[0]}`;
}

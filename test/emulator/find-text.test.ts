import { addDriveFolder, Emulator, findText } from '../../emulator';

const NAME = 'Анна Петрова';
const EMAIL = 'anna.petrova@school.example';

/** Puts the person into every kind of place the emulator stores text. */
function populated() {
  const emu = new Emulator();
  const { SpreadsheetApp, PropertiesService, FormApp, DocumentApp, DriveApp, Charts } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Наставники');
  sheet.getRange('A1:C2').setValues([
    ['ФИО', 'Телефон', 'Итог'],
    [NAME, 79161234567, `="${NAME}: "&B2`],
  ]);
  sheet.getRange('A3').setValue('Борис Иванов').setNote(`Наставник: ${NAME}`);
  sheet
    .getRange('D2')
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList([NAME, 'Борис']).setHelpText(`Например, ${NAME}`).build(),
    );
  sheet.getRange('A2:C2').protect().setDescription(`Строка ${NAME}`);
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(NAME)
      .setBold(true)
      .setRanges([sheet.getRange('A2:A10')])
      .build(),
  ]);
  sheet.insertChart(
    sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B2')).setOption('title', NAME).build(),
  );
  ss.insertSheet(NAME);
  PropertiesService.getDocumentProperties()!.setProperty(`consent:${NAME}`, 'yes');
  PropertiesService.getUserProperties().setProperty('lastPerson', NAME);
  PropertiesService.getScriptProperties().setProperty('log', JSON.stringify({ who: NAME }));
  const form = FormApp.create('Анкета', true).setCollectEmail(true);
  form.addTextItem().setTitle('ФИО');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  emu.submitForm(form.getId(), { ФИО: NAME }, { email: EMAIL });
  const doc = DocumentApp.create(`Отчёт ${NAME}`);
  doc.getBody().appendParagraph(`Наставляемый: ${NAME}`);
  doc.getBody().appendTable([['ФИО'], [NAME]]);
  doc.addHeader().appendParagraph(NAME);
  const folder = addDriveFolder(emu.state.drive, `Папка ${NAME}`);
  DriveApp.getFileById(doc.getId()).moveTo(DriveApp.getFolderById(folder.id));
  // What the UI showed is a log, not stored data.
  emu.state.ui.script.push({ button: 'OK' });
  SpreadsheetApp.getUi().alert(`Удалить ${NAME}?`);
  ss.toast(`${NAME} удалена`);
  return { emu, form, doc };
}

describe('findText (test helper)', () => {
  test('finds the text in every place the state holds it, and names the place', () => {
    const { emu, form } = populated();
    const hits = findText(emu.state, NAME);
    const responseId = emu.state.forms.forms[form.getId()].responses[0].id;
    const docName = `Отчёт ${NAME}`;
    expect(hits.map((h) => h.where)).toEqual([
      '«Ответы на форму (1)»!C2 value',
      '«Наставники»!A2 value',
      '«Наставники»!C2 formula',
      '«Наставники»!A3 note',
      '«Наставники» protection 1 description',
      '«Наставники» validation rule dv1 list.0',
      '«Наставники» validation rule dv1 helpText',
      '«Наставники» conditional format rule 1 values.0',
      '«Наставники» chart 1 options.title',
      `sheet name «${NAME}»`,
      `document property «consent:${NAME}» name`,
      `user property «lastPerson» (${emu.env.userEmail}) value`,
      'script property «log» value',
      `form «Анкета» response 1 (${responseId}) answer`,
      'Drive file 3 name',
      'Drive folder 2 name',
      `document «${docName}» name`,
      `document «${docName}» header`,
      `document «${docName}» body element 2`,
      `document «${docName}» body element 3`,
    ]);
    expect(hits[0]).toMatchObject({ text: NAME, kind: 'value', path: ['spreadsheet', 'sheets', 0, 'cells', 1, 2, 'v'] });
    expect(hits.find((h) => h.kind === 'key')).toMatchObject({
      text: `consent:${NAME}`,
      path: ['properties', 'document', `consent:${NAME}`],
    });
    // The e-mail is in the form's response and in the response sheet.
    expect(findText(emu.state, EMAIL).map((h) => h.where)).toEqual([
      '«Ответы на форму (1)»!B2 value',
      `form «Анкета» response 1 (${responseId}) respondent e-mail`,
    ]);
  });

  test('numbers are found in cells; case can be ignored; logs only when asked', () => {
    const { emu } = populated();
    expect(findText(emu.state, '9161234567').map((h) => h.where)).toEqual(['«Наставники»!B2 value']);
    expect(findText(emu.state, 'анна петрова')).toEqual([]);
    expect(findText(emu.state, 'анна петрова', { ignoreCase: true }).length).toBe(findText(emu.state, NAME).length);
    const logs = findText(emu.state, NAME, { includeLogs: true }).map((h) => h.path.slice(0, 2).join('.'));
    expect(logs).toEqual(expect.arrayContaining(['ui.dialogs', 'spreadsheet.toasts']));
    expect(findText(emu.state, '')).toEqual([]);
  });

  test('once every place is cleared, nothing is found', () => {
    const { emu, form, doc } = populated();
    const { SpreadsheetApp, PropertiesService, FormApp, DriveApp } = emu.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Наставники')!;
    sheet.deleteRows(2, 1);
    sheet.getRange('A2').setNote(null);
    sheet.getRange('C2').clearDataValidations();
    sheet.setConditionalFormatRules([]);
    for (const c of sheet.getCharts()) sheet.removeChart(c);
    ss.deleteSheet(ss.getSheetByName(NAME)!);
    // The deleted row's validation rule stays in the emulator's table, unused: it does not count.
    expect(Object.keys(emu.state.spreadsheet.sheets.find((s) => s.name === 'Наставники')!.validationRules)).toEqual(['dv1']);
    PropertiesService.getDocumentProperties()!.deleteProperty(`consent:${NAME}`);
    PropertiesService.getUserProperties().deleteProperty('lastPerson');
    PropertiesService.getScriptProperties().deleteAllProperties();
    const f = FormApp.openById(form.getId());
    for (const r of f.getResponses()) f.deleteResponse(r.getId());
    ss.getSheetByName('Ответы на форму (1)')!.deleteRows(2, 1);
    emu.state.drive.folders.find((x) => x.name.includes(NAME))!.name = 'Папка';
    // A trashed document still holds the text, and its hits say so.
    DriveApp.getFileById(doc.getId()).setTrashed(true);
    const trashed = findText(emu.state, NAME);
    expect(trashed.map((h) => h.where)).toEqual([
      `Drive file 3 name (in the trash)`,
      `document «Отчёт ${NAME}» name (in the trash)`,
      `document «Отчёт ${NAME}» header (in the trash)`,
      `document «Отчёт ${NAME}» body element 2 (in the trash)`,
      `document «Отчёт ${NAME}» body element 3 (in the trash)`,
    ]);
    expect(trashed.every((h) => h.trashed)).toBe(true);
    // Emptying the trash is not in the emulated API: a test removes the document itself.
    delete emu.state.docs.documents[doc.getId()];
    DriveApp.getFileById(doc.getId()).setName('удалено');
    expect(findText(emu.state, NAME)).toEqual([]);
    expect(findText(emu.state, EMAIL)).toEqual([]);
  });
});

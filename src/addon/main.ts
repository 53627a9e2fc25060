/**
 * Entry points of the add-on. Every export becomes a top-level function of build/Code.js
 * (menu handlers, triggers, the sidebar's google.script.run API); the build reads this
 * module's exports, so an entry point exists exactly when it is exported here.
 */
import { gas } from '../gas/services';
import { buildMenu } from './menu';

/** Simple trigger; may run in AuthMode.NONE, so it builds the menu and touches no data. */
export function onOpen(_e?: unknown): void {
  buildMenu(gas().SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed from the Marketplace: the menu must appear at once. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export { getRegisterStatus, openSidebar, runSetupRegister } from './registerActions';
export { erasePersonData, runErasePerson } from './erasureActions';
export { mergePeople } from './mergeActions';
export { runGoogleSelfCheck, selfCheckTrigger } from './selfCheckActions';
export { runFillRoadmap, runRefreshRoadmap, runUpdateMonitoring } from './roadmapActions';
export {
  continueBatches,
  continueDocuments,
  generateDocuments,
  makeDocumentsForAll,
  makeOrder,
  runApprovalOrder,
  runCompletionOrder,
  runDataConsents,
  runDutiesConsents,
  runMentorAgreements,
  runMentorReports,
  runMonitoringNote,
  runPairsOrder,
  runProgrammes,
  runPublishConsents,
  runRefusalNotices,
  runRewardOrder,
  runRoadmapOrder,
  runSiteMaterials,
} from './documentActions';
export {
  acceptProposals,
  addToGroup,
  createPair,
  extendPair,
  getSidebarData,
  getUpcoming,
  logMeeting,
  proposeAll,
  rankMentorsFor,
  recordConsent,
  replaceMentor,
  setPairStatus,
} from './sidebarActions';
export {
  onFormSubmitted,
  runCreateQuestionnaires,
  runRefreshFormChoices,
  runSatisfactionLinksEnd,
  runSatisfactionLinksStart,
  runSyncBanks,
} from './questionnaireActions';

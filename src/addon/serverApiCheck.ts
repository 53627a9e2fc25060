/**
 * The compiler checks that the functions the sidebar calls are exactly the typed API it is
 * built against (src/app/sidebarApi.ts): a renamed or retyped server function fails the build.
 */
import type { ServerApi } from '../app/sidebarApi';
import type { Assert } from '../gas/assert';
import type * as documents from './documentActions';
import type * as erasure from './erasureActions';
import type * as merge from './mergeActions';
import type * as register from './registerActions';
import type * as sidebar from './sidebarActions';

type Implemented = {
  getRegisterStatus: typeof register.getRegisterStatus;
  getSidebarData: typeof sidebar.getSidebarData;
  rankMentorsFor: typeof sidebar.rankMentorsFor;
  proposeAll: typeof sidebar.proposeAll;
  createPair: typeof sidebar.createPair;
  addToGroup: typeof sidebar.addToGroup;
  acceptProposals: typeof sidebar.acceptProposals;
  recordConsent: typeof sidebar.recordConsent;
  setPairStatus: typeof sidebar.setPairStatus;
  extendPair: typeof sidebar.extendPair;
  replaceMentor: typeof sidebar.replaceMentor;
  logMeeting: typeof sidebar.logMeeting;
  getUpcoming: typeof sidebar.getUpcoming;
  generateDocuments: typeof documents.generateDocuments;
  makeOrder: typeof documents.makeOrder;
  makeDocumentsForAll: typeof documents.makeDocumentsForAll;
  continueDocuments: typeof documents.continueDocuments;
  erasePersonData: typeof erasure.erasePersonData;
  mergePeople: typeof merge.mergePeople;
};

export type ServerApiCheck = [Assert<Implemented, ServerApi>, Assert<keyof Implemented, keyof ServerApi>];

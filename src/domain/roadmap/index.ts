/** «Дорожная карта»: the template, recognising existing rows, statuses and progress. */
export { roadmapTemplate, responsibleText, stageOfKey, ROADMAP_STAGE_ORDER, type RoadmapTemplateRow } from './template';
export { matchTemplateRows, missingTemplateRows, ACTIVITY_MATCH_THRESHOLD, type ExistingRoadmapRow } from './match';
export {
  roadmapStatus,
  roadmapStatuses,
  isDoneStatus,
  FACT_TESTS,
  NO_FACTS,
  type FactCheck,
  type RegisterFacts,
  type RoadmapRowState,
  type RoadmapStatusResult,
} from './status';
export { stageProgress, type StageProgress } from './progress';
export { activitySimilarity, foldText, stageSimilarity, stems } from './text';
export { ROADMAP_STATUS, type RoadmapStatus, type RoadmapActivityKey, type RoadmapStageKey } from '../../i18n/roadmap';

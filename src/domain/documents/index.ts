/** Composition of the register's documents into DocModel: one module per document or family. */
export * from './common';
export * from './orderFrame';
export * from './approvalOrder';
export * from './regulation';
export * from './pairsOrder';
export * from './completionOrder';
export * from './rewardOrder';
export * from './programme';
export * from './consents';
export * from './reports';
export * from './siteMaterials';
export * from './laborLaw';

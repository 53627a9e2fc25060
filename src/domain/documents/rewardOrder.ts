/**
 * 3b. Приказ о поощрении наставников (ТК РФ ст. 191): благодарность, почётная грамота or a
 * one-off stimulating payment, with the grounds. Names go into the appendix table, where the
 * nominative is natural; the items speak of «наставники, указанные в приложении».
 */
import type { DocModel } from '../docModel';
import { DOC_FIELDS, LAW, REWARD_ORDER, type RewardKind, rubles } from '../../i18n/documents';
import { enumerated, item, type OrderRef, type Person, positionOf, requireNonEmpty, requireText } from './common';
import { byAppendix, composeOrder, type ControlClause, type OrderRequisites, regulationCitation } from './orderFrame';

export type { RewardKind } from '../../i18n/documents';

export interface MentorReward {
  mentor: Person;
  reward: RewardKind;
  /** For a payment: rubles, or a text such as «10 % должностного оклада». */
  amount?: number | string;
  /** «за подготовку наставляемого к аттестации …». */
  grounds: string;
}

export interface RewardOrderInput {
  requisites: OrderRequisites;
  rewards: readonly MentorReward[];
  curator: Person;
  schoolYear?: string;
  regulation?: OrderRef;
  /** Publish the rewarded mentors on the site (only those who consented to it). */
  publish?: boolean;
  control?: ControlClause;
}

export function rewardLabel(reward: MentorReward): string {
  if (reward.reward !== 'bonus' || reward.amount === undefined || reward.amount === '') return REWARD_ORDER.kinds[reward.reward];
  const amount = typeof reward.amount === 'number' ? rubles(reward.amount) : reward.amount.trim();
  return REWARD_ORDER.bonusWithAmount(amount);
}

export function rewardAppendixRows(rewards: readonly MentorReward[]): string[][] {
  return rewards.map((r, i) => [String(i + 1), r.mentor.fullName.trim(), positionOf(r.mentor), rewardLabel(r), r.grounds.trim()]);
}

export function rewardOrder(input: RewardOrderInput): DocModel {
  const rewards = requireNonEmpty(input.rewards, DOC_FIELDS.rewards);
  for (const r of rewards) requireText(r.mentor?.fullName, DOC_FIELDS.rewards);
  const shortName = requireText(input.requisites.organisation?.shortName, DOC_FIELDS.orgShortName);
  const hasBonus = rewards.some((r) => r.reward === 'bonus');
  const hasCertificate = rewards.some((r) => r.reward === 'certificate');
  const year = input.schoolYear?.trim() || undefined;

  const curatorTasks = [
    REWARD_ORDER.curatorInform,
    ...(hasCertificate ? [REWARD_ORDER.curatorCertificates] : []),
    ...(input.publish === false ? [] : [REWARD_ORDER.curatorPublish]),
  ];
  const items = [
    item(REWARD_ORDER.reward(byAppendix(0, 1))),
    ...(hasBonus ? [item(REWARD_ORDER.bonus)] : []),
    item(REWARD_ORDER.curatorLead, enumerated(curatorTasks)),
  ];

  return composeOrder({
    requisites: input.requisites,
    title: REWARD_ORDER.title,
    basis: REWARD_ORDER.basis(
      regulationCitation(shortName, input.regulation),
      hasBonus ? LAW.payRegulation(shortName) : null,
      year,
    ),
    items,
    control: input.control,
    acknowledged: [...(input.curator?.fullName ? [input.curator.fullName] : []), ...rewards.map((r) => r.mentor.fullName)],
    appendices: [
      {
        title: REWARD_ORDER.appendixTitle,
        table: { header: [...REWARD_ORDER.header], rows: rewardAppendixRows(rewards), widths: [1, 5, 4, 4, 6] },
      },
    ],
  });
}

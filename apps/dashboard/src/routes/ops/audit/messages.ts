// Wording of the console's audit log page, Chinese first and English for `?lang=en`.
import type { Lang } from '#lib/i18n.ts';

const zh = {
  title: '操作审计',
  intro: '命令行、运维控制台和会员门户中每项改动操作的记录：谁、何时、做了什么、结果如何。记录只增不改。',
  since: '起始日期',
  apply: '筛选',
  empty: '没有符合条件的操作记录。',
  caption: '操作记录，最新的在前',
  older: '更早的记录',
  newest: '回到最新',
  outcome: { ok: '成功', failed: '失败' },
  columns: {
    at: '时间',
    actor: '操作人',
    via: '途径',
    action: '操作',
    target: '对象',
    outcome: '结果',
    reason: '原因',
    details: '详情',
  },
};

type Messages = typeof zh;

const en: Messages = {
  title: 'Audit log',
  intro:
    'Every action that changes something, from the command line, the console and the members’ portal: who, when, what and how it ended. Entries are only ever added.',
  since: 'From',
  apply: 'Filter',
  empty: 'No entries match.',
  caption: 'Audit entries, newest first',
  older: 'Older entries',
  newest: 'Back to the newest',
  outcome: { ok: 'OK', failed: 'Failed' },
  columns: {
    at: 'When',
    actor: 'Who',
    via: 'Via',
    action: 'Action',
    target: 'Target',
    outcome: 'Outcome',
    reason: 'Reason',
    details: 'Details',
  },
};

export const auditMessages: Record<Lang, Messages> = { zh, en };

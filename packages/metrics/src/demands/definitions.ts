// The definition text of every demand figure, zh and en, served with
// /api/v1/definitions and shown beside each chart. Each
// says what metrics.md § Demand resolution says; figures.ts computes exactly
// that. Shared wording: the window is by the China Standard Time date of the
// demand's `created` event, and a demand's state is the fold of its distinct
// events in (occurred_at, seq) order.
import type { Definition } from '../shared/definition.ts';

export const demandDefinitions = {
  demands: {
    zh: '诉求数：受理（created 事件）时间按北京时间日期落在所选期间内（不含截止日）、且当前未被撤回的诉求；按受理事件的所在区、渠道及诉求最终分类筛选。撤回后又被重新打开的诉求不算撤回。受理事件尚未到达的诉求不计入任何期间，另列为“不完整诉求”。',
    en: 'Demands: demands whose created event falls in the selected period by its China Standard Time date (end date exclusive) and that are not withdrawn; filtered by the created event’s district and channel and by the demand’s category. A demand withdrawn and then reopened is not withdrawn. Demands whose created event has not arrived are in no period and are reported as incomplete demands.',
  },
  resolved: {
    zh: '已办结：上述诉求中当前为已办结状态的：有“办结”事件，且最后一次办结之后没有“重新打开”或“撤回”。办结后被重新打开的诉求重新计为未办结。',
    en: 'Resolved: of those demands, the ones now resolved: they have a resolved event with no reopened or withdrawn event after the last one. A demand reopened after resolution counts as unresolved again.',
  },
  resolution_rate: {
    zh: '办结率 = 已办结 ÷ 诉求数。',
    en: 'Resolution rate = resolved ÷ demands.',
  },
  on_time: {
    zh: '按期办结：最后一次办结的北京时间日期不晚于有效办理时限的已办结诉求。有效办理时限为按事件顺序最后一个带时限的受理或转办事件的时限；没有时限的已办结诉求计为按期。',
    en: 'Resolved on time: resolved demands whose last resolution, by its China Standard Time date, is on or before the deadline in force: the deadline of the last created or transferred event, in event order, that carries one. A resolved demand with no deadline counts as on time.',
  },
  on_time_rate: {
    zh: '按期办结率 = 按期办结 ÷ 已办结。',
    en: 'On-time rate = resolved on time ÷ resolved.',
  },
  median_days_to_resolve: {
    zh: '办结用时中位数（天）：已办结诉求从受理到最后一次办结的精确时长的中位数，个数为偶数时取中间两个的平均值，四舍五入保留 1 位小数。',
    en: 'Median days to resolve: the median, over resolved demands, of the exact time from the created event to the last resolved event, in days (the mean of the two middle ones for an even count), rounded to 1 decimal.',
  },
  satisfaction_rate: {
    zh: '满意率 = 最新一次评价为 4 分及以上的诉求数 ÷ 有评价的诉求数（均为上述期间内未撤回的诉求）。',
    en: 'Satisfaction rate = demands whose latest feedback scores 4 or more ÷ demands with feedback (both among the period’s demands, which exclude withdrawn ones).',
  },
  open_backlog: {
    zh: '未办结积压：上述诉求中当前未办结的，按截至数据时点（as_of）的北京时间整日数分为 0–7、8–30、31–90 和 90 天以上。',
    en: 'Open backlog: of those demands, the ones not resolved, by age in whole China Standard Time days at as_of: 0–7, 8–30, 31–90 and over 90 days.',
  },
  by_category: {
    zh: '按诉求分类：最后一次“分类”事件的分类，没有时为受理时的分类。',
    en: 'By category: that of the last classified event, else of the created event.',
  },
  by_department: {
    zh: '按承办部门：最后一次“转办”事件的部门；未转办的诉求单列（部门为空）。',
    en: 'By department: that of the last transferred event; demands never transferred form their own row (department empty).',
  },
  by_month: {
    zh: '按受理月份：受理事件的北京时间月份（YYYY-MM）。',
    en: 'By month: the China Standard Time month of the created event (YYYY-MM).',
  },
  incomplete_demands: {
    zh: '不完整诉求：已收到事件、但受理（created）事件尚未到达的诉求数；不计入任何期间的诉求指标。',
    en: 'Incomplete demands: demands with events received but whose created event has not arrived; they are in no period’s figures.',
  },
} as const satisfies Record<string, Definition>;

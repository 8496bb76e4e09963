// Definition text of the data quality figures (metrics.md "Data quality"), zh
// and en, served with /api/v1/definitions and shown beside the figures. It
// must say what metrics.md says and what figures.ts computes.
import type { Definition } from '../shared/definition.ts';

export const qualityDefinitions = {
  received: {
    zh: '接收记录数：该数据源历次同步收到的记录总数（重复送达的记录每次都计入）；另给出最近一次成功同步收到的记录数。',
    en: 'Records received: records delivered to all of the source’s syncs (a re-delivered record counts each time); also given for the last successful sync alone.',
  },
  loaded: {
    zh: '入库记录数：该数据源历次同步通过校验并入库的记录总数；另给出最近一次成功同步的入库数。',
    en: 'Records loaded: records of all of the source’s syncs that passed validation and were loaded; also given for the last successful sync alone.',
  },
  quarantined: {
    zh: '隔离记录数：当前处于隔离区的不同记录数，按记录标识（无可读标识时按其内容）去重，同一记录在其他页、其他文件或其他位置重复送达不增加，保留其最近一次送达的位置；附各原因（数据集、字段、问题代码）涉及的记录数，一条记录有多个问题时分别计入。',
    en: 'Quarantined: distinct records now in quarantine, by identity or, without a readable one, by content; the same record delivered again, on another page, in another file or at another position, does not add to it (its latest position is kept). With reason counts: records per (collection, field path, issue code), their latest version’s issues; a record with several issues counts under each.',
  },
  last_success: {
    zh: '最近成功同步：该数据源最近一次成功完成的同步的结束时间（即其数据截至时间 as_of）。',
    en: 'Last successful sync: the finish time of the source’s last successful sync (its as_of).',
  },
  lag_seconds: {
    zh: '滞后（秒）：当前时间减最近成功同步的结束时间；从未成功同步时为空。',
    en: 'Lag (seconds): now minus the finish time of the last successful sync; null when it never synced successfully.',
  },
  stale: {
    zh: '数据过期：最近成功同步早于其同步计划允许的时间（超过计划间隔的两倍），或从未成功同步。',
    en: 'Stale: the last successful sync is older than the source’s schedule allows (more than two schedule gaps), or it never synced successfully.',
  },
  last_run: {
    zh: '最近一次同步：最近开始的同步的状态（进行中、成功、失败）、起止时间及失败原因。',
    en: 'Last run: the state (running, succeeded, failed), start and finish time and failure reason of the sync started last.',
  },
  incomplete_demands: {
    zh: '不完整诉求：尚未收到“创建”事件的诉求数；这些诉求不属于任何时间窗口，不计入诉求指标。',
    en: 'Incomplete demands: demands whose created event has not arrived; they are in no window and not counted in the demand figures.',
  },
} as const satisfies Record<string, Definition>;

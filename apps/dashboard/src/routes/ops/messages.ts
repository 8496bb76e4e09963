// Wording of the operations console, Chinese first and English for `?lang=en`.
import type { Lang } from '#lib/i18n.ts';

const zh = {
  console: '运维控制台',
  nav: { runs: '同步运行', quarantine: '隔离记录', logout: '退出登录', navLabel: '控制台导航' },
  login: {
    title: '运维人员登录',
    intro: '运维控制台仅供平台运维人员使用。',
    name: '用户名',
    password: '密码',
    submit: '登录',
    invalid: '用户名或密码不正确。',
    blocked: '登录失败次数过多，请 15 分钟后再试。',
  },
  runs: {
    title: '同步运行记录',
    source: '数据源',
    all: '全部',
    failedOnly: '只看失败的运行',
    apply: '筛选',
    empty: '没有符合条件的运行记录。',
    caption: '运行记录，最新的在前',
  },
  columns: {
    run_id: '运行编号', source_id: '数据源', mode: '方式', started_at: '开始', finished_at: '结束', status: '状态',
    received: '接收', loaded: '入库', quarantined: '隔离', duplicates: '重复', error: '错误', action: '操作',
    rerun_of: '重新运行自', window_from: '窗口起点', window_to: '窗口终点', source_kind: '类型',
  },
  status: { running: '运行中', succeeded: '成功', failed: '失败' } as Record<string, string>,
  rerun: {
    button: '重新运行',
    label: (id: string) => `重新运行 ${id}`,
    started: (source: string, wf: string) => `已启动数据源 ${source} 的重新运行（工作流 ${wf}）。结果稍后出现在运行记录中。`,
    already_running: (source: string) => `数据源 ${source} 已有同步正在运行，请待其结束后再重新运行。`,
    not_failed: '只有失败的运行可以重新运行。',
    not_found: '找不到该运行记录。',
    not_configured: '未配置 Temporal（TEMPORAL_ADDRESS），无法从控制台重新运行；可使用命令 pnpm liaison rerun。',
    unavailable: '暂时无法连接 Temporal，请稍后再试。',
  },
  run: { title: '运行详情', back: '返回运行记录', quarantine: '查看该数据源的隔离记录' },
  quarantine: {
    title: '隔离记录',
    intro: '未通过校验的记录按数据源保存在此，附全部原因。会员单位报送中的个人信息已隐去。',
    choose: '选择数据源',
    show: '查看',
    empty: '该数据源没有隔离记录。',
    count: (n: number) => `共 ${n} 条`,
    shown: (n: number, total: number) => `显示前 ${n} 条，共 ${total} 条；完整列表请导出 CSV。`,
    export: '导出 CSV',
    caption: '隔离记录',
    raw: '原始记录',
    columns: { collection: '数据集', record_key: '记录键', position: '位置', issues: '原因', run_id: '运行编号', quarantined_at: '隔离时间' },
  },
};

type Messages = typeof zh;

const en: Messages = {
  console: 'Operations console',
  nav: { runs: 'Sync runs', quarantine: 'Quarantine', logout: 'Log out', navLabel: 'Console navigation' },
  login: {
    title: 'Operator login',
    intro: 'The operations console is for platform operators only.',
    name: 'User name',
    password: 'Password',
    submit: 'Log in',
    invalid: 'Wrong user name or password.',
    blocked: 'Too many failed attempts. Try again in 15 minutes.',
  },
  runs: {
    title: 'Sync runs',
    source: 'Source',
    all: 'All',
    failedOnly: 'Failed runs only',
    apply: 'Filter',
    empty: 'No runs match.',
    caption: 'Runs, newest first',
  },
  columns: {
    run_id: 'Run', source_id: 'Source', mode: 'Mode', started_at: 'Started', finished_at: 'Finished', status: 'Status',
    received: 'Received', loaded: 'Loaded', quarantined: 'Quarantined', duplicates: 'Duplicates', error: 'Error', action: 'Action',
    rerun_of: 'Re-run of', window_from: 'Window from', window_to: 'Window to', source_kind: 'Kind',
  },
  status: { running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
  rerun: {
    button: 'Re-run',
    label: (id: string) => `Re-run ${id}`,
    started: (source: string, wf: string) => `Re-run of ${source} started (workflow ${wf}). Its result will appear in the run list.`,
    already_running: (source: string) => `A sync of ${source} is already running; re-run once it has finished.`,
    not_failed: 'Only failed runs can be re-run.',
    not_found: 'No such run.',
    not_configured: 'Temporal is not configured (TEMPORAL_ADDRESS); use pnpm liaison rerun instead.',
    unavailable: 'Temporal cannot be reached right now; try again shortly.',
  },
  run: { title: 'Run', back: 'Back to the runs', quarantine: "This source's quarantine" },
  quarantine: {
    title: 'Quarantine',
    intro: "Records that failed validation, kept per source with every reason. Members' personal data is redacted.",
    choose: 'Source',
    show: 'Show',
    empty: 'Nothing quarantined for this source.',
    count: (n: number) => `${n} record${n === 1 ? '' : 's'}`,
    shown: (n: number, total: number) => `Showing the first ${n} of ${total}; export the CSV for all.`,
    export: 'Export CSV',
    caption: 'Quarantined records',
    raw: 'Raw record',
    columns: { collection: 'Collection', record_key: 'Record key', position: 'Position', issues: 'Reasons', run_id: 'Run', quarantined_at: 'Quarantined' },
  },
};

export const opsMessages: Record<Lang, Messages> = { zh, en };

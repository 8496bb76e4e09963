// Chinese wording for generated demands: titles per category, the municipal
// departments a demand is transferred to, and the free-text notes. Some notes
// name a person on purpose (张先生, 李女士): the pipeline must never publish
// these fields, and the demo data should let that be checked.
import type { DemandCategoryCode } from '@liaison/schemas';

/** What the enterprise asks for; the title is `关于{topic}的诉求`. */
export const TOPICS: Readonly<Record<DemandCategoryCode, readonly string[]>> = {
  housing: ['申请人才住房配租', '解决新入职员工住宿问题', '协调保障性租赁住房房源', '改善员工宿舍配套'],
  financing: ['申请贷款贴息支持', '对接银行授信额度', '协调应收账款融资', '申请政府产业基金投资'],
  recruitment: ['解决员工子女入学问题', '协助招聘技术工人', '办理高层次人才认定', '缓解一线员工用工缺口'],
  land_space: ['扩大生产厂房用地', '协调产业用房租金', '申请工业上楼空间', '办理用地规划调整'],
  policy: ['兑现高新技术企业奖励', '咨询研发费用加计扣除政策', '申请稳岗补贴', '落实专精特新扶持资金'],
  permits: ['加快施工许可审批', '办理环评批复', '协调消防验收', '办理排污许可变更'],
  infrastructure: ['增设园区公交线路', '解决厂区周边道路拥堵', '改善园区电力供应', '完善厂区周边停车配套'],
  market: ['对接央企国企采购需求', '拓展海外市场渠道', '争取重点展会展位支持', '对接本地供应链配套'],
  other: ['协调周边施工噪音', '整治厂区周边环境', '协调企业搬迁过渡安置'],
};

/** The department that usually handles a category (first) and alternatives. */
export const DEPARTMENTS: Readonly<Record<DemandCategoryCode, readonly string[]>> = {
  housing: ['市住房和建设局', '市人力资源和社会保障局'],
  financing: ['市地方金融管理局', '市发展和改革委员会', '市财政局'],
  recruitment: ['市人力资源和社会保障局', '市教育局'],
  land_space: ['市规划和自然资源局', '市工业和信息化局'],
  policy: ['市工业和信息化局', '市科技创新局', '市发展和改革委员会'],
  permits: ['市住房和建设局', '市生态环境局', '市政务服务和数据管理局'],
  infrastructure: ['市交通运输局', '市发展和改革委员会', '市住房和建设局'],
  market: ['市商务局', '市国有资产监督管理委员会'],
  other: ['市生态环境局', '市城市管理和综合执法局'],
};

export const PROGRESS_NOTES: readonly string[] = [
  '已与企业联系人张先生电话沟通，了解具体需求',
  '已召开协调会，相关部门到场研究',
  '已实地走访企业核实情况',
  '已转相关处室研究办理',
  '正在协调相关部门出具意见',
  '已向企业反馈阶段性进展',
];

export const RESOLUTIONS: readonly string[] = [
  '已协调落实，企业表示认可',
  '已兑现相关扶持资金',
  '已完成审批办理',
  '已为企业对接相关资源，李女士确认收到',
  '已答复企业政策口径，企业无异议',
];

export const REOPEN_REASONS: readonly string[] = ['企业反映问题未彻底解决', '回访发现落实情况与答复不符', '企业提出新的补充诉求'];

export const WITHDRAW_REASONS: readonly string[] = ['企业已自行解决', '企业主动撤回诉求', '诉求与已有事项重复，合并办理'];

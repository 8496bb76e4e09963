// An investment result laid out for the pages: headline figures, breakdown
// rows labelled in the page's language and ordered for reading, and the
// definitions shown beside each chart. No figure is computed here.
import type { QualityResult } from '@liaison/metrics';
import { PROJECT_STAGES_CODES } from '@liaison/schemas';
import type { Lang } from '#lib/i18n.ts';
import { compareYuan, formatYuan } from '#lib/money.ts';
import { investmentText } from './text.ts';
import type { Headline, Labelled } from '#lib/view.ts';
import type { InvestmentResult } from './family.server.ts';
import { investmentFamily } from './family.server.ts';
import { definitionsOf, districtLabel, sectorLabel, stageLabel, textLabel } from '#lib/server/figures/labels.ts';
import { asOfView, qualityNote, ranked } from '#lib/server/figures/view-common.ts';

export type InvestmentRow = Labelled<Omit<InvestmentResult['by_stage'][number], 'stage'>>;

const byInvestment = (a: InvestmentRow, b: InvestmentRow) => compareYuan(a.investment_yuan, b.investment_yuan);
const byPlanned = (a: InvestmentRow, b: InvestmentRow) =>
  compareYuan(a.planned_by_members?.investment_yuan ?? '0', b.planned_by_members?.investment_yuan ?? '0');

function headline(r: InvestmentResult, lang: Lang): Headline[] {
  const h = investmentText[lang].headline;
  return [
    { key: 'projects', label: h.projects, kind: 'int', value: r.projects },
    { key: 'investment_yuan', label: h.investment_yuan, kind: 'yuan', yuan: r.investment_yuan },
    { key: 'agreements', label: h.agreements, kind: 'int', value: r.agreements },
    { key: 'joint_ventures', label: h.joint_ventures, kind: 'int', value: r.joint_ventures },
    { key: 'key_projects', label: h.key_projects, kind: 'int', value: r.key_projects },
    { key: 'key_investment_yuan', label: h.key_investment_yuan, kind: 'yuan', yuan: r.key_investment_yuan },
    {
      key: 'planned_by_members',
      label: h.planned,
      kind: 'int',
      value: r.planned_by_members.items,
      note: investmentText[lang].plannedNote(formatYuan(r.planned_by_members.investment_yuan, lang)),
    },
  ];
}

export function investmentView(result: InvestmentResult, quality: QualityResult, lang: Lang) {
  const t = investmentText[lang];
  const c = t.columns;
  const stageOrder = (code: string) => PROJECT_STAGES_CODES.indexOf(code as (typeof PROJECT_STAGES_CODES)[number]);
  const district = result.by_district.map(({ district, ...r }) => ({ ...r, code: district, label: districtLabel(district, lang) }));
  const sector = result.by_sector.map(({ sector, ...r }) => ({ ...r, code: sector, label: sectorLabel(sector, lang) }));
  const stage = result.by_stage
    .map(({ stage, ...r }) => ({ ...r, code: stage, label: stageLabel(stage, lang) }))
    .sort((a, b) => stageOrder(a.code) - stageOrder(b.code));
  // quarters in time order; projects without a landing date only if any are counted
  const quarter = result.by_quarter
    .filter((r) => r.quarter !== null || r.projects > 0)
    .map(({ quarter, ...r }) => ({ ...r, code: quarter ?? '', label: textLabel(quarter, lang, 'quarter') }));
  const event = result.by_source_event
    .filter((r) => r.projects > 0)
    .map(({ source_event, ...r }) => ({ ...r, code: source_event ?? '', label: textLabel(source_event, lang, 'sourceEvent') }));

  return {
    headline: headline(result, lang),
    byDistrict: ranked(district, byInvestment),
    bySector: ranked(sector, byInvestment),
    byStage: stage,
    byQuarter: quarter,
    bySourceEvent: ranked(event, (a, b) => a.projects - b.projects),
    plans: ranked(
      district.filter((r) => (r.planned_by_members?.items ?? 0) > 0),
      byPlanned,
    ),
    ...asOfView(result, lang),
    note: qualityNote(quality, investmentFamily.feeds()),
    definitions: {
      headline: definitionsOf(
        'investment',
        [
          ['projects', t.headline.projects],
          ['investment_yuan', t.headline.investment_yuan],
          ['agreements', t.headline.agreements],
          ['joint_ventures', t.headline.joint_ventures],
          ['key_projects', t.headline.key_projects],
          ['planned_by_members', t.headline.planned],
        ],
        lang,
      ),
      landed: definitionsOf(
        'investment',
        [
          ['projects', c.projects],
          ['investment_yuan', c.investment_yuan],
        ],
        lang,
      ),
      grouped: definitionsOf(
        'investment',
        [
          ['investment_yuan', c.investment_yuan],
          ['breakdowns', t.breakdowns],
        ],
        lang,
      ),
      kinds: definitionsOf(
        'investment',
        [
          ['projects', c.projects],
          ['agreements', c.agreements],
          ['joint_ventures', c.joint_ventures],
          ['key_projects', c.key_projects],
        ],
        lang,
      ),
      plans: definitionsOf('investment', [['planned_by_members', t.headline.planned]], lang),
    },
  };
}

export type InvestmentView = ReturnType<typeof investmentView>;
